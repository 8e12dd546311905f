import { describe, expect, it } from "vitest";
import { stateOfPlaceOn } from "./successions.js";

describe("stateOfPlaceOn", () => {
  it("gives the predecessor before independence and the state itself from that day on", () => {
    expect(stateOfPlaceOn("SSD", "1992-03-01")).toBe("SDN");
    expect(stateOfPlaceOn("SSD", "2011-07-08T23:00:00Z")).toBe("SDN");
    expect(stateOfPlaceOn("SSD", "2011-07-09")).toBe("SSD");
    // Only within the predecessor's rule: East Timor before Indonesia annexed it was not Indonesian.
    expect(stateOfPlaceOn("TMP", "1990-01-01")).toBe("IDN");
    expect(stateOfPlaceOn("TMP", "1970-01-01")).toBe("TMP");
  });

  it("leaves other states and unknown dates alone", () => {
    expect(stateOfPlaceOn("IRQ", "1992-03-01")).toBe("IRQ");
    expect(stateOfPlaceOn("SSD", null)).toBe("SSD");
  });
});
