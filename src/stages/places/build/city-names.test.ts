import { describe, expect, it } from "vitest";
import { addCityDescriptorKeys, addShortForms, qualifiedShortForm, type TownKeys } from "./city-names.js";

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
