import { describe, expect, it } from "vitest";
import { InputError } from "../../model/errors.js";
import { parseSupplement } from "./supplement.js";

const file = (entries: unknown[]) =>
  JSON.stringify({
    title: "t",
    description: "d",
    reviewed: "2026-01-01",
    knowledgeAsOf: "2025-09",
    conventions: "c",
    licence: "MIT",
    entries,
  });

const SOLEIMANI = {
  id: "qassem-soleimani",
  kind: "person",
  name: "Qassem Soleimani",
  aliases: ["Qasem Suleimani", "Qassem Soleimani"],
  codes: [{ code: "IRNMIL", from: null, to: "2020-01-03", note: "Quds Force commander" }],
  basis: "Commander of the IRGC Quds Force; killed on 2020-01-03.",
};

describe("parseSupplement", () => {
  it("turns entries into actor entries with keys, dated codes and their basis", () => {
    const { value } = parseSupplement(file([SOLEIMANI, { ...SOLEIMANI, id: "us", name: "US", aliases: ["U.S."], codes: [{ code: "USA", from: null, to: null }] }]));
    expect(value[0]).toEqual({
      id: "supplement:qassem-soleimani",
      source: "supplement",
      name: "Qassem Soleimani",
      names: ["qassem soleimani", "qasem suleimani"],
      codes: [{ code: "IRNMIL", from: null, to: "2020-01-03", note: "Quds Force commander" }],
      line: 0,
      kind: "person",
      basis: SOLEIMANI.basis,
    });
    expect(value[1].names).toEqual(["US", "u.s."]);
  });

  it("rejects a range that ends before it starts, naming the entry", () => {
    const bad = { ...SOLEIMANI, codes: [{ code: "IRNMIL", from: "2021-01-01", to: "2020-01-03" }] };
    expect(() => parseSupplement(file([bad]))).toThrow(InputError);
    expect(() => parseSupplement(file([bad]))).toThrow(/entries\.0\.codes\.0/);
  });

  it("rejects a badly formed date, a repeated id and invalid JSON", () => {
    expect(() => parseSupplement(file([{ ...SOLEIMANI, codes: [{ code: "IRNMIL", from: "2020-1-3", to: null }] }]))).toThrow(/YYYY-MM-DD/);
    expect(() => parseSupplement(file([SOLEIMANI, SOLEIMANI]))).toThrow(/id used twice/);
    expect(() => parseSupplement("{")).toThrow(/not valid JSON/);
  });
});
