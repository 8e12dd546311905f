// Worker thread of the annotator pool: builds its own annotator once (resources are per thread),
// then annotates the articles the pool sends, one at a time, and posts each document back.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { createAnnotator } from "../annotator.js";
import type { Article } from "../model/schema.js";
import { ActorRegistry } from "../store/sqlite/registry.js";
import type { WorkerJob, WorkerReply, WorkerSetup } from "./messages.js";

const setup = workerData as WorkerSetup;
// The registry is read through a read-only connection: the main thread stays the only writer.
const registry = setup.registryDb ? new ActorRegistry(new Database(setup.registryDb, { readonly: true, fileMustExist: true })) : undefined;
const annotator = createAnnotator({ patterns: setup.patterns, registry });
const port = parentPort!;

port.on("message", (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    const document = annotator.annotate(job.article as Article);
    if (setup.withoutTokens) delete document.tokens;
    reply = { id: job.id, document };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
