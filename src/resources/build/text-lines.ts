// Line reading shared by the dictionary converters: numbered lines with XML-style comments removed
// and the `#` comment split off, following the conventions PETRARCH's reader documents.

/** One non-empty source line after comment removal. */
export interface SourceLine {
  /** 1-based line number in the file. */
  line: number;
  /** The content before any comment, trimmed. */
  text: string;
  /** The comment text (after `#`, or `;` where enabled), trimmed; null when there is none. */
  comment: string | null;
}

export interface ReadLinesOptions {
  /** Also treat `;` as the start of a comment (old TABARI habit, used in verb dictionaries). */
  semicolonComments?: boolean;
  /** Keep lines whose content is empty but that carry a comment (default false). */
  keepCommentOnly?: boolean;
}

/**
 * Split a dictionary file into numbered lines, removing `<!-- … -->` comments (also across lines)
 * and splitting off `#` comments. Blank lines are dropped.
 */
export function readLines(text: string, options: ReadLinesOptions = {}): SourceLine[] {
  const out: SourceLine[] = [];
  const raw = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  let inXmlComment = false;
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i];
    if (inXmlComment) {
      const close = line.indexOf("-->");
      if (close < 0) continue;
      line = line.slice(close + 3);
      inXmlComment = false;
    }
    // Remove complete <!-- … --> comments on the line, then an unterminated opening one.
    line = line.replace(/<!--.*?-->/g, " ");
    const open = line.indexOf("<!--");
    if (open >= 0) {
      inXmlComment = true;
      line = line.slice(0, open);
    }
    let comment: string | null = null;
    const cut = commentStart(line, options.semicolonComments === true);
    if (cut >= 0) {
      comment = line.slice(cut + 1).replace(/\s+/g, " ").trim() || null;
      line = line.slice(0, cut);
    }
    const content = line.trim();
    // PETRARCH skips any line that starts with "<!", also malformed comments such as "<! -- … -->".
    if (content.startsWith("<!")) continue;
    if (content === "" && !(options.keepCommentOnly && comment !== null)) continue;
    out.push({ line: i + 1, text: content, comment });
  }
  return out;
}

function commentStart(line: string, semicolon: boolean): number {
  const hash = line.indexOf("#");
  if (!semicolon) return hash;
  const semi = line.indexOf(";");
  if (hash < 0) return semi;
  if (semi < 0) return hash;
  return Math.min(hash, semi);
}

/** A slug for ids: lower-case ASCII letters, digits and hyphens. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/'/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "x"
  );
}

/** Hands out ids, appending `~2`, `~3`, … to repeats so every id stays unique and stable. */
export function idAllocator(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base: string) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}~${n}`;
  };
}
