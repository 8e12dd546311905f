// JSONL (one article per line) and JSON (one article object, or an array of them): `text` or `html`
// plus optional id, url, title, published, source and tags. A bad line fails alone; the others go on.
import { toIsoDate } from "./dates.js";
import { extractHtml } from "./html.js";
import { failure, finish } from "./result.js";
import type { ArticleFields, ReadResult, ResolvedOptions } from "./types.js";

const KNOWN_FIELDS = ["id", "url", "title", "published", "source", "tags", "text", "html"] as const;

function optionalString(record: Record<string, unknown>, key: string, warnings: string[]): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() || null;
  if (key === "id" && typeof value === "number" && Number.isFinite(value)) return String(value);
  warnings.push(`"${key}" ignored: expected a string, got ${Array.isArray(value) ? "an array" : typeof value}`);
  return null;
}

function tagList(value: unknown, warnings: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return value.split(",").map((t) => t.trim()).filter(Boolean);
  if (Array.isArray(value) && value.every((t) => typeof t === "string")) return value as string[];
  warnings.push(`"tags" ignored: expected an array of strings or a comma-separated string`);
  return [];
}

/**
 * The article fields of one parsed record, or the reason it cannot give an article. When the record
 * carries `html`, the page is extracted and the record's own fields override what the page says.
 */
export function recordFields(record: unknown): ArticleFields | string {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return `expected a JSON object, got ${Array.isArray(record) ? "an array" : record === null ? "null" : typeof record}`;
  }
  const obj = record as Record<string, unknown>;
  const warnings: string[] = [];
  const text = obj.text;
  const html = obj.html;
  if (text !== undefined && text !== null && typeof text !== "string") return `"text" must be a string`;
  if (html !== undefined && html !== null && typeof html !== "string") return `"html" must be a string`;
  const hasText = typeof text === "string" && text.trim() !== "";
  const hasHtml = typeof html === "string" && html.trim() !== "";
  if (!hasText && !hasHtml) {
    const keys = Object.keys(obj).filter((k) => !(KNOWN_FIELDS as readonly string[]).includes(k));
    return `no "text" or "html" field${keys.length > 0 ? ` (fields: ${keys.slice(0, 8).join(", ")})` : ""}`;
  }

  const url = optionalString(obj, "url", warnings);
  const rawPublished = optionalString(obj, "published", warnings);
  const published = toIsoDate(rawPublished);
  if (rawPublished && !published) warnings.push(`"published" ignored: "${rawPublished}" is not a date`);
  const fields: ArticleFields = {
    id: optionalString(obj, "id", warnings),
    url,
    title: optionalString(obj, "title", warnings),
    published,
    source: optionalString(obj, "source", warnings),
    tags: tagList(obj.tags, warnings),
    text: hasText ? (text as string) : "",
  };
  if (!hasText) {
    const page = extractHtml(html as string, url);
    warnings.push(...(page.warnings ?? []));
    fields.text = page.text;
    fields.url = url ?? page.url;
    fields.title = fields.title ?? page.title;
    fields.published = fields.published ?? page.published;
    fields.source = fields.source ?? page.source;
    fields.tags = fields.tags && fields.tags.length > 0 ? fields.tags : page.tags;
  }
  fields.warnings = warnings;
  return fields;
}

function recordResult(input: string, record: unknown, options: ResolvedOptions): ReadResult {
  const fields = recordFields(record);
  return typeof fields === "string" ? failure(input, "ingest.record", fields) : finish(input, fields, options);
}

/** Read JSONL text; results are named `file:line`. Blank lines are ignored. */
export function* readJsonl(name: string, text: string, options: ResolvedOptions): Generator<ReadResult> {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const input = `${name}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      yield failure(input, "ingest.json", `invalid JSON: ${(error as Error).message}`);
      continue;
    }
    yield recordResult(input, record, options);
  }
}

/**
 * Read a .json file: an array of article objects (named `file#record-N`) or a single object. Text that is
 * not one JSON value is read as JSONL instead, which names the offending line.
 */
export function* readJson(name: string, text: string, options: ResolvedOptions): Generator<ReadResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // not a single JSON document: most likely JSON lines under a .json name, which reports per line
    yield* readJsonl(name, text, options);
    return;
  }
  if (!Array.isArray(value)) {
    yield recordResult(name, value, options);
    return;
  }
  for (let i = 0; i < value.length; i++) yield recordResult(`${name}#record-${i + 1}`, value[i], options);
}
