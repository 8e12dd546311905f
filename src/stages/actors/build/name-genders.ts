// Build step for the first-name gender table: reads the US Census 1990 first-name frequency lists
// and keeps the names clearly more frequent for one sex (see genderedFirstNames).

/** Frequency (percent of the list's population) of each upper-case name in a Census first-name list. */
export function parseCensusFirstNames(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    const [name, frequency] = line.trim().split(/\s+/);
    if (!name || frequency === undefined) continue;
    const f = Number(frequency);
    if (!/^[A-Z]+$/.test(name) || !Number.isFinite(f)) continue;
    out.set(name, (out.get(name) ?? 0) + f);
  }
  return out;
}

export interface GenderRule {
  /** How many times more frequent for one sex than the other a name must be to count for it. */
  ratio: number;
  /**
   * Least frequency (percent) for the sex it counts for: the rarest Census names include East Asian
   * family names that news writes first ("Moon", "Song", "Sun"), given to a handful of women.
   */
  floor: number;
  /** Upper-case names left out whatever their counts (see CROSS_CULTURAL). */
  exclude: ReadonlySet<string>;
}

/**
 * Names American women mostly bear but Italian, French or other naming gives to men ("Andrea
 * Orlando", "Nicola Zingaretti", "Jean Asselborn"): news of international affairs cannot read
 * their sex from the Census counts.
 */
export const CROSS_CULTURAL = new Set(["ANDREA", "NICOLA", "SIMONE", "MICHELE", "DANIELE", "GABRIELE", "JEAN", "DOMINIQUE", "CLAUDE", "CAMILLE", "SASHA", "KIM", "YURI", "NIKITA", "MISHA"]);

export const DEFAULT_GENDER_RULE: GenderRule = { ratio: 10, floor: 0.01, exclude: CROSS_CULTURAL };

/** The lower-case names that count for each sex: frequent enough and `ratio` times more frequent than for the other. */
export function genderedFirstNames(
  male: ReadonlyMap<string, number>,
  female: ReadonlyMap<string, number>,
  rule: GenderRule = DEFAULT_GENDER_RULE,
): { male: string[]; female: string[] } {
  const pick = (own: ReadonlyMap<string, number>, other: ReadonlyMap<string, number>) =>
    [...own]
      .filter(([name, f]) => !rule.exclude.has(name) && f >= rule.floor && f >= rule.ratio * (other.get(name) ?? 0))
      .map(([name]) => name.toLowerCase())
      .sort();
  return { male: pick(male, female), female: pick(female, male) };
}
