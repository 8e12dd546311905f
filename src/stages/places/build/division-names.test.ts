import { describe, expect, it } from "vitest";
import { isCommonWordName } from "./division-names.js";

describe("isCommonWordName", () => {
  it("flags division names that are ordinary words, in any case", () => {
    for (const name of ["Coast", "Federal", "PLATEAU", "Delta", " City "]) expect(isCommonWordName(name)).toBe(true);
  });

  it("leaves proper names, and common words inside longer names", () => {
    for (const name of ["Idlib", "Kandahar", "Coast Province", "Gulf of Aden", "Free State"]) expect(isCommonWordName(name)).toBe(false);
  });
});
