// Build step of the actor dictionary: drops one-word synonyms that only gloss a group's name in
// English ("youth" for the Basque Gazteriak), which news text uses as ordinary words, not as names.
import type { ActorEntry, AgentEntry, BuildDiagnostic } from "../../../resources/types.js";

/** Shortest synonym treated as a possible gloss: shorter ones are acronyms ("un"). */
const MIN_GLOSS_LENGTH = 4;

/**
 * Entries without their gloss synonyms: a one-word synonym (not the entry's own name) that the agent
 * dictionary uses as a word of its role phrases ("youth protester", "minister of youth and sports"),
 * none of which shares a sector with the entry's code. A body the agents name the same way keeps its
 * word ("senate" of the US Congress: SENATE [~LEG], USAGOVLEG). One diagnostic per dropped synonym.
 */
export function dropGlossAliases(entries: readonly ActorEntry[], agents: readonly AgentEntry[]): { value: ActorEntry[]; diagnostics: BuildDiagnostic[] } {
  const sectorsOfWord = new Map<string, Set<string>>();
  for (const agent of agents) {
    for (const name of agent.names) {
      for (const word of name.split(" ")) {
        let sectors = sectorsOfWord.get(word);
        if (!sectors) sectorsOfWord.set(word, (sectors = new Set()));
        for (const s of agent.sectors) sectors.add(s);
      }
    }
  }
  const diagnostics: BuildDiagnostic[] = [];
  const value = entries.map((entry) => {
    const glosses = entry.names.slice(1).filter((name) => {
      if (name.includes(" ") || name.length < MIN_GLOSS_LENGTH) return false;
      const sectors = sectorsOfWord.get(name);
      if (!sectors) return false;
      const entrySectors = entry.codes.flatMap((c) => c.code?.slice(3).match(/.{3}/g) ?? []);
      return !entrySectors.some((s) => sectors.has(s));
    });
    if (glosses.length === 0) return entry;
    for (const g of glosses) diagnostics.push({ code: "actors.gloss-alias", line: entry.line || null, message: `${entry.id}: "${g}" is a word of the agent dictionary's role phrases, not a name; dropped` });
    return { ...entry, names: entry.names.filter((n) => !glosses.includes(n)) };
  });
  return { value, diagnostics };
}
