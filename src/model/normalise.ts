// Text normalisation shared by every reader and the pipeline: the text that all offsets point into.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Runs of two or more spaces, or any tab or non-ASCII space: single ASCII spaces are left alone (fast path).
const HORIZONTAL_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000][\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000 ]*| [\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000 ]+/g;

/**
 * Normalise article text: NFC, unified line breaks, NBSP and other spaces folded to one space,
 * zero-width characters and soft hyphens removed, trailing spaces trimmed, at most one blank line
 * between paragraphs. Idempotent.
 */
export function normaliseText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, "\n")
    .replace(ZERO_WIDTH, "")
    .replace(HORIZONTAL_SPACE, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Normalise a one-line field such as a title. */
export function normaliseLine(raw: string): string {
  return normaliseText(raw).replace(/\s+/g, " ");
}
