// Messages between the annotator pool and its worker threads (structured-cloned plain data).
import type { ArticleInput } from "../model/document.js";
import type { Article, Document } from "../model/schema.js";
import type { VerbDictionary } from "../resources/index.js";

/** What each worker is started with. */
export interface WorkerSetup {
  /** A user's verb patterns (`--patterns`), already parsed. */
  patterns?: VerbDictionary;
  /** SQLite file whose actor registry the worker reads (read-only). */
  registryDb?: string;
  /** Leave the token layer out of the documents sent back (the store does not keep it; copying it costs). */
  withoutTokens?: boolean;
}

export interface WorkerJob {
  id: number;
  article: Article | ArticleInput;
}

export type WorkerReply = { id: number; document: Document } | { id: number; error: string };
