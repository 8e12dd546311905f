// Names and colours shared by the views: quad classes and their palette (colour-blind safe).

export const QUAD_NAMES: Readonly<Record<number, string>> = {
  1: "Verbal cooperation",
  2: "Material cooperation",
  3: "Verbal conflict",
  4: "Material conflict",
};

/** Okabe–Ito colours: blue and green for cooperation, orange and vermilion for conflict. */
export const QUAD_COLORS: Readonly<Record<number, string>> = {
  1: "#56b4e9",
  2: "#009e73",
  3: "#e69f00",
  4: "#d55e00",
};

/** The quad class with the most events, for colouring a point or a bar. */
export function dominantQuad(quad: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < quad.length; i++) if (quad[i] > quad[best]) best = i;
  return best + 1;
}
