// conlleval's chunk rules and counts, written for sitrep: chunks from IOB1/IOB2/IOBES tag sequences,
// exact-span scoring per type and micro-averaged. No npm package implements conlleval, hence our own.
import { microAverage, prf, type Prf } from "./prf.js";

/** One chunk (entity) over token positions [start, end). */
export interface Chunk {
  type: string;
  start: number;
  end: number;
}

interface ParsedTag {
  prefix: string;
  type: string;
}

/** Split "B-PER" into prefix and type; "O" has prefix "O" and an empty type (conlleval's convention). */
function parseTag(tag: string): ParsedTag {
  const dash = tag.indexOf("-");
  if (tag === "O" || dash < 0) return { prefix: tag === "" ? "O" : tag, type: "" };
  return { prefix: tag.slice(0, dash), type: tag.slice(dash + 1) };
}

// conlleval's endOfChunk: does a chunk end between `prev` and `cur`?
function endsChunk(prev: ParsedTag, cur: ParsedTag): boolean {
  const p = prev.prefix;
  const c = cur.prefix;
  if (p === "E" || p === "S") return true;
  if (p === "B" && (c === "B" || c === "S" || c === "O")) return true;
  if (p === "I" && (c === "B" || c === "S" || c === "O")) return true;
  if (p !== "O" && p !== "." && prev.type !== cur.type) return true;
  return false;
}

// conlleval's startOfChunk: does a chunk start at `cur` given `prev`?
function startsChunk(prev: ParsedTag, cur: ParsedTag): boolean {
  const p = prev.prefix;
  const c = cur.prefix;
  if (c === "B" || c === "S") return true;
  if (p === "E" && (c === "E" || c === "I")) return true;
  if (p === "S" && (c === "E" || c === "I")) return true;
  if (p === "O" && (c === "E" || c === "I")) return true;
  if (c !== "O" && c !== "." && prev.type !== cur.type) return true;
  return false;
}

/**
 * Extract chunks from one sentence's tags with conlleval's rules: a chunk starts at B-/S-, at an I-/E-
 * after O, or where the type changes; so IOB1 ("I-PER I-PER B-PER") and IOB2 both read correctly.
 */
export function extractChunks(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let prev: ParsedTag = { prefix: "O", type: "" };
  let open: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const cur = parseTag(tags[i]);
    if (open && endsChunk(prev, cur)) {
      open.end = i;
      chunks.push(open);
      open = null;
    }
    if (startsChunk(prev, cur)) {
      // A start always closes whatever is still open, so malformed sequences cannot nest chunks.
      if (open) {
        open.end = i;
        chunks.push(open);
      }
      open = { type: cur.type, start: i, end: i + 1 };
    }
    prev = cur;
  }
  if (open) {
    open.end = tags.length;
    chunks.push(open);
  }
  return chunks;
}

/** conlleval's result: per-type and micro-averaged exact-span P/R/F1, plus token accuracy. */
export interface ConllScore {
  micro: Prf;
  byType: Record<string, Prf>;
  /** Fraction of tokens whose predicted tag equals the gold tag. */
  tokenAccuracy: number;
  tokens: number;
}

/**
 * Score predicted tag sequences against gold ones, sentence by sentence. A predicted chunk is correct
 * only if a gold chunk has the same type, start and end (conlleval's exact-span rule).
 */
export function scoreConll(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): ConllScore {
  if (gold.length !== predicted.length) {
    throw new RangeError(`scoreConll: ${gold.length} gold sentences but ${predicted.length} predicted`);
  }
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (type: string) => {
    let entry = counts.get(type);
    if (!entry) counts.set(type, (entry = { tp: 0, fp: 0, fn: 0 }));
    return entry;
  };
  let tokens = 0;
  let sameTag = 0;
  for (let s = 0; s < gold.length; s++) {
    const goldTags = gold[s];
    const predTags = predicted[s];
    if (goldTags.length !== predTags.length) {
      throw new RangeError(`scoreConll: sentence ${s} has ${goldTags.length} gold tags but ${predTags.length} predicted`);
    }
    tokens += goldTags.length;
    for (let i = 0; i < goldTags.length; i++) if (goldTags[i] === predTags[i]) sameTag++;
    const goldKeys = new Set(extractChunks(goldTags).map(chunkKey));
    const predChunks = extractChunks(predTags);
    const predKeys = new Set(predChunks.map(chunkKey));
    for (const chunk of predChunks) {
      if (goldKeys.has(chunkKey(chunk))) count(chunk.type).tp++;
      else count(chunk.type).fp++;
    }
    for (const key of goldKeys) {
      if (!predKeys.has(key)) count(key.split("\t")[0]).fn++;
    }
  }
  const byType: Record<string, Prf> = {};
  for (const type of [...counts.keys()].sort()) {
    const c = counts.get(type)!;
    byType[type] = prf(c.tp, c.fp, c.fn);
  }
  return {
    micro: microAverage(Object.values(byType)),
    byType,
    tokenAccuracy: tokens === 0 ? 0 : sameTag / tokens,
    tokens,
  };
}

function chunkKey(chunk: Chunk): string {
  return `${chunk.type}\t${chunk.start}\t${chunk.end}`;
}
