import { describe, expect, it } from "vitest";
import { placeKey } from "../normalise.js";
import { countyKeys, countyName } from "./county-names.js";

describe("countyKeys", () => {
  it("keys a county only with its descriptor, never by the bare name", () => {
    expect(countyKeys("Orange", "County")).toEqual(["orange county"]);
    expect(countyKeys("Washington", "County")).not.toContain("washington");
  });

  it("keys parishes and census areas with their own descriptor", () => {
    expect(countyKeys("Jefferson", "Parish")).toEqual(["jefferson parish"]);
    expect(countyKeys("Bethel", "Census Area")).toEqual(["bethel census area"]);
  });

  it("adds the spelled-out and abbreviated saint", () => {
    expect(countyKeys("St. Louis", "County").sort()).toEqual(["saint louis county", "st louis county"]);
    expect(countyKeys("Sainte Genevieve", "County").sort()).toEqual(["sainte genevieve county", "ste genevieve county"]);
  });
});

describe("countyName", () => {
  it("is one of the county's keys", () => {
    expect(countyKeys("Queen Anne's", "County")).toContain(placeKey(countyName("Queen Anne's", "County")));
  });
});
