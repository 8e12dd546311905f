import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import { buildDocument, fillFixtureStore } from "./fixtures.js";
import { ServerQueries, eventRows, snippetParts } from "./queries.js";

/** An article with an event that has no source and one dated only to a month. */
function sparseDocument(id = "sparse", text = "Iran was attacked in March 2021. Iraq condemned it.") {
  return buildDocument({
    id,
    title: "Sparse",
    text,
    published: "2021-04-01",
    source: "example",
    entities: [
      { needle: "Iran", type: "GPE", actor: "a1" },
      { needle: "Iraq", type: "GPE", actor: "a2" },
    ],
    actors: [
      { id: "a1", name: "Iran", code: "IRN", country: "IRN" },
      { id: "a2", name: "Iraq", code: "IRQ", country: "IRQ" },
    ],
    times: [],
    places: [],
    events: [
      { id: "ev1", trigger: "attacked", target: { needle: "Iran", actor: "a1", code: "IRN" }, cameo: ["180", "Use unconventional violence", -9, 4], date: { value: "2021-03", precision: "month" }, rule: "t", confidence: 0.5 },
      { id: "ev2", trigger: "condemned", source: { needle: "Iraq", actor: "a2", code: "IRQ" }, cameo: ["111", "Criticize or denounce", -2, 3], rule: "t", confidence: 0.5 },
    ],
  });
}

describe("eventRows", () => {
  it("binds every value and turns prefixes into ranges", () => {
    const { from, params } = eventRows({ actor: "IRN'; DROP TABLE events; --", cameo: "19", to: "2020-11" }, ["id"]);
    expect(from).not.toContain("DROP");
    expect(from.match(/\?/g)).toHaveLength(params.length);
    expect(params).toContain("IRN'; DROP TABLE events; --");
    expect(params).toContain("2020-11\uFFFF");
  });

  it("counts an event whose both sides match a dyad's codes once", () => {
    const store = openSqliteStore(":memory:");
    const doc = sparseDocument();
    doc.events[1].target = { ...doc.events[1].source!, code: "IRQGOV" };
    store.putDocument(doc);
    const q = new ServerQueries(store);
    // IRQ → IRQGOV matches (IRQ, IRQ) in both directions; it must be listed and counted once.
    expect(q.listEvents({ dyad: ["IRQ", "IRQ"], limit: 10, offset: 0 }).total).toBe(1);
    expect(q.topActors({ dyad: ["IRQ", "IRQ"] }, "source", "code", 10)).toEqual([{ code: "IRQ", name: "Iraq", count: 1 }]);
    store.close();
  });
});

describe("snippetParts", () => {
  it("splits on the private-use markers and keeps brackets in the text as text", () => {
    expect(snippetParts("a [b] \uE000Iran\uE001 c")).toEqual([
      { text: "a [b] ", hit: false },
      { text: "Iran", hit: true },
      { text: " c", hit: false },
    ]);
  });
});

describe("ServerQueries", () => {
  it("counts events with a missing side in actor profiles", () => {
    const store = openSqliteStore(":memory:");
    store.putDocument(sparseDocument());
    const q = new ServerQueries(store);
    const irn = q.actorProfile("IRN", "code", 10)!;
    expect(irn.counts).toMatchObject({ events: 1, asSource: 0, asTarget: 1 });
    expect(irn.counts.byQuadClass).toEqual([{ quadClass: 4, count: 1 }]);
    expect(q.actorProfile("IRQ", "code", 10)!.counts).toMatchObject({ events: 1, asSource: 1, asTarget: 0 });
    store.close();
  });

  it("lists events newest first with undated ones last, and counts too-coarse dates as undated", () => {
    const store = fillFixtureStore(openSqliteStore(":memory:"));
    store.putDocument(sparseDocument());
    const q = new ServerQueries(store);
    const { total, events } = q.listEvents({ limit: 100, offset: 0 });
    expect(total).toBe(11);
    expect(events).toHaveLength(11);
    expect(events[0].date?.value).toBe("2021-03-01");
    expect(events.at(-1)!.date).toBeNull();
    const dates = events.map((e) => e.date?.value ?? "").filter(Boolean);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(q.timeline({ actor: "IRN", from: "2021-03" }, "day")).toMatchObject({ buckets: [], undated: 1 });
    expect(q.timeline({ actor: "IRN", from: "2021-03" }, "month").buckets).toEqual([{ period: "2021-03", total: 1, quad: [0, 0, 0, 1], goldstein: -9 }]);
    store.close();
  });

  it("keeps aggregation results until another connection commits or invalidate() is called", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-queries-"));
    const path = join(dir, "q.db");
    const store = fillFixtureStore(openSqliteStore(path));
    const q = new ServerQueries(store);
    const before = q.topActors({}, "any", "country", 50);
    expect(q.topActors({}, "any", "country", 50)).toBe(before);
    // Another process ingests: data_version moves, the cache is dropped.
    const other = openSqliteStore(path);
    other.putDocument(sparseDocument());
    other.close();
    const after = q.topActors({}, "any", "country", 50);
    expect(after).not.toBe(before);
    expect(after.find((a) => a.code === "IRN")!.count).toBe(before.find((a) => a.code === "IRN")!.count + 1);
    // A write through this connection is invisible to data_version: invalidate() covers it.
    store.putDocument(sparseDocument("sparse-2", "Iran was attacked again in March 2021. Iraq condemned it."));
    expect(q.topActors({}, "any", "country", 50)).toBe(after);
    q.invalidate();
    expect(q.topActors({}, "any", "country", 50).find((a) => a.code === "IRN")!.count).toBe(after.find((a) => a.code === "IRN")!.count + 1);
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("can run without the cache", () => {
    const store = fillFixtureStore(openSqliteStore(":memory:"));
    const q = new ServerQueries(store, { cache: false });
    expect(q.eventTypes({}, "root", 5)).not.toBe(q.eventTypes({}, "root", 5));
    store.close();
  });
});
