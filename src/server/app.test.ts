import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GDELT_EVENT_COLUMNS } from "../export/gdelt.js";
import { PloverRecord } from "../export/plover.js";
import { emptyDocument, makeArticle } from "../model/document.js";
import { InputError } from "../model/errors.js";
import { Document } from "../model/schema.js";
import { openSqliteStore, type SqliteStore } from "../store/sqlite/sqlite-store.js";
import { createApp } from "./app.js";
import { FOUNDING_ID, HOSTILE_TITLE, fillFixtureStore } from "./fixtures.js";

// A built dashboard stand-in, so static serving is tested without running vite.
const staticDir = mkdtempSync(join(tmpdir(), "sitrep-static-"));
mkdirSync(join(staticDir, "assets"));
writeFileSync(join(staticDir, "index.html"), '<!doctype html><title>sitrep</title><script type="module" src="/assets/app-1.js"></script>');
writeFileSync(join(staticDir, "assets", "app-1.js"), "console.log('sitrep')");

let store: SqliteStore;
let app: ReturnType<typeof createApp>;

beforeAll(() => {
  store = fillFixtureStore(openSqliteStore(":memory:"));
  app = createApp({ store, staticDir });
});
afterAll(() => {
  store.close();
  rmSync(staticDir, { recursive: true, force: true });
});

async function get(path: string): Promise<{ status: number; body: any; res: Response }> {
  const res = await app.request(path);
  const type = res.headers.get("content-type") ?? "";
  const body = type.includes("application/json") ? await res.json() : await res.text();
  return { status: res.status, body, res };
}

describe("security headers", () => {
  it("sends a strict CSP, nosniff and a referrer policy on API and page responses", async () => {
    for (const path of ["/api/stats", "/", "/article/x", "/api/nope"]) {
      const { res } = await get(path);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    }
  });
});

describe("articles", () => {
  it("searches with structured snippets that mark the matched terms", async () => {
    const { status, body } = await get("/api/articles?q=Baqeri");
    expect(status).toBe(200);
    expect(body.total).toBe(1);
    expect(body.hits[0].id).toBe(FOUNDING_ID);
    expect(body.hits[0].eventCount).toBe(1);
    expect(body.hits[0].snippet.filter((p: { hit: boolean }) => p.hit).map((p: { text: string }) => p.text)).toEqual(["Baqeri"]);
  });

  it("filters by date, source and event type, and pages", async () => {
    expect((await get("/api/articles?from=2021")).body.total).toBe(3);
    expect((await get("/api/articles?to=2020-11")).body.total).toBe(3);
    expect((await get("/api/articles?source=presstv")).body.hits.map((h: { id: string }) => h.id).sort()).toEqual(["iran-aid-iraq", "israel-warns-iran"]);
    expect((await get("/api/articles?cameo=19")).body.hits.map((h: { id: string }) => h.id)).toEqual(["donetsk-shelling"]);
    const page = (await get("/api/articles?limit=2&offset=2")).body;
    expect(page.total).toBe(7);
    expect(page.hits).toHaveLength(2);
  });

  it("treats query syntax as words, never as SQL or FTS operators", async () => {
    const { status, body } = await get(`/api/articles?q=${encodeURIComponent(`Iran' OR 1=1; DROP TABLE articles; --`)}`);
    expect(status).toBe(200);
    expect(body.total).toBe(0);
    expect(store.stats().articles).toBe(7);
  });

  it("returns one article with all its annotation layers, valid against the wire format", async () => {
    const { status, body } = await get(`/api/articles/${FOUNDING_ID}`);
    expect(status).toBe(200);
    const doc = Document.parse(body);
    expect(doc.events[0].trigger.text).toBe("met");
    expect(doc.quotes).toHaveLength(1);
    expect(doc.places[0].name).toBe("Tehran");
    // Whose point a place has travels on the wire, not only as the schema's default.
    const raw = body as { places: { point?: unknown }[]; events: { location: { point?: unknown } | null }[] };
    expect(raw.places[0].point).toBe("own");
    expect(raw.events[0].location?.point).toBe("own");
  });

  it("404s an unknown article with a JSON error", async () => {
    const { status, body } = await get("/api/articles/nope");
    expect(status).toBe(404);
    expect(body.error).toBe("not_found");
  });

  it("gives facets by source, year and event type", async () => {
    const { body } = await get("/api/facets?q=Iran");
    expect(body.years.map((y: { value: string }) => y.value)).toEqual(["2021", "2020"]);
    expect(body.sources.find((s: { value: string }) => s.value === "presstv").count).toBe(2);
    const consult = body.eventTypes.find((t: { value: string }) => t.value === "04");
    expect(consult.label).toBe("Consult");
  });
});

describe("events", () => {
  it("filters by dyad in both directions, with prefixes, case-insensitively", async () => {
    const { body } = await get("/api/events?dyad=irn,IRQ");
    expect(body.total).toBe(4);
    const pairs = body.events.map((e: any) => `${e.source.code}>${e.target.code}`).sort();
    expect(pairs).toEqual(["IRN>IRQ", "IRNMIL>IRQGOV", "IRQCVL>IRN", "IRQCVL>IRN"]);
  });

  it("filters by actor, CAMEO prefix, PLOVER type, quad class, dates, country and modality", async () => {
    const ids = async (q: string) => (await get(`/api/events?${q}`)).body.events.map((e: any) => `${e.articleId}/${e.id}`).sort();
    expect(await ids("actor=IRNMIL")).toEqual([`${FOUNDING_ID}/ev1`]);
    expect(await ids("source=ISR")).toEqual(["israel-warns-iran/ev1"]);
    expect(await ids("target=UKR")).toEqual(["donetsk-shelling/ev1"]);
    expect(await ids("cameo=11")).toEqual(["basra-protest/ev1", "basra-protest/ev2"]);
    expect(await ids("plover=aid")).toEqual(["iran-aid-iraq/ev1"]);
    expect(await ids("quad=4")).toEqual(["donetsk-shelling/ev1"]);
    expect(await ids("from=2021-02&to=2021-02")).toEqual(["israel-warns-iran/ev1", "israel-warns-iran/ev2"]);
    expect(await ids("country=CHN")).toEqual(["us-china-talks/ev1"]);
    expect(await ids("modality=reported")).toEqual(["basra-protest/ev2", "donetsk-shelling/ev1"]);
    expect(await ids("article=basra-protest&limit=1")).toHaveLength(1);
  });

  it("rejects bad parameters with a 400 that names each one and says why", async () => {
    const cases: [string, string, RegExp][] = [
      ["limit=1001", "limit", /1000/],
      ["limit=0", "limit", /1/],
      ["offset=-1", "offset", /0/],
      ["quad=5", "quad", /4/],
      ["quad=x", "quad", /number/],
      ["dyad=IRN", "dyad", /two actor codes/],
      ["actor=IR%20N", "actor", /letters or digits/],
      ["cameo=abc", "cameo", /CAMEO/],
      ["from=2020-13-01", "from", /YYYY/],
      ["from=2021&to=2020", "to", /before from/],
      ["modality=maybe", "modality", /asserted/],
      ["country=IRAN", "country", /3-letter/],
      ["colour=red", "colour", /unknown parameter/],
      ["limit=1&limit=2", "limit", /number/],
    ];
    for (const [query, name, reason] of cases) {
      const { status, body } = await get(`/api/events?${query}`);
      expect(status, query).toBe(400);
      expect(body.error).toBe("invalid_parameter");
      const problem = body.parameters.find((p: { name: string }) => p.name === name);
      expect(problem, `${query} → ${JSON.stringify(body)}`).toBeDefined();
      expect(problem.reason).toMatch(reason);
      expect(body.message).toContain(name);
    }
  });
});

describe("actors", () => {
  it("searches by code prefix and by name", async () => {
    const byCode = (await get("/api/actors?q=irq")).body.actors.map((a: { code: string }) => a.code);
    expect(byCode).toEqual(expect.arrayContaining(["IRQ", "IRQCVL"]));
    const byName = (await get("/api/actors?q=Baqeri")).body.actors;
    expect(byName[0]).toMatchObject({ code: "IRNMIL", name: "Mohammad Baqeri" });
  });

  it("profiles a code with names, aliases, roles over time, counts and counterparts", async () => {
    const { status, body } = await get("/api/actors/IRN?level=country");
    expect(status).toBe(200);
    expect(body.name).toBe("Iran");
    expect(body.aliases.map((a: { alias: string }) => a.alias)).toContain("Baqeri");
    expect(body.roles.map((r: { title: string; first: string }) => [r.title, r.first])).toEqual([
      ["army chief", "2020-11-15"],
      ["foreign minister", "2021-02-05"],
    ]);
    expect(body.counts).toMatchObject({ events: 6, asSource: 3, asTarget: 3 });
    expect(body.counterparts.map((c: { code: string; events: number }) => [c.code, c.events])).toEqual([
      ["IRQ", 4],
      ["ISR", 2],
    ]);
  });

  it("404s a code nobody has", async () => {
    expect((await get("/api/actors/ZZZ")).status).toBe(404);
  });

  it("builds a weighted counterpart network", async () => {
    const { body } = await get("/api/actors/IRN/network?level=country");
    expect(body.nodes.find((n: { center: boolean }) => n.center).id).toBe("IRN");
    expect(body.edges).toContainEqual({ source: "IRN", target: "IRQ", weight: 4 });
  });
});

describe("aggregations", () => {
  it("gives the IRN–IRQ timeline by month with quad classes and mean Goldstein", async () => {
    const { body } = await get("/api/aggregations/timeline?dyad=IRN,IRQ&interval=month");
    expect(body.buckets).toEqual([
      { period: "2020-11", total: 1, quad: [1, 0, 0, 0], goldstein: 1 },
      { period: "2020-12", total: 1, quad: [0, 1, 0, 0], goldstein: 7 },
      { period: "2021-01", total: 2, quad: [0, 0, 2, 0], goldstein: -2 },
    ]);
    expect(body.undated).toBe(0);
  });

  it("groups by ISO week and by day", async () => {
    const week = (await get("/api/aggregations/timeline?dyad=IRN,IRQ&interval=week")).body.buckets.map((b: { period: string }) => b.period);
    expect(week).toEqual(["2020-W46", "2020-W49", "2021-W03"]);
    const day = (await get("/api/aggregations/timeline?actor=ISR&interval=day")).body.buckets;
    expect(day).toEqual([{ period: "2021-02-05", total: 2, quad: [1, 0, 1, 0], goldstein: -1.7 }]);
  });

  it("ranks top actors, event types and map points", async () => {
    const top = (await get("/api/aggregations/top-actors?level=country&limit=2")).body.actors;
    expect(top).toEqual([
      { code: "IRN", name: "Iran", count: 6 },
      { code: "IRQ", name: "Iraq", count: 4 },
    ]);
    const sources = (await get("/api/aggregations/top-actors?side=source&limit=1")).body.actors;
    expect(sources[0]).toMatchObject({ code: "IRQCVL", count: 2 });
    const types = (await get("/api/aggregations/event-types?by=plover")).body.types;
    expect(types[0]).toMatchObject({ value: "CONSULT", count: 4 });
    const points = (await get("/api/aggregations/map?cameo=04")).body.points.map((p: { name: string }) => p.name);
    expect(points).toContain("Tehran");
    expect(points).not.toContain("Pisky");
    const tehran = (await get("/api/aggregations/map?from=2020-11&to=2020-11")).body.points;
    expect(tehran).toEqual([
      { name: "Tehran", country: "IRN", lat: 35.69, lon: 51.42, point: "own", featureType: "city", pointOf: null, count: 1, quad: [1, 0, 0, 0], first: "2020-11-15", last: "2020-11-15" },
    ]);
  });

  it("says of each map point whose point it is, its feature type, and the named place it borrows its point from", async () => {
    const points = (await get("/api/aggregations/map?cameo=19")).body.points;
    expect(points).toEqual([
      { name: "Pisky", country: "UKR", lat: 48, lon: 37.8, point: "container", featureType: "city", pointOf: "Donetsk", count: 1, quad: [0, 0, 0, 1], first: "2020-09-03", last: "2020-09-03" },
    ]);
  });

  it("returns each event location's feature type", async () => {
    const { body } = await get("/api/events?country=UKR");
    expect(body.events.map((e: { location: { name: string; point: string; featureType: string } }) => e.location)).toEqual([
      expect.objectContaining({ name: "Pisky", point: "container", featureType: "city" }),
    ]);
    const article = (await get(`/api/articles/${FOUNDING_ID}`)).body;
    expect(article.events[0].location).toMatchObject({ name: "Tehran", featureType: "city" });
  });
});

describe("exports", () => {
  it("exports CSV with a header and one row per event", async () => {
    const { status, body, res } = await get("/api/export/csv?dyad=IRN,IRQ");
    expect(status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const lines = (body as string).trimEnd().split("\r\n");
    expect(lines[0].startsWith("article_id,event_id,date")).toBe(true);
    expect(lines).toHaveLength(5);
  });

  it("exports GDELT 2.0 TSV: 61 tab-separated columns per line, negated events left out", async () => {
    const { body } = await get("/api/export/gdelt");
    const lines = (body as string).trimEnd().split("\n");
    expect(lines).toHaveLength(8);
    for (const line of lines) expect(line.split("\t")).toHaveLength(GDELT_EVENT_COLUMNS.length);
    expect(GDELT_EVENT_COLUMNS).toHaveLength(61);
    const founding = lines.map((l) => l.split("\t")).find((c) => c[5] === "IRNMIL")!;
    const col = (name: (typeof GDELT_EVENT_COLUMNS)[number]) => founding[GDELT_EVENT_COLUMNS.indexOf(name)];
    expect(col("SQLDATE")).toBe("20201115");
    expect(col("Actor2Code")).toBe("IRQGOV");
    expect(col("EventRootCode")).toBe("04");
    expect(col("ActionGeo_FullName")).toBe("Tehran");
    expect(col("SOURCEURL")).toBe("https://example.org/iran-iraq");
    const all = (await get("/api/export/gdelt?negated=true")).body as string;
    expect(all.trimEnd().split("\n")).toHaveLength(9);
  });

  it("exports PLOVER records that validate, as JSONL or a JSON array", async () => {
    const { body, res } = await get("/api/export/plover?actor=IRN");
    expect(res.headers.get("content-type")).toContain("application/x-ndjson");
    const records = (body as string).trimEnd().split("\n").map((l) => PloverRecord.parse(JSON.parse(l)));
    expect(records.map((r) => r.event[0]).sort()).toEqual(["ACCUSE", "AID", "CONSULT", "DISAPPROVE", "THREATEN"]);
    const arr = (await get("/api/export/plover?dyad=IRN,IRQ&format=json")).body;
    expect(Array.isArray(arr)).toBe(true);
    expect(arr.map((r: unknown) => PloverRecord.parse(r).date).sort()).toEqual(["2020-11-15", "2020-12-02", "2021-01-20", "2021-01-20"]);
  });

  it("validates export parameters too", async () => {
    const { status, body } = await get("/api/export/plover?format=xml");
    expect(status).toBe(400);
    expect(body.parameters[0].name).toBe("format");
  });
});

describe("OpenAPI", () => {
  it("documents every route and the wire-format schemas", async () => {
    const { status, body } = await get("/api/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    for (const path of [
      "/api/articles",
      "/api/articles/{id}",
      "/api/events",
      "/api/facets",
      "/api/actors",
      "/api/actors/{code}",
      "/api/actors/{code}/network",
      "/api/aggregations/timeline",
      "/api/aggregations/top-actors",
      "/api/aggregations/event-types",
      "/api/aggregations/map",
      "/api/export/csv",
      "/api/export/gdelt",
      "/api/export/plover",
    ]) {
      expect(body.paths[path], path).toBeDefined();
    }
    expect(body.components.schemas.Document.properties.events).toBeDefined();
    expect(body.components.schemas.EventRecord).toBeDefined();
    const limit = body.paths["/api/events"].get.parameters.find((p: { name: string }) => p.name === "limit");
    expect(limit.schema.maximum).toBe(1000);
    // Read-only server: no ingest route documented.
    expect(body.paths["/api/articles"].post).toBeUndefined();
  });
});

describe("ingest", () => {
  const annotate = (input: Parameters<typeof makeArticle>[0]) => emptyDocument(makeArticle(input));

  it("does not exist without a token", async () => {
    const res = await app.request("/api/articles", { method: "POST", body: JSON.stringify({ text: "x" }), headers: { "content-type": "application/json" } });
    expect(res.status).toBe(404);
  });

  it("requires the bearer token, validates the body, stores the annotated article", async () => {
    const s = openSqliteStore(":memory:");
    const gated = createApp({ store: s, ingestToken: "s3cret", annotate, staticDir });
    const post = (body: unknown, auth?: string) =>
      gated.request("/api/articles", {
        method: "POST",
        body: JSON.stringify(body),
        headers: { "content-type": "application/json", ...(auth ? { authorization: auth } : {}) },
      });
    expect((await post({ text: "Iran met Iraq." })).status).toBe(401);
    expect((await post({ text: "Iran met Iraq." }, "Bearer wrong")).status).toBe(401);
    const bad = await post({ text: "" , published: "15/11/2020" }, "Bearer s3cret");
    expect(bad.status).toBe(400);
    const problems = ((await bad.json()) as { parameters: { name: string }[] }).parameters.map((p) => p.name).sort();
    expect(problems).toEqual(["published", "text"]);
    const ok = await post({ text: "Iran met Iraq.", title: "t", tags: ["x"] }, "Bearer s3cret");
    expect(ok.status).toBe(201);
    const result = (await ok.json()) as { id: string; outcome: string };
    expect(result.outcome).toBe("inserted");
    expect(s.getDocument(result.id)?.text).toBe("Iran met Iraq.");
    expect(((await (await post({ text: "Iran met Iraq." }, "Bearer s3cret")).json()) as { outcome: string }).outcome).toBe("unchanged");
    const doc = await (await gated.request("/api/openapi.json")).json() as any;
    expect(doc.paths["/api/articles"].post.security).toEqual([{ bearer: [] }]);
    s.close();
  });

  it("answers 400 for input the pipeline rejects, 500 without details for failures, and reports those", async () => {
    const s = openSqliteStore(":memory:");
    const seen: unknown[] = [];
    const failing = createApp({
      store: s,
      ingestToken: "t",
      staticDir,
      annotate: (input) => {
        if (input.text === "bad") throw new InputError("ingest.unreadable", "body", "no sentences");
        throw new Error("disk on fire at /secret/path");
      },
      onError: (error) => seen.push(error),
    });
    const post = (text: string) =>
      failing.request("/api/articles", { method: "POST", body: JSON.stringify({ text }), headers: { "content-type": "application/json", authorization: "Bearer t" } });
    const bad = await post("bad");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toBe("ingest.unreadable");
    const boom = await post("boom");
    expect(boom.status).toBe(500);
    expect(await boom.text()).not.toContain("secret");
    expect(seen).toHaveLength(1);
    s.close();
  });

  it("refuses a token without an annotate function", () => {
    expect(() => createApp({ store, ingestToken: "t" })).toThrow(/annotate/);
  });
});

describe("dashboard hosting", () => {
  it("serves assets with long caching and the SPA shell for dashboard routes", async () => {
    const asset = await get("/assets/app-1.js");
    expect(asset.status).toBe(200);
    expect(asset.res.headers.get("content-type")).toContain("javascript");
    expect(asset.res.headers.get("cache-control")).toContain("immutable");
    for (const route of ["/", "/search?q=iran", `/article/${FOUNDING_ID}`, "/dyad/IRN/IRQ", "/actor/IRN", "/map"]) {
      const page = await get(route);
      expect(page.status, route).toBe(200);
      expect(page.body).toContain("<title>sitrep</title>");
      expect(page.res.headers.get("cache-control")).toBe("no-cache");
    }
  });

  it("404s other paths and never serves files outside the build", async () => {
    expect((await get("/nope")).status).toBe(404);
    expect((await get("/assets/../../package.json")).status).toBe(404);
    expect((await get("/%2e%2e/package.json")).status).toBe(404);
    expect((await get("/api/unknown")).body.error).toBe("not_found");
  });

  it("says how to build when the dashboard is missing", async () => {
    const bare = createApp({ store, staticDir: join(staticDir, "missing") });
    const res = await bare.request("/");
    expect(res.status).toBe(503);
    expect(await res.text()).toContain("npm run build");
  });
});

describe("untrusted text", () => {
  it("returns hostile titles as JSON strings, never interpreted", async () => {
    const { body, res } = await get("/api/articles?q=Breaking");
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(body.hits[0].title).toBe(HOSTILE_TITLE);
  });
});
