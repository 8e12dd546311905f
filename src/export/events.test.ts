import { describe, expect, it } from "vitest";
import type { EventRecord } from "../store/store.js";
import { sampleDocument } from "../testing/fixtures.js";
import { EVENT_COLUMNS, eventRow, eventsToCsv } from "./events.js";

function record(overrides: Partial<EventRecord> = {}): EventRecord {
  const doc = sampleDocument();
  return { ...doc.events[0], articleId: doc.id, articleTitle: doc.title, published: doc.published, ...overrides };
}

describe("event rows", () => {
  it("give one value per column", () => {
    expect(eventRow(record())).toHaveLength(EVENT_COLUMNS.length);
  });

  it("say whose point the location's lat/lon is, and nothing without a location", () => {
    const column = EVENT_COLUMNS.indexOf("location_point");
    const e = record();
    expect(eventRow({ ...e, location: { ...e.location!, point: "container" } })[column]).toBe("container");
    expect(eventRow({ ...e, location: null })[column]).toBeNull();
    const [header, line] = eventsToCsv([e]).trim().split(/\r?\n/);
    expect(header.split(",")).toContain("location_point");
    expect(line).toContain(",own,");
  });

  it("give the location's feature type, and nothing without a location", () => {
    const column = EVENT_COLUMNS.indexOf("location_feature_type");
    const e = record();
    expect(eventRow(e)[column]).toBe("city");
    expect(eventRow({ ...e, location: { ...e.location!, featureType: null } })[column]).toBeNull();
    expect(eventRow({ ...e, location: null })[column]).toBeNull();
    const [header, line] = eventsToCsv([e]).trim().split(/\r?\n/);
    expect(header.split(",")).toContain("location_feature_type");
    expect(line).toContain(",own,city,");
  });
});
