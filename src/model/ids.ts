// Stable identifiers: content hashes, so the same input always gets the same id.
import { createHash } from "node:crypto";

/** Hex SHA-256 of a string, shortened to `length` characters. */
export function hashText(text: string, length = 16): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, length);
}

/** The identity of an article: a hash of its normalised text. */
export function articleHash(normalisedText: string): string {
  return hashText(normalisedText, 16);
}
