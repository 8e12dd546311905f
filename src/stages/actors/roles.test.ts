import { describe, expect, it } from "vitest";
import { agent, TINY_ACTORS, TINY_AGENTS, TINY_COUNTRIES } from "../../testing/tiny-dictionaries.js";
import { createActorKnowledge } from "./knowledge.js";
import { readRole, roleCode } from "./roles.js";

describe("readRole", () => {
  const k = createActorKnowledge({
    hash: "roles",
    countries: TINY_COUNTRIES,
    agents: [...TINY_AGENTS, { ...agent("peacekeeping troop", "IGO"), position: "prefix" as const }, { ...agent("truce monitor", "IGO"), position: "prefix" as const }],
    actors: TINY_ACTORS,
  });

  it("keeps troops military when a prefix agent places them in an international body", () => {
    const troops = readRole(["Gondor", "peacekeeping", "troops"], k);
    expect(troops.prefixes).toEqual(["IGO"]);
    expect(troops.sectors).toEqual(["MIL"]);
    expect(roleCode(troops)).toBe("IGOGONMIL");
    // A monitor is no soldier.
    expect(readRole(["Gondor", "truce", "monitors"], k).sectors).toEqual([]);
  });

  it("reads a capitalised Assembly heading a name as a legislature, not a lower-case assembly or a general", () => {
    expect(roleCode(readRole(["Iran", "Assembly"], k))).toBe("IRNLEG");
    expect(readRole(["freedom", "of", "assembly"], k).sectors).toEqual([]);
    expect(readRole(["General", "Assembly"], k).sectors).toEqual(["LEG"]);
  });

  it("reads a movement no word arms as opposition activists, and leaves an armed one to its modifier", () => {
    expect(roleCode(readRole(["Iranian", "peace", "movement"], k))).toBe("IRNOPP");
    expect(readRole(["Iranian", "rebel", "fighter", "movement"], k).sectors).toEqual(["REB"]);
    // Not a movement of troops.
    expect(readRole(["troop", "movements"], k).sectors).not.toContain("OPP");
    expect(readRole(["Iranian", "troop", "movement"], k).sectors).not.toContain("OPP");
  });
});
