import { describe, expect, it } from "vitest";
import { currentPloverType, PLOVER_CURRENT_TYPES } from "./plover-versions.js";

describe("currentPloverType", () => {
  it("renames the 0.5 types the current manual renamed", () => {
    expect(currentPloverType("DEMAND").type).toBe("REQUEST");
    expect(currentPloverType("DISAPPROVE")).toEqual({ type: "ACCUSE", mode: "disapprove" });
    expect(currentPloverType("INVESTIGATE", "")).toEqual({ type: "ACCUSE", mode: "investigate" });
    expect(currentPloverType("FIGHT", "heavy-weapons")).toEqual({ type: "ASSAULT", mode: "heavy-weapons" });
  });

  it("moves COERCE to ASSAULT only for the modes that are violence now", () => {
    expect(currentPloverType("COERCE", "destroy").type).toBe("ASSAULT");
    expect(currentPloverType("COERCE", "arrest")).toEqual({ type: "COERCE", mode: "arrest" });
    expect(currentPloverType("COERCE", null).type).toBe("COERCE");
  });

  it("keeps unchanged names and always lands on a current type", () => {
    expect(currentPloverType("agree").type).toBe("AGREE");
    for (const old of ["AGREE", "DEMAND", "FIGHT", "INVESTIGATE", "DISAPPROVE", "PROTEST", "MOBILIZE", "COERCE"]) {
      expect(PLOVER_CURRENT_TYPES).toContain(currentPloverType(old).type);
    }
  });
});
