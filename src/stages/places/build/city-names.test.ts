import { describe, expect, it } from "vitest";
import { addCityDescriptorKeys, addSaintSpellings, addShortForms, qualifiedShortForm, saintSpellings, type TownKeys } from "./city-names.js";

describe("qualifiedShortForm", () => {
  it("drops a river or locational qualifier, spaced or hyphenated", () => {
    expect(qualifiedShortForm("Frankfurt am Main")).toBe("Frankfurt");
    expect(qualifiedShortForm("Brandenburg an der Havel")).toBe("Brandenburg");
    expect(qualifiedShortForm("Newcastle upon Tyne")).toBe("Newcastle");
    expect(qualifiedShortForm("Clacton-on-Sea")).toBe("Clacton");
    expect(qualifiedShortForm("Boulogne-sur-Mer")).toBe("Boulogne");
    expect(qualifiedShortForm("Aix-en-Provence")).toBe("Aix");
  });

  it("leaves names without a qualifier, and words that only look like one", () => {
    expect(qualifiedShortForm("Baghdad")).toBeNull();
    expect(qualifiedShortForm("Rio de Janeiro")).toBeNull();
    expect(qualifiedShortForm("Onslow")).toBeNull();
    expect(qualifiedShortForm("Sur")).toBeNull();
  });
});

describe("addShortForms", () => {
  const town = (name: string, country: string, population: number): TownKeys => ({ name, country, population, keys: new Set([name.toLowerCase()]) });
  const key = (s: string) => s.toLowerCase();

  it("keys a qualified town by its short form, also where a smaller namesake exists", () => {
    const towns = [town("Newcastle upon Tyne", "GBR", 192_000), town("Newcastle", "GBR", 7_000)];
    addShortForms(towns, key);
    expect(towns[0].keys.has("newcastle")).toBe(true);
  });

  it("leaves the short form to a larger town of the same country that bears it", () => {
    const towns = [town("Saint-Quentin-en-Yvelines", "FRA", 50_000), town("Saint-Quentin", "FRA", 55_000)];
    addShortForms(towns, key);
    expect(towns[0].keys.has("saint-quentin")).toBe(false);
  });
});

describe("addCityDescriptorKeys", () => {
  const unit = (key: string, admin1: string, country = "CAN") => ({ country, admin1, keys: new Set([key]) });

  it("keys a town named like the division it lies in by 'X City'", () => {
    const towns = [unit("quebec", "10"), unit("montreal", "10")];
    addCityDescriptorKeys(towns, [unit("quebec", "10")]);
    expect(towns[0].keys.has("quebec city")).toBe(true);
    expect(towns[1].keys.has("montreal city")).toBe(false);
  });

  it("leaves a namesake town in another division or country alone", () => {
    const towns = [unit("quebec", "08"), unit("quebec", "10", "USA")];
    addCityDescriptorKeys(towns, [unit("quebec", "10")]);
    expect(towns.every((t) => !t.keys.has("quebec city"))).toBe(true);
  });
});

describe("saintSpellings", () => {
  it("writes a saint's title the other way in any word of the key", () => {
    expect(saintSpellings("saint petersburg")).toEqual(["saint petersburg", "st petersburg"]);
    expect(saintSpellings("st catharines")).toEqual(["st catharines", "saint catharines"]);
    expect(saintSpellings("sault ste marie")).toEqual(["sault ste marie", "sault sainte marie"]);
    expect(saintSpellings("saint marc")).toEqual(["saint marc", "st marc"]);
  });

  it("leaves keys without a saint's title, and words that only begin like one", () => {
    expect(saintSpellings("saintes")).toEqual(["saintes"]);
    expect(saintSpellings("stuttgart")).toEqual(["stuttgart"]);
  });
});

describe("addSaintSpellings", () => {
  const town = (key: string, country: string): Pick<TownKeys, "country" | "keys"> => ({ country, keys: new Set([key]) });

  it("keys a town by its saint's title written the other way", () => {
    const towns = [town("saint petersburg", "RUS"), town("st petersburg", "USA")];
    addSaintSpellings(towns);
    expect([...towns[0].keys].sort()).toEqual(["saint petersburg", "st petersburg"]);
    expect([...towns[1].keys].sort()).toEqual(["saint petersburg", "st petersburg"]);
  });

  it("leaves that spelling to the town of the same country written so ('St. Thomas' is Ontario's, not Saint-Thomas, Quebec)", () => {
    const towns = [town("saint thomas", "CAN"), town("st thomas", "CAN")];
    addSaintSpellings(towns);
    expect(towns[0].keys.has("st thomas")).toBe(false);
    expect(towns[1].keys.has("saint thomas")).toBe(false);
  });
});

