// Messages between a worker pool and its threads (structured-cloned plain data), and what the
// annotator's workers are started with.
import type { ArticleInput } from "../model/document.js";
import type { Article } from "../model/schema.js";
import type { VerbDictionary } from "../resources/index.js";

/** A job as the pool sends it: the caller's payload under the pool's own id. */
export interface JobMessage<J> {
  id: number;
  job: J;
}

/** What a worker posts: once `ready` when set up, then one reply per job, in the order received. */
export type WorkerMessage<R> = { ready: true } | { id: number; result: R } | { id: number; error: string };

/** What each annotator worker is started with. */
export interface WorkerSetup {
  /** A user's verb patterns (`--patterns`), already parsed. */
  patterns?: VerbDictionary;
  /** SQLite file whose actor registry the worker reads (read-only). */
  registryDb?: string;
  /** Leave the token layer out of the documents sent back (the store does not keep it; copying it costs). */
  withoutTokens?: boolean;
}

/** An annotator worker's job. */
export type AnnotateJob = Article | ArticleInput;
