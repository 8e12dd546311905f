import { describe, expect, it } from "vitest";
import { parsePloverRecords } from "./plover.js";

const record = {
  id: "GSR-AGREE-1",
  date: "2000-01-01",
  source: [{ actorText: "Portugal", code: "PRT" }],
  target: [{ actorText: "Turkish police", code: "TUR", sector: "COP" }],
  event: "AGREE",
  mode: "",
  eventText: "will support",
  context: "diplomatic",
  text: "Portugal will support Turkey.",
};

describe("parsePloverRecords", () => {
  it("skips DOCUMENT records and normalises optional fields", () => {
    const json = JSON.stringify([{ id: "DOC", event: "DOCUMENT" }, record, { ...record, id: "GSR-2", target: "" }]);
    const records = parsePloverRecords(json, "g.json");
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ id: "GSR-AGREE-1", event: "AGREE", mode: null, context: "diplomatic" });
    expect(records[0].source).toEqual([{ text: "Portugal", code: "PRT", sector: null }]);
    expect(records[0].target).toEqual([{ text: "Turkish police", code: "TUR", sector: "COP" }]);
    expect(records[1].target).toEqual([]);
  });

  it("names the file and record when a record is malformed", () => {
    const json = JSON.stringify([record, { ...record, id: "GSR-BAD", source: [{ actorText: "X" }] }]);
    expect(() => parsePloverRecords(json, "g.json")).toThrow(/g\.json: record GSR-BAD: source\.0\.code/);
    expect(() => parsePloverRecords("{", "g.json")).toThrow(/g\.json: not JSON/);
  });
});
