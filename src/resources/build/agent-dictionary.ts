// Converter for PETRARCH agent dictionaries (Phoenix.agents.txt, PETR.Validate.agents.txt): role
// words and phrases with their sector codes, plural forms and !MARKER! substitutions.
import { isMatchable, phraseKeys } from "../names.js";
import type { AgentEntry, BuildDiagnostic, Parsed } from "../types.js";
import { pluralPhrase } from "./verb-dictionary.js";
import { idAllocator, readLines, slug } from "./text-lines.js";

/**
 * Parse an agent dictionary. Records look like `FOREIGN_MINISTER [~GOV]`,
 * `ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]`, `AIR_FORCE {} [~MIL]` (no plural),
 * `HUMAN_RIGHTS_BODY [NGO~]` (code placed before the country), and `HOME_!MINIST! [~GOV]`, where
 * `!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES` was defined earlier (each substitute is
 * used as is, with no plural added). Regular plurals are made for the other records. `idPrefix`
 * names the dictionary in entry ids ("agents:minister", "agents-sitrep:commissioner").
 */
export function parseAgentDictionary(text: string, idPrefix = "agents"): Parsed<AgentEntry[]> {
  const diagnostics: BuildDiagnostic[] = [];
  const report = (code: string, line: number | null, message: string) => diagnostics.push({ code, line, message });
  const markers = new Map<string, string[]>();
  const entries: AgentEntry[] = [];
  const nextId = idAllocator();

  for (const { line, text: t } of readLines(text)) {
    const marker = /^!([^!]+)!\s*=\s*(.*)$/.exec(t);
    if (marker) {
      markers.set(marker[1].trim(), marker[2].split(",").map((s) => s.trim()).filter((s) => s !== ""));
      continue;
    }
    // "[~ENV}" occurs: a brace closes a code as well as a bracket does.
    const codeMatch = /\[([^\]}]*)[\]}]/.exec(t);
    if (!codeMatch) {
      report("agents.no-code", line, `agent "${t}" has no [code]; skipped`);
      continue;
    }
    const rawCode = codeMatch[1].trim();
    const suffix = rawCode.startsWith("~");
    const prefix = rawCode.endsWith("~");
    if (suffix === prefix) {
      report("agents.bad-code", line, `agent code "${rawCode}" needs exactly one ~ at its start or end; skipped`);
      continue;
    }
    const code = rawCode.replace(/~/g, "").toUpperCase();
    let phrase = t.slice(0, codeMatch.index).trim();
    let plural: string | null | undefined;
    const braces = /\{([^}]*)\}/.exec(phrase);
    if (braces) {
      plural = braces[1].trim() === "" ? null : braces[1].trim();
      phrase = (phrase.slice(0, braces.index) + phrase.slice(braces.index + braces[0].length)).trim();
    } else if (phrase.includes("{")) {
      report("agents.unclosed-brace", line, `missing "}" in "${t}"; skipped`);
      continue;
    }

    const forms: string[][] = [];
    // A marker inside a word ("AD!MINIST!RATIVE", left by a search-and-replace) is read literally,
    // and a bare word that names a marker ("DEFENSE_MINIST", TABARI's stem form) is that marker.
    phrase = phrase.replace(/([A-Za-z])!([^!\s_]+)!(?=[A-Za-z])/g, "$1$2");
    phrase = phrase
      .split("_")
      .map((word) => (markers.has(word) ? `!${word}!` : word))
      .join("_");
    const markerUse = /!([^!]+)!/.exec(phrase);
    if (markerUse) {
      const substitutes = markers.get(markerUse[1]);
      if (!substitutes) {
        report("agents.unknown-marker", line, `substitution marker !${markerUse[1]}! is not defined; skipped`);
        continue;
      }
      for (const s of substitutes) forms.push(phraseKeys(phrase.replace(markerUse[0], s)));
    } else {
      const singular = phraseKeys(phrase);
      forms.push(singular);
      if (plural === undefined) {
        const regular = singular.length > 0 ? pluralPhrase(singular) : null;
        if (regular) forms.push(regular);
      } else if (plural !== null) {
        forms.push(phraseKeys(plural));
      }
    }
    const names = [...new Set(forms.filter(isMatchable).map((keys) => keys.join(" ")))];
    if (names.length === 0) {
      report("agents.no-name", line, `agent "${phrase}" has no usable words; skipped`);
      continue;
    }
    const name = phrase.replace(/!([^!]+)!/g, (_m, marker: string) => markers.get(marker)?.[0] ?? marker).replace(/[_\s]+/g, " ").trim().toLowerCase();
    entries.push({
      id: nextId(`${idPrefix}:${slug(name)}`),
      name,
      names,
      code,
      sectors: code.match(/.{1,3}/g) ?? [],
      position: suffix ? "suffix" : "prefix",
      line,
    });
  }
  return { value: entries, diagnostics };
}
