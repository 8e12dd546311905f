// Serves the built dashboard (web/dist): only files found there at start-up, so no request path can
// reach outside it; the dashboard's own routes fall back to index.html.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import type { Context } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Path prefixes that belong to the dashboard's client-side router. */
export const SPA_ROUTES = ["/search", "/article/", "/dyad", "/actor", "/map"] as const;

interface Asset {
  body: Uint8Array;
  type: string;
  immutable: boolean;
}

export interface StaticSite {
  /** Whether a built dashboard was found. */
  readonly available: boolean;
  /** Respond with a file or the SPA shell, or null when the path is neither. */
  respond(c: Context): Response | null;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** Load the built dashboard from `dir` into memory (it is small); absent dir → an unavailable site. */
export function loadStaticSite(dir: string): StaticSite {
  const assets = new Map<string, Asset>();
  if (existsSync(join(dir, "index.html"))) {
    for (const path of walk(dir)) {
      const url = "/" + relative(dir, path).split(sep).join("/");
      // Vite puts content-hashed files under assets/: safe to cache forever.
      assets.set(url, { body: readFileSync(path), type: TYPES[extname(path)] ?? "application/octet-stream", immutable: url.startsWith("/assets/") });
    }
  }
  const shell = assets.get("/index.html");
  const send = (c: Context, a: Asset) =>
    c.body(a.body as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": a.type,
      "Cache-Control": a.immutable ? "public, max-age=31536000, immutable" : "no-cache",
    });
  return {
    available: shell != null,
    respond(c) {
      const path = c.req.path;
      const asset = assets.get(path);
      if (asset && path !== "/index.html") return send(c, asset);
      const isRoute = path === "/" || path === "/index.html" || SPA_ROUTES.some((r) => path === r || path.startsWith(r.endsWith("/") ? r : r + "/"));
      if (!isRoute) return null;
      if (shell) return send(c, shell);
      return c.text("sitrep: the dashboard is not built (run `npm run build`); the API is at /api/openapi.json", 503);
    },
  };
}
