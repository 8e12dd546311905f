import { describe, expect, it } from "vitest";
import { toConll } from "./entities.js";

describe("toConll", () => {
  it("keeps CoNLL types and maps sitrep types through the given mapping", () => {
    const mapping = (type: string) => (type === "GPE" ? "LOC" : "MISC");
    expect(toConll("B-PER", mapping)).toBe("B-PER");
    expect(toConll("I-GPE", mapping)).toBe("I-LOC");
    expect(toConll("B-NORP", mapping)).toBe("B-MISC");
  });
  it("turns unknown types and malformed tags into O", () => {
    expect(toConll("B-DATE")).toBe("O");
    expect(toConll("O")).toBe("O");
    expect(toConll("PER")).toBe("O");
  });
});
