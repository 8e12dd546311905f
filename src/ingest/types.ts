// Shared shapes of the ingest layer: what a read yields, the caller's options, and the fields a reader finds.
import type { Article, ArticleInput } from "../model/index.js";
import type { InputError } from "../model/errors.js";

/** One article read from an input, or the reason an input (file, line or record) could not be read. */
export type ReadResult =
  | { ok: true; input: string; article: Article; warnings?: string[] }
  | { ok: false; input: string; error: InputError };

/** An input that was deliberately passed over (a WARC request record, an HTTP 404, an empty feed). */
export interface SkippedInput {
  input: string;
  reason: string;
}

/** Options for every reader; the metadata ones replace what a reader found only when they are non-null. */
export interface ReadOptions {
  published?: string | null;
  url?: string | null;
  source?: string | null;
  /** Files larger than this are refused without being read. Default 20 MiB. */
  maxBytes?: number;
  /** Told about every input that is skipped on purpose, so a caller can count them. */
  onSkip?: (skip: SkippedInput) => void;
  /** Reads all of standard input for the path "-"; defaults to process.stdin (injected by tests and the CLI). */
  readStdin?: () => Promise<Uint8Array>;
  /** Directory that relative paths and globs are resolved against; results keep the paths as given. */
  cwd?: string;
}

/** Default per-file size limit. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** What a reader extracted before the article is built: the fields of `makeArticle` plus warnings. */
export interface ArticleFields extends ArticleInput {
  warnings?: string[];
}

/** Options after validation: the published override is already a YYYY-MM-DD date. */
export interface ResolvedOptions {
  published: string | null;
  url: string | null;
  source: string | null;
  maxBytes: number;
  onSkip: (skip: SkippedInput) => void;
  readStdin: (() => Promise<Uint8Array>) | null;
  cwd: string | null;
}
