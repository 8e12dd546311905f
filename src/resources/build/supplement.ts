// Reader for sitrep's hand-written actor supplement (resources/dictionaries/supplement.json): checks
// it with zod and turns its entries into ActorEntry records with source "supplement".
import { z } from "zod";
import { InputError } from "../../model/errors.js";
import { isMatchable, nameKey, phraseKeys } from "../names.js";
import type { ActorEntry, BuildDiagnostic, Parsed } from "../types.js";

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

const SupplementCode = z
  .object({
    code: z.string().regex(/^[A-Z]{3,}$/, "expected an upper-case CAMEO actor code"),
    from: IsoDay.nullable(),
    to: IsoDay.nullable(),
    note: z.string().min(1).optional(),
  })
  .refine((c) => c.from === null || c.to === null || c.from <= c.to, "`from` is after `to`");

const SupplementEntry = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lower-case slug"),
  kind: z.enum(["person", "group", "organisation"]),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).min(1),
  codes: z.array(SupplementCode).min(1),
  basis: z.string().min(10),
});

/** The supplement file as written by hand. */
export const SupplementFile = z.object({
  title: z.string(),
  description: z.string(),
  reviewed: IsoDay,
  knowledgeAsOf: z.string(),
  conventions: z.string(),
  licence: z.string(),
  entries: z.array(SupplementEntry),
});
export type SupplementFile = z.infer<typeof SupplementFile>;

/**
 * Check the supplement and convert it to actor entries (`supplement:<id>`). Throws an InputError
 * naming the entry when the file does not match the schema or repeats an id.
 */
export function parseSupplement(text: string, file = "supplement.json"): Parsed<ActorEntry[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new InputError("resources.supplement-json", file, "not valid JSON", { cause });
  }
  const parsed = SupplementFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError("resources.supplement-schema", `${file} at ${issue.path.join(".")}`, issue.message);
  }
  const diagnostics: BuildDiagnostic[] = [];
  const seen = new Set<string>();
  const entries: ActorEntry[] = [];
  for (const entry of parsed.data.entries) {
    if (seen.has(entry.id)) throw new InputError("resources.supplement-duplicate", `${file} entry ${entry.id}`, "id used twice");
    seen.add(entry.id);
    const names: string[] = [];
    for (const alias of [entry.name, ...entry.aliases]) {
      const keys = phraseKeys(alias);
      if (!isMatchable(keys)) {
        diagnostics.push({ code: "supplement.unmatchable-name", line: null, message: `${entry.id}: name "${alias}" cannot match text` });
        continue;
      }
      names.push(nameKey(keys));
    }
    entries.push({
      id: `supplement:${entry.id}`,
      source: "supplement",
      name: entry.name,
      names: [...new Set(names)],
      codes: entry.codes.map((c) => ({ code: c.code, from: c.from, to: c.to, ...(c.note ? { note: c.note } : {}) })),
      line: 0,
      kind: entry.kind,
      basis: entry.basis,
    });
  }
  return { value: entries, diagnostics };
}
