// Reader for the PLOVER gold-standard records (plover-gsr-dev.json): one sentence each, with its event
// type (PLOVER 0.5 names), mode, context, and the source/target actors' text, country code and sector.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { InputError } from "../../model/errors.js";

const GoldActor = z.object({
  actorText: z.string(),
  code: z.string().min(1),
  sector: z.string().nullish(),
});

const GoldRecord = z.object({
  id: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  event: z.string().min(1),
  mode: z.string().nullish(),
  context: z.string().nullish(),
  text: z.string().min(1),
  eventText: z.string().nullish(),
  source: z.array(GoldActor),
  // Three records write an empty string for "no target".
  target: z.union([z.array(GoldActor), z.literal("")]).optional(),
  version: z.string().optional(),
});

/** A gold actor: the text the coder marked, its country (or IGO/NGO) code and optional sector. */
export interface PloverGoldActor {
  text: string;
  code: string;
  sector: string | null;
}

/** One PLOVER gold record (DOCUMENT records are skipped). */
export interface PloverGoldRecord {
  id: string;
  date: string;
  /** The event type as written in the file (PLOVER 0.5 names). */
  event: string;
  mode: string | null;
  context: string | null;
  text: string;
  eventText: string | null;
  source: PloverGoldActor[];
  target: PloverGoldActor[];
}

/** Parse the JSON text; `file` names the source in errors. Throws InputError naming the record. */
export function parsePloverRecords(json: string, file: string): PloverGoldRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new InputError("eval.plover-json", file, `not JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(data)) throw new InputError("eval.plover-structure", file, "expected a JSON array of records");
  const records: PloverGoldRecord[] = [];
  data.forEach((raw: unknown, index) => {
    const id = typeof raw === "object" && raw !== null && "id" in raw ? String((raw as { id: unknown }).id) : `#${index}`;
    if (typeof raw === "object" && raw !== null && (raw as { event?: unknown }).event === "DOCUMENT") return;
    const parsed = GoldRecord.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError("eval.plover-record", `${file}: record ${id}`, `${issue.path.join(".") || "(record)"}: ${issue.message}`);
    }
    const r = parsed.data;
    const actor = (a: z.infer<typeof GoldActor>): PloverGoldActor => ({ text: a.actorText, code: a.code, sector: a.sector ?? null });
    records.push({
      id: r.id,
      date: r.date,
      event: r.event,
      mode: r.mode?.trim() || null,
      context: r.context?.trim() || null,
      text: r.text,
      eventText: r.eventText ?? null,
      source: r.source.map(actor),
      target: (r.target || []).map(actor),
    });
  });
  return records;
}

/** Read and parse the PLOVER gold file. */
export function readPloverRecords(path: string): PloverGoldRecord[] {
  return parsePloverRecords(readFileSync(path, "utf8"), path);
}
