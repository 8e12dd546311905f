// The HTTP API and dashboard host as a Hono app: fetch(Request) → Response, tested without a socket.
// Read-only unless an ingest token is configured; every parameter validated; strict CSP on everything.
import { createHash, timingSafeEqual } from "node:crypto";
import { join } from "node:path";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import type { ZodError } from "zod";
import { eventsToCsv } from "../export/events.js";
import { eventsToGdeltTsv, fipsFromCountries } from "../export/gdelt.js";
import { loadDictionaries } from "../resources/index.js";
import { eventsToPlover, toJsonLines } from "../export/plover.js";
import type { ArticleInput } from "../model/document.js";
import { InputError, SitrepError } from "../model/errors.js";
import type { Document } from "../model/schema.js";
import { PACKAGE_ROOT } from "../paths.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import type { DocumentStore, EventFilter, EventRecord } from "../store/store.js";
import { SITREP_VERSION } from "../version.js";
import { ServerQueries, type EventScope } from "./queries.js";
import * as R from "./routes.js";
import { PloverExportQuery } from "./schemas.js";
import { loadStaticSite } from "./static.js";

export interface AppOptions {
  store: DocumentStore;
  /** Aggregation queries; derived from the store when it is a SqliteStore. */
  queries?: ServerQueries;
  /** Enables POST /api/articles, which then requires `Authorization: Bearer <token>`. */
  ingestToken?: string;
  /** Annotates an article for ingest (required with ingestToken). */
  annotate?: (input: ArticleInput) => Document | Promise<Document>;
  /** The built dashboard; defaults to web/dist in the package. */
  staticDir?: string;
  /** Told about every unexpected error (the response only says "internal error"); for the caller's log. */
  onError?: (error: unknown, request: Request) => void;
}

/** The Content-Security-Policy: everything from this origin only, no inline script or style. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

interface ParameterProblem {
  name: string;
  reason: string;
}

/** Name each bad parameter and say why, from a zod error. */
export function parameterProblems(error: ZodError): ParameterProblem[] {
  const out: ParameterProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push({ name: key, reason: "unknown parameter" });
    } else {
      out.push({ name: issue.path.length ? issue.path.join(".") : "(body)", reason: issue.message });
    }
  }
  return out;
}

function badRequest(c: Context, problems: ParameterProblem[]): Response {
  const message = problems.map((p) => `${p.name}: ${p.reason}`).join("; ");
  return c.json({ error: "invalid_parameter", message: `invalid parameter ${message}`, parameters: problems }, 400);
}

function digest(s: string): Buffer {
  return createHash("sha256").update(s).digest();
}

/** Bearer-token check in constant time (hashes first, so lengths never leak). */
function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (!match || !timingSafeEqual(digest(match[1]), expected)) {
      return c.json({ error: "unauthorized", message: "send the ingest token as `Authorization: Bearer <token>`" }, 401, {
        "WWW-Authenticate": 'Bearer realm="sitrep"',
      });
    }
    await next();
  };
}

function toFilter(q: {
  article?: string;
  actor?: string;
  source?: string;
  target?: string;
  dyad?: [string, string];
  cameo?: string;
  plover?: string;
  quad?: number;
  from?: string;
  to?: string;
  country?: string;
  modality?: EventFilter["modality"];
}): EventScope {
  const f: EventScope = {};
  if (q.article) f.articleId = q.article;
  if (q.actor) f.actor = q.actor;
  if (q.source) f.source = q.source;
  if (q.target) f.target = q.target;
  if (q.dyad) f.dyad = q.dyad;
  if (q.cameo) f.cameo = q.cameo;
  if (q.plover) f.ploverType = q.plover;
  if (q.quad != null) f.quadClass = q.quad;
  if (q.from) f.from = q.from;
  if (q.to) f.to = q.to;
  if (q.country) f.locationCountry = q.country;
  if (q.modality) f.modality = q.modality;
  return f;
}

/** Build the sitrep API (and dashboard host) over a store. */
export function createApp(options: AppOptions): OpenAPIHono {
  const { store } = options;
  let fipsOf: ((iso3: string) => string | null) | undefined;
  const queries = options.queries ?? (store instanceof SqliteStore ? new ServerQueries(store) : null);
  if (!queries) throw new SitrepError("server.config", "createApp: pass `queries` for a store that is not a SqliteStore");
  if (options.ingestToken != null && (!options.ingestToken.trim() || !options.annotate)) {
    throw new SitrepError("server.config", "createApp: an ingest token must be non-empty and comes with an `annotate` function");
  }
  const site = loadStaticSite(options.staticDir ?? join(PACKAGE_ROOT, "web", "dist"));
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return badRequest(c, parameterProblems(result.error as ZodError));
    },
  });

  app.use("*", secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, referrerPolicy: "no-referrer" }));
  app.use("*", compress());
  app.use("/api/*", async (c, next) => {
    await next();
    if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-store");
  });

  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      return c.json({ error: "http_error", message: error.message || "request refused" }, error.status);
    }
    // Unusable input for ingest (an article the pipeline cannot read) is the client's problem.
    if (error instanceof InputError) return c.json({ error: error.code, message: error.message }, 400);
    options.onError?.(error, c.req.raw);
    return c.json({ error: "internal", message: "internal error" }, 500);
  });

  app.openapi(R.statsRoute, (c) => c.json({ ...store.stats(), ingest: options.ingestToken != null }, 200));

  app.openapi(R.articlesRoute, (c) => {
    const q = c.req.valid("query");
    const result = queries.searchArticles({ query: q.q, from: q.from, to: q.to, source: q.source, cameo: q.cameo, limit: q.limit, offset: q.offset });
    return c.json(result, 200);
  });

  app.openapi(R.articleRoute, (c) => {
    const { id } = c.req.valid("param");
    const doc = store.getDocument(id);
    if (!doc) return c.json({ error: "not_found", message: `no article with id ${id}` }, 404);
    return c.json(doc, 200);
  });

  if (options.ingestToken != null && options.annotate) {
    const annotate = options.annotate;
    app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
    app.openapi(
      { ...R.ingestRoute, middleware: [requireToken(options.ingestToken), bodyLimit({ maxSize: 4 * 1024 * 1024 })] as const },
      async (c) => {
        const body = c.req.valid("json");
        const doc = await annotate({ ...body, tags: body.tags ?? [] });
        const outcome = store.putDocument(doc);
        if (outcome !== "unchanged") queries.invalidate();
        return c.json({ id: doc.id, outcome, events: doc.events.length }, 201);
      },
    );
  }

  app.openapi(R.facetsRoute, (c) => {
    const q = c.req.valid("query");
    return c.json(queries.facets({ query: q.q, from: q.from, to: q.to, source: q.source, cameo: q.cameo }, q.limit), 200);
  });

  app.openapi(R.eventsRoute, (c) => {
    const q = c.req.valid("query");
    return c.json(queries.listEvents({ ...toFilter(q), limit: q.limit, offset: q.offset }), 200);
  });

  app.openapi(R.actorsRoute, (c) => {
    const q = c.req.valid("query");
    return c.json({ actors: queries.searchActors(q.q, q.limit) }, 200);
  });

  app.openapi(R.actorRoute, (c) => {
    const { code } = c.req.valid("param");
    const q = c.req.valid("query");
    const profile = queries.actorProfile(code, q.level, q.limit);
    if (!profile) return c.json({ error: "not_found", message: `no actor or event with code ${code}` }, 404);
    return c.json(profile, 200);
  });

  app.openapi(R.networkRoute, (c) => {
    const { code } = c.req.valid("param");
    const q = c.req.valid("query");
    return c.json(queries.network(code, q.level, q.limit), 200);
  });

  app.openapi(R.timelineRoute, (c) => {
    const q = c.req.valid("query");
    return c.json(queries.timeline(toFilter(q), q.interval), 200);
  });

  app.openapi(R.topActorsRoute, (c) => {
    const q = c.req.valid("query");
    return c.json({ actors: queries.topActors(toFilter(q), q.side, q.level, q.limit) }, 200);
  });

  app.openapi(R.eventTypesRoute, (c) => {
    const q = c.req.valid("query");
    return c.json({ types: queries.eventTypes(toFilter(q), q.by, q.limit) }, 200);
  });

  app.openapi(R.mapRoute, (c) => {
    const q = c.req.valid("query");
    return c.json({ points: queries.mapPoints(toFilter(q), q.limit) }, 200);
  });

  /** Up to `limit` filtered events from `offset`, read a bounded page at a time. */
  const exportEvents = (q: EventScope & { limit: number; offset: number; negated: "true" | "false" }): EventRecord[] => {
    const out: EventRecord[] = [];
    const page = 1000;
    for (let offset = q.offset; out.length < q.limit; offset += page) {
      const { events } = queries.listEvents({ ...q, limit: Math.min(page, q.limit - out.length), offset });
      out.push(...events);
      if (events.length < page) break;
    }
    return q.negated === "true" ? out : out.filter((e) => !e.negated);
  };
  const download = (name: string) => ({ "Content-Disposition": `attachment; filename="${name}"` });

  app.openapi(R.csvRoute, (c) => {
    const q = c.req.valid("query");
    const events = exportEvents({ ...toFilter(q), limit: q.limit, offset: q.offset, negated: "true" });
    return c.body(eventsToCsv(events), 200, { "Content-Type": "text/csv; charset=utf-8", ...download("sitrep-events.csv") });
  });

  app.openapi(R.gdeltRoute, (c) => {
    const q = c.req.valid("query");
    const events = exportEvents({ ...toFilter(q), limit: q.limit, offset: q.offset, negated: q.negated });
    const urls = queries.articleUrls(events.map((e) => e.articleId));
    // The country table is loaded on the first GDELT export only (read-only servers may never need it).
    fipsOf ??= fipsFromCountries(loadDictionaries().countries);
    const tsv = eventsToGdeltTsv(events, { articleUrl: (id) => urls.get(id) ?? null, fipsOf });
    return c.body(tsv, 200, { "Content-Type": "text/tab-separated-values; charset=utf-8", ...download("sitrep-events.gdelt.tsv") });
  });

  // The JSONL body is text, which the typed handler only allows for non-JSON media types: this route
  // is declared in the OpenAPI registry and validated here with the same schema.
  app.openAPIRegistry.registerPath(R.ploverRoute);
  app.get(R.ploverRoute.path, (c) => {
    const parsed = PloverExportQuery.safeParse(c.req.query());
    if (!parsed.success) return badRequest(c, parameterProblems(parsed.error));
    const q = parsed.data;
    const events = exportEvents({ ...toFilter(q), limit: q.limit, offset: q.offset, negated: q.negated });
    const urls = queries.articleUrls(events.map((e) => e.articleId));
    const { records, skipped } = eventsToPlover(events, { articleUrl: (id) => urls.get(id) ?? null, coder: `sitrep ${SITREP_VERSION}` });
    const json = q.format === "json";
    return c.body(json ? JSON.stringify(records) : toJsonLines(records), 200, {
      "Content-Type": json ? "application/json; charset=utf-8" : "application/x-ndjson; charset=utf-8",
      "X-Sitrep-Skipped": String(skipped),
      ...download(json ? "sitrep-events.plover.json" : "sitrep-events.plover.jsonl"),
    });
  });

  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "sitrep API",
      version: SITREP_VERSION,
      description: "Political event data from news articles, every annotation an offset span into the article text.",
    },
  });

  app.all("/api/*", (c) => c.json({ error: "not_found", message: `no API route ${c.req.method} ${c.req.path}` }, 404));

  app.get("*", (c) => site.respond(c) ?? c.text("not found", 404));

  return app;
}
