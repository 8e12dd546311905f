import { describe, expect, it } from "vitest";
import { actorEntry, TINY_AGENTS, TINY_COUNTRIES } from "../../testing/tiny-dictionaries.js";
import { createActorKnowledge } from "./knowledge.js";

describe("entryCode", () => {
  const movement = actorEntry("s:mv", "Enough Movement", [{ code: "IRNOPP", from: "2004-01-01", to: null }], "group");
  const minister = actorEntry("s:min", "Ali Example", [{ code: "IRNGOV", from: "2004-01-01", to: "2008-01-01" }], "person");
  const k = createActorKnowledge({ hash: "dates", countries: TINY_COUNTRIES, agents: TINY_AGENTS, actors: [movement, minister] });

  it("gives a group named before its first dated code that code, but not a person before taking office", () => {
    expect(k.entryCode(movement, "2000-01-01")?.code).toBe("IRNOPP");
    expect(k.entryCode(minister, "2000-01-01")?.code ?? null).toBeNull();
    // After office, the last code (unchanged).
    expect(k.entryCode(minister, "2010-01-01")?.code).toBe("IRNGOV");
  });
});

describe("supplementary agents", () => {
  const k = createActorKnowledge({ hash: "agents", countries: TINY_COUNTRIES, agents: TINY_AGENTS, actors: [] });

  it("knows agent words the agent dictionary lacks (hostage-takers, hijackers, attackers …)", () => {
    // The tokeniser splits "hostage-takers" at the hyphen, whose key is empty.
    expect(k.agentMatcher.matchAt(["hostage", "", "takers"], 0)?.values[0].code).toBe("CRM");
    expect(k.agentMatcher.matchAt(["hijacker"], 0)?.values[0].code).toBe("CRM");
    expect(k.agentMatcher.matchAt(["captors"], 0)?.values[0].code).toBe("CRM");
    expect(k.agentMatcher.matchAt(["hostages"], 0)).toBeNull();
    // Each as its nearest synonym in the dictionary: attackers as assailants, murderers as killers.
    expect(k.agentMatcher.matchAt(["attackers"], 0)?.values[0].code).toBe("UAF");
    expect(k.agentMatcher.matchAt(["murderer"], 0)?.values[0].code).toBe("CRM");
    expect(k.agentMatcher.matchAt(["councillors"], 0)?.values[0].code).toBe("GOV");
    expect(k.agentMatcher.matchAt(["village", "chief"], 0)?.values[0].code).toBe("GOV");
    expect(k.agentMatcher.matchAt(["village", "headmen"], 0)?.values[0].code).toBe("GOV");
    expect(k.agentMatcher.matchAt(["maoists"], 0)?.values[0].code).toBe("REB");
    expect(k.agentMatcher.matchAt(["protestors"], 0)?.values[0].code).toBe("OPP");
    expect(k.agentMatcher.matchAt(["locals"], 0)?.values[0].code).toBe("CVL");
  });
});
