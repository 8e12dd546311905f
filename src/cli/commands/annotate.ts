// `sitrep annotate`: read articles and print their annotations in the wire format.
import type { Annotator } from "../../annotator.js";
import { readInputs, type ReadOptions } from "../../ingest/index.js";
import type { Document } from "../../model/schema.js";
import { EXIT, line, type CliIo } from "../io.js";
import { formatPretty } from "../pretty.js";

export interface AnnotateCommandOptions extends ReadOptions {
  format?: "json" | "jsonl" | "pretty";
  tokens?: boolean;
}

/** The wire-format object for a document; tokens only when asked for. */
export function toWire(doc: Document, withTokens: boolean): Document {
  if (withTokens) return doc;
  const { tokens: _tokens, ...rest } = doc;
  return rest;
}

/** Annotate every readable input; JSON for one article, JSONL for several. Returns the exit code. */
export async function annotateCommand(
  paths: string[],
  options: AnnotateCommandOptions,
  io: CliIo,
  annotator: Annotator,
): Promise<number> {
  const docs: Document[] = [];
  let failed = 0;
  const emit = (doc: Document) => {
    if (options.format === "jsonl") line(io.stdout, JSON.stringify(toWire(doc, !!options.tokens)));
    else if (options.format === "pretty") line(io.stdout, formatPretty(doc));
    else docs.push(doc);
  };
  for await (const result of readInputs(paths, { ...options, readStdin: io.readStdin, cwd: io.cwd })) {
    if (!result.ok) {
      failed++;
      line(io.stderr, `sitrep: ${result.error.message}`);
      continue;
    }
    try {
      emit(annotator.annotate(result.article));
    } catch (error) {
      failed++;
      line(io.stderr, `sitrep: ${result.input}: annotation failed: ${(error as Error).message}`);
    }
  }
  if (options.format !== "jsonl" && options.format !== "pretty") {
    if (docs.length === 1) line(io.stdout, JSON.stringify(toWire(docs[0], !!options.tokens), null, 2));
    else for (const doc of docs) line(io.stdout, JSON.stringify(toWire(doc, !!options.tokens)));
  }
  if (failed === 0) return EXIT.ok;
  return docs.length > 0 || options.format ? EXIT.partial : EXIT.failed;
}
