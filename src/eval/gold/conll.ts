// Reader for CoNLL-format NER gold: one token per line, the word first and the tag last, blank lines
// between sentences, -DOCSTART- lines between documents. Column count must be the same on every line.
import { readFileSync } from "node:fs";
import { InputError } from "../../model/errors.js";

/** One gold sentence: its words and their gold tags, with the line it starts on (1-based). */
export interface ConllSentence {
  words: string[];
  tags: string[];
  /** The remaining columns (e.g. POS and chunk tags in CoNLL-2003), per token. */
  columns: string[][];
  line: number;
  /** Index of the document (counted by -DOCSTART- lines; 0 if the file has none before it). */
  document: number;
}

const TAG = /^(O|[BIES]-[A-Za-z]+)$/;

/** Parse CoNLL text; `file` names the source in errors. Throws InputError on malformed lines. */
export function parseConll(text: string, file: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let current: ConllSentence | null = null;
  let width = 0;
  let document = 0;
  let seenDocstart = false;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") {
      current = null;
      continue;
    }
    const fields = line.split(/\s+/);
    if (fields[0] === "-DOCSTART-") {
      if (seenDocstart || sentences.length > 0) document++;
      seenDocstart = true;
      current = null;
      continue;
    }
    if (width === 0) width = fields.length;
    if (fields.length !== width || width < 2) {
      throw new InputError("eval.conll-columns", `${file}:${i + 1}`, `expected ${width} columns, found ${fields.length}`);
    }
    const tag = fields[fields.length - 1];
    if (!TAG.test(tag)) throw new InputError("eval.conll-tag", `${file}:${i + 1}`, `"${tag}" is not an IOB tag`);
    if (!current) {
      current = { words: [], tags: [], columns: [], line: i + 1, document };
      sentences.push(current);
    }
    current.words.push(fields[0]);
    current.tags.push(tag);
    current.columns.push(fields.slice(1, -1));
  }
  return sentences;
}

/** Read and parse a CoNLL file. */
export function readConll(path: string): ConllSentence[] {
  return parseConll(readFileSync(path, "utf8"), path);
}
