// Roles read from the text: "Iraq’s Defense Minister Lieutenant General …" → country IRQ, sectors
// GOV+MIL. Country from a possessor, demonym or country name in the role words; sectors from the
// agent dictionary (Phoenix.agents) plus military ranks.
import { foldToken } from "../../resources/index.js";
import { keysOf, type ActorKnowledge } from "./knowledge.js";

export interface RoleReading {
  country: string | null;
  sectors: string[];
  /** Agent dictionary entries (or rank words) that gave the sectors, for `explain`. */
  evidence: string[];
}

/** CAMEO actor code from a country and sectors ("IRQ" + ["GOV", "MIL"] → "IRQGOVMIL"). */
export function composeCode(country: string | null, sectors: readonly string[]): string | null {
  if (!country && sectors.length === 0) return null;
  return `${country ?? ""}${sectors.slice(0, 2).join("")}` || null;
}

/** Read the country and sectors a phrase gives its holder. */
export function readRole(words: readonly string[], knowledge: ActorKnowledge): RoleReading {
  const keys = keysOf(words);
  const surface = words.map(foldToken);
  let country: string | null = null;
  const sectors: string[] = [];
  const evidence: string[] = [];
  for (let i = 0; i < keys.length; ) {
    const c = knowledge.countryMatcher.matchAt(keys, i, surface);
    if (c) {
      // Capitals inside a role ("Baghdad’s ambassador") name the country too.
      country ??= c.values[0].code;
      i = c.end;
      continue;
    }
    const a = knowledge.agentMatcher.matchAt(keys, i, surface);
    if (a) {
      const agent = a.values[0];
      if (agent.position === "suffix") {
        for (const s of agent.sectors) if (!sectors.includes(s)) sectors.push(s);
      } else if (!sectors.includes(agent.code)) {
        sectors.unshift(agent.code);
      }
      evidence.push(`agent:${agent.name}`);
      i = a.end;
      continue;
    }
    if (knowledge.isMilitaryWord(keys[i]) && !sectors.includes("MIL")) {
      sectors.push("MIL");
      evidence.push(`rank:${keys[i]}`);
    } else if (knowledge.isGovernmentWord(keys[i]) && !sectors.includes("GOV")) {
      sectors.push("GOV");
      evidence.push(`office:${keys[i]}`);
    }
    i++;
  }
  // "Defense Minister" → GOV MIL, never MIL GOV: government first, as CAMEO composes codes.
  if (sectors.includes("GOV") && sectors[0] !== "GOV") sectors.splice(sectors.indexOf("GOV"), 1), sectors.unshift("GOV");
  return { country, sectors: sectors.slice(0, 2), evidence };
}
