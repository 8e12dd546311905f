// Runs the app on a Node HTTP server (what `sitrep serve` and `npm start` call).
import type { AddressInfo } from "node:net";
import { serve as honoServe } from "@hono/node-server";
import { SitrepError } from "../model/errors.js";
import { createApp, type AppOptions } from "./app.js";

export interface ServeOptions extends AppOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface RunningServer {
  /** The base URL, e.g. http://127.0.0.1:8080/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Start serving the API and dashboard; resolves once the socket listens. */
export function serve(options: ServeOptions): Promise<RunningServer> {
  const { port = 8080, host = "127.0.0.1", ...appOptions } = options;
  const app = createApp(appOptions);
  return new Promise((resolve, reject) => {
    const server = honoServe({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      const shownHost = host.includes(":") ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive sockets from browsers would otherwise hold close() open.
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(new SitrepError("server.listen", `cannot listen on ${host}:${port}: ${error.code ?? error.message}`, { cause: error }));
    });
  });
}
