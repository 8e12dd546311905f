// Worker thread of the annotator pool: builds its own annotator once (resources are per thread),
// then annotates the articles the pool sends, one at a time, and posts each document back.
import { workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { createAnnotator } from "../annotator.js";
import type { Document } from "../model/schema.js";
import { ActorRegistry } from "../store/sqlite/registry.js";
import type { AnnotateJob, WorkerSetup } from "./messages.js";
import { serveJobs } from "./serve-jobs.js";

const setup = workerData as WorkerSetup;
// The registry is read through a read-only connection: the main thread stays the only writer.
const registry = setup.registryDb ? new ActorRegistry(new Database(setup.registryDb, { readonly: true, fileMustExist: true })) : undefined;
const annotator = createAnnotator({ patterns: setup.patterns, registry });

serveJobs((article: AnnotateJob): Document => {
  const document = annotator.annotate(article);
  if (setup.withoutTokens) delete document.tokens;
  return document;
});
