// `sitrep serve`: the HTTP API and dashboard over a database, until stopped.
import type { Annotator } from "../../annotator.js";
import { serve } from "../../server/serve.js";
import type { SqliteStore } from "../../store/sqlite/sqlite-store.js";
import { EXIT, line, type CliIo } from "../io.js";

export interface ServeCommandOptions {
  port: number;
  host: string;
  token?: string;
}

/** Serve until `io.waitForStop` resolves (Ctrl-C in the real CLI). */
export async function serveCommand(options: ServeCommandOptions, store: SqliteStore, makeAnnotator: () => Annotator, io: CliIo): Promise<number> {
  const annotator = options.token ? makeAnnotator() : null;
  const server = await serve({
    store,
    port: options.port,
    host: options.host,
    ingestToken: options.token,
    annotate: annotator ? (input) => annotator.annotate(input) : undefined,
    onError: (error, request) => line(io.stderr, `sitrep serve: ${request.method} ${new URL(request.url).pathname}: ${(error as Error).stack ?? error}`),
  });
  line(io.stdout, `sitrep is serving the dashboard and API on ${server.url}  (API: ${server.url}api/openapi.json; Ctrl-C stops)`);
  if (options.token) line(io.stdout, "POST /api/articles is enabled (Authorization: Bearer <token>)");
  await (io.waitForStop?.() ?? Promise.resolve());
  await server.close();
  return EXIT.ok;
}
