import { describe, expect, it } from "vitest";
import type { EventRecord } from "../store/store.js";
import { sampleDocument } from "../testing/fixtures.js";
import { PloverRecord, eventsToPlover, ploverRecord, ploverResolution, toJsonLines } from "./plover.js";

function record(overrides: Partial<EventRecord> = {}): EventRecord {
  const doc = sampleDocument();
  return { ...doc.events[0], articleId: doc.id, articleTitle: doc.title, published: doc.published, ...overrides };
}

describe("PLOVER export", () => {
  it("maps an event to a record with the manual's field names, valid against the schema", () => {
    const r = ploverRecord(record(), { articleUrl: () => "https://example.org/a", coder: "sitrep test" })!;
    expect(PloverRecord.parse(r)).toEqual(r);
    expect(r.date).toBe("2020-11-15");
    expect(r.actor).toEqual([{ code: "IRN", sector: "MIL", entity_text: "Mohammad Baqeri" }]);
    expect(r.recipient).toEqual([{ code: "IRQ", sector: "GOV", entity_text: "Iraq’s defence minister" }]);
    expect(r.event).toEqual(["CONSULT"]);
    expect(r.quad_code).toBe(1);
    expect(r.event_loc).toMatchObject({ extracted_place: "Tehran", resolved_place: "Tehran", lat: 35.69, country_code: "IRN" });
    expect(r.cite_info).toMatchObject({ url: "https://example.org/a", coder: "sitrep test" });
    expect(r.sitrep).toMatchObject({ cameo: "040", rule: "test:meet", modality: "asserted", negated: false, date_precision: "day", location_point: "own" });
  });

  it("gives the place's feature type and PLOVER resolution level, country level for a country's point", () => {
    const r = ploverRecord(record())!;
    expect(r.event_loc?.resolution).toBe(4);
    expect(r.sitrep.location_feature_type).toBe("city");
    expect(ploverResolution({ featureType: "admin1", point: "own" })).toBe(2);
    expect(ploverResolution({ featureType: "admin2", point: "container" })).toBe(3);
    expect(ploverResolution({ featureType: "district", point: "own" })).toBe(5);
    expect(ploverResolution({ featureType: "city", point: "country" })).toBe(1);
    expect(ploverResolution({ featureType: "region", point: "own" })).toBeNull();
    expect(ploverResolution({ featureType: null, point: null })).toBeNull();
    const none = ploverRecord(record({ location: null }))!;
    expect([none.event_loc, none.sitrep.location_feature_type]).toEqual([null, null]);
  });

  it("points text_info at the extent of the evidence", () => {
    const e = record();
    const r = ploverRecord(e)!;
    expect(r.text_info.start).toBe(Math.min(e.trigger.start, e.source!.start, e.target!.start));
    expect(r.text_info.end).toBe(Math.max(e.trigger.end, e.source!.end, e.target!.end));
  });

  it("turns comma-separated modes and contexts into lists", () => {
    const r = ploverRecord(record({ plover: { type: "CONSULT", mode: "visit", context: "military, diplomatic" } }))!;
    expect(r.mode).toEqual(["visit"]);
    expect(r.context).toEqual(["military", "diplomatic"]);
  });

  it("leaves out events with no PLOVER type or no usable date, and counts them", () => {
    const out = eventsToPlover([record(), record({ plover: null }), record({ date: null, published: null })]);
    expect(out.records).toHaveLength(1);
    expect(out.skipped).toBe(2);
  });

  it("writes one JSON record per line", () => {
    const lines = toJsonLines(eventsToPlover([record(), record({ id: "ev2" })]).records).trimEnd().split("\n");
    expect(lines.map((l) => PloverRecord.parse(JSON.parse(l)).id)).toEqual([`${record().articleId}:ev1`, `${record().articleId}:ev2`]);
  });
});
