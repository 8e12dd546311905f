// Converters for the CAMEO event-code tables: labels (GDELT's CAMEO.eventcodes.txt, repairing its
// broken 1056/106 row), Goldstein scores and quad classes (Phoenix), and the CAMEO → PLOVER mapping.
import type { BuildDiagnostic, CameoCodeInfo, Parsed, PloverMapping, QuadClass } from "../types.js";

const CAMEO_CODE = /^\d{2,4}$/;

/** A CAMEO → PLOVER row, with PLOVER's own label for the code (its comment). */
export interface PloverRow extends PloverMapping {
  label: string | null;
  line: number;
}

/**
 * Parse CAMEO2PLOVER-2021.txt: `031: AGREE,  , diplomatic # Agree to …` (type, mode, context; blank
 * fields are null; several contexts are separated by ";") and root rows such as `03: AGREE`.
 * A code given twice keeps its first row.
 */
export function parseCameoToPlover(text: string): Parsed<Map<string, PloverRow>> {
  const rows = new Map<string, PloverRow>();
  const diagnostics: BuildDiagnostic[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const hash = raw.indexOf("#");
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    const label = hash >= 0 ? raw.slice(hash + 1).trim() || null : null;
    const m = /^(\d{2,4})\s*:\s*(.*)$/.exec(body);
    if (!m) {
      if (body !== "" && !/^~+$/.test(body)) diagnostics.push({ code: "plover.unreadable", line, message: `cannot read "${raw.trim()}"` });
      return;
    }
    const [type, mode, context] = m[2].split(",").map((f) => f.trim());
    const clean = (v: string | undefined) => (v === undefined || v === "" ? null : v.replace(/\s*;\s*/g, "; "));
    if (!type) {
      diagnostics.push({ code: "plover.no-type", line, message: `code ${m[1]} has no PLOVER type` });
      return;
    }
    if (rows.has(m[1])) {
      const first = rows.get(m[1]);
      if (first?.type !== type || first.mode !== clean(mode) || first.context !== clean(context)) {
        diagnostics.push({ code: "plover.duplicate", line, message: `code ${m[1]} mapped again (${type}); the first row (${first?.type}) is kept` });
      }
      return;
    }
    rows.set(m[1], { type, mode: clean(mode), context: clean(context), label, line });
  });
  return { value: rows, diagnostics };
}

/** Phoenix's Goldstein score and quad class (0 neutral, 1–4) per CAMEO code. */
export interface PhoenixScore {
  goldstein: number;
  quadClass: 0 | 1 | 2 | 3 | 4;
}

/** Parse phoenix_goldstein_quad_from_postprocess.tsv (code, goldstein, quad class of the root). */
export function parseGoldsteinQuad(text: string): Parsed<Map<string, PhoenixScore>> {
  const scores = new Map<string, PhoenixScore>();
  const diagnostics: BuildDiagnostic[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const [code, goldstein, quad] = raw.trim().split("\t");
    if (!code || !CAMEO_CODE.test(code)) return;
    const g = Number(goldstein);
    const q = Number(quad);
    if (!Number.isFinite(g) || ![0, 1, 2, 3, 4].includes(q)) {
      diagnostics.push({ code: "phoenix.unreadable", line: i + 1, message: `cannot read "${raw.trim()}"` });
      return;
    }
    scores.set(code, { goldstein: g, quadClass: q as PhoenixScore["quadClass"] });
  });
  return { value: scores, diagnostics };
}

/** Parse a two-column CAMEO code table (GDELT's CAMEO.goldsteinscale.txt) into code → score. */
export function parseGoldsteinScale(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const raw of text.split(/\r?\n/)) {
    const [code, value] = raw.trim().split("\t");
    if (code && CAMEO_CODE.test(code) && value !== undefined && Number.isFinite(Number(value))) out.set(code, Number(value));
  }
  return out;
}

/** GDELT's labels per code, plus Goldstein scores found embedded in broken rows. */
export interface CameoLabels {
  labels: Map<string, string>;
  embeddedGoldstein: Map<string, number>;
}

/**
 * Parse GDELT's CAMEO.eventcodes.txt (code TAB label). One row of that copy has lost a line break
 * and reads `1056<TAB>Demand de-escalation of military engagement106:[-5.0] Demand withdrawal`:
 * any label containing `<code>:[<score>] <label>` is split back into two rows (the bracket is the
 * second code's Goldstein score). One-digit rows (the four quad-class names) are not CAMEO codes.
 */
export function parseCameoEventCodes(text: string): Parsed<CameoLabels> {
  const labels = new Map<string, string>();
  const embeddedGoldstein = new Map<string, number>();
  const diagnostics: BuildDiagnostic[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const tab = raw.indexOf("\t");
    if (tab < 0) return;
    const code = raw.slice(0, tab).trim();
    let label = raw.slice(tab + 1).trim();
    if (!CAMEO_CODE.test(code)) return;
    const merged = /^(.*?\S)\s*(\d{2,4}):\[(-?\d+(?:\.\d+)?)\]\s*(\S.*)$/.exec(label);
    if (merged) {
      label = merged[1];
      labels.set(merged[2], merged[4].trim());
      embeddedGoldstein.set(merged[2], Number(merged[3]));
      diagnostics.push({
        code: "cameo.repaired-row",
        line: i + 1,
        message: `row ${code} also held code ${merged[2]} ("${merged[4].trim()}"); split into two rows`,
      });
    }
    labels.set(code, label);
  });
  return { value: { labels, embeddedGoldstein }, diagnostics };
}

export interface CameoSources {
  labels: CameoLabels;
  plover: Map<string, PloverRow>;
  phoenix: Map<string, PhoenixScore>;
  /** GDELT's Goldstein scale, used for codes Phoenix does not score. */
  goldsteinScale: Map<string, number>;
}

/**
 * Quad class of a code, Phoenix convention. Phoenix (phoenix_pipeline's postprocess) scores by root:
 * 03–05 verbal cooperation (1), 06–08 material cooperation (2), 09–13 and 16 verbal conflict (3),
 * 14, 15, 17–20 material conflict (4), and 01–02 neutral (0). We use it, rather than GDELT's
 * 01–04 / 05–08 / 09–13 / 14–20 split, because the Goldstein scores we ship come from the same
 * Phoenix table, because it matches the PETRARCH2/Phoenix dictionaries we code with, and because it
 * does not count bare statements and appeals (01, 02) as cooperation. The wire format has no
 * neutral class, so Phoenix's 0 becomes null. Codes Phoenix lacks take their root's class.
 */
export function quadClassOf(code: string, phoenix: Map<string, PhoenixScore>): QuadClass | null {
  const q = phoenix.get(code)?.quadClass ?? phoenix.get(code.slice(0, 2))?.quadClass;
  return q === undefined || q === 0 ? null : q;
}

/**
 * DEMAND codes whose meaning GDELT's copy of the code list numbers differently from CAMEO 1.1b3:
 * there 105 is "Demand mediation" and 108 "Demand meeting", while its own 1051–1056 are the
 * "demand that target yields" subcodes of a 1.1b3-style 105. CAMEO.2.0.txt follows 1.1b3 (it codes
 * "demand talks" as 106), and so does PLOVER's table, so its labels are used for 101–108.
 */
const DEMAND_CODES = /^10[1-8]\d?$/;

/**
 * Codes the CAMEO dictionaries use that GDELT's list and PLOVER's table lack: CAMEO.2.0.txt codes
 * hacking as 176, which PLOVER's manual puts under COERCE, mode "cyber" ("cyber attacks and crime,
 * including hacking").
 */
const EXTRA_CODES: ReadonlyMap<string, { label: string; plover: PloverMapping }> = new Map([
  ["176", { label: "Attack cybernetically", plover: { type: "COERCE", mode: "cyber", context: "cyber" } }],
]);

/**
 * PLOVER's table drops CAMEO 02 APPEAL, but its manual defines REQUEST as "all requests, demands,
 * and orders", so an appeal is read as the demand of the same subject: 02x takes the row of 10x
 * (022 appeal for diplomatic cooperation → 102 → REQUEST assist). 01 statements stay untyped.
 */
function appealAsDemand(code: string): string | null {
  return code.startsWith("02") ? `10${code.slice(2)}` : null;
}

/**
 * Merge labels, scores and PLOVER rows into one sorted table of CAMEO codes. Labels come from
 * GDELT's list, except the DEMAND family above and labels garbled by a bad encoding, where
 * PLOVER's (CAMEO 1.1b3) label is used; the other one is kept as `altLabel` when they differ.
 */
export function buildCameoCodes(sources: CameoSources): Parsed<CameoCodeInfo[]> {
  const diagnostics: BuildDiagnostic[] = [];
  const codes = new Set<string>([...sources.labels.labels.keys(), ...sources.phoenix.keys(), ...sources.plover.keys(), ...EXTRA_CODES.keys()]);
  const out: CameoCodeInfo[] = [];
  for (const code of [...codes].filter((c) => CAMEO_CODE.test(c)).sort()) {
    const gdeltLabel = sources.labels.labels.get(code);
    const ploverRow = sources.plover.get(code);
    const ploverLabel = ploverRow?.label?.replace(/\s+\d{2}\.\d{2}\.\d{2}:.*$/, "") ?? undefined;
    const preferPlover = ploverLabel !== undefined && (DEMAND_CODES.test(code) || (gdeltLabel !== undefined && /[^\x20-\x7e]/.test(gdeltLabel)));
    const primary = preferPlover ? ploverLabel : (gdeltLabel ?? ploverLabel);
    const secondary = preferPlover ? gdeltLabel : ploverLabel;
    const extra = EXTRA_CODES.get(code);
    const label = primary ?? extra?.label ?? `CAMEO ${code}`;
    if (primary === undefined && extra === undefined) diagnostics.push({ code: "cameo.no-label", line: null, message: `code ${code} has no label` });
    const info: CameoCodeInfo = {
      code,
      label,
      goldstein:
        sources.phoenix.get(code)?.goldstein ??
        sources.goldsteinScale.get(code) ??
        sources.labels.embeddedGoldstein.get(code) ??
        null,
      quadClass: quadClassOf(code, sources.phoenix),
      plover: null,
    };
    if (primary !== undefined && secondary !== undefined && normaliseLabel(primary) !== normaliseLabel(secondary)) {
      info.altLabel = secondary;
    }
    // The most specific PLOVER row: the code itself, else its three-digit parent, else its root
    // (for an appeal, those of the matching demand).
    const lookup = appealAsDemand(code) ?? code;
    const from = [lookup, lookup.slice(0, 3), lookup.slice(0, 2)].find((c) => c.length <= code.length && sources.plover.has(c));
    if (extra !== undefined) {
      info.plover = extra.plover;
    } else if (from !== undefined) {
      const row = sources.plover.get(from) as PloverRow;
      info.plover = { type: row.type, mode: row.mode, context: row.context };
      if (from !== code) info.ploverFrom = from;
    }
    out.push(info);
  }
  return { value: out, diagnostics };
}

function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/,?\s*not specified below/g, "")
    .replace(/[^a-z]+/g, " ")
    .trim();
}
