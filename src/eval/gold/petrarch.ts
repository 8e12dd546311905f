// Reader for PETRARCH's validation records (PETR.UnitTest.records.xml): the sentences, their expected
// codings, the <Config> options in force for each, and the dictionary files the suite names.
import { readFileSync } from "node:fs";
import { DOMParser } from "linkedom";
import { InputError } from "../../model/errors.js";

/** One expected coding: CAMEO source and target codes ("---" = none) and event code. */
export interface PetrarchCoding {
  source: string;
  target: string;
  event: string;
}

/** One validation record. */
export interface PetrarchRecord {
  id: string;
  category: string;
  /** The story date as YYYY-MM-DD (date-bounded actor codes depend on it). */
  date: string;
  /** The sentence with its line breaks folded to single spaces. */
  text: string;
  /** PETRARCH's `sentence` attribute; "false" marks records its authors did not expect to pass. */
  sentence: boolean;
  expected: PetrarchCoding[];
  /** `<EventCoding noevents="True">`, or no <EventCoding> at all: the coder must produce nothing. */
  noEvents: boolean;
  /** `<EventCoding error="…">`: the coder must reject the record (dateline, discard, bad parse). */
  error: string | null;
  /** `<Config>` options in force when the record is coded (they persist until changed). */
  config: Record<string, string>;
}

/** The whole suite: records plus the dictionary file names from <Environment>. */
export interface PetrarchSuite {
  records: PetrarchRecord[];
  files: { verbs: string | null; actors: string | null; agents: string | null; discards: string | null };
}

/** Parse the validation XML; `file` names the source in errors. */
export function parsePetrarchRecords(xml: string, file: string): PetrarchSuite {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const environment = doc.querySelector("Environment");
  const fileOf = (tag: string) => environment?.querySelector(tag)?.textContent?.trim() || null;
  const config: Record<string, string> = {};
  for (const option of environment?.querySelectorAll("Config") ?? []) readConfig(option, config);

  const container = doc.querySelector("Sentences");
  if (!container) throw new InputError("eval.petrarch-structure", file, "no <Sentences> element");
  const records: PetrarchRecord[] = [];
  for (const element of container.children) {
    if (element.tagName === "Config") {
      readConfig(element, config);
      continue;
    }
    if (element.tagName !== "Sentence") continue;
    records.push(readSentence(element, file, records.length, { ...config }));
  }
  return {
    records,
    files: { verbs: fileOf("Verbfile"), actors: fileOf("Actorfile"), agents: fileOf("Agentfile"), discards: fileOf("Discardfile") },
  };
}

/** Read and parse the validation XML file. */
export function readPetrarchRecords(path: string): PetrarchSuite {
  return parsePetrarchRecords(readFileSync(path, "utf8"), path);
}

interface XmlElement {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<XmlElement>;
  querySelector(selector: string): XmlElement | null;
  textContent: string | null;
}

function readConfig(element: XmlElement, config: Record<string, string>): void {
  const option = element.getAttribute("option");
  const value = element.getAttribute("value");
  if (option) config[option] = value ?? "";
}

function readSentence(element: XmlElement, file: string, index: number, config: Record<string, string>): PetrarchRecord {
  const id = element.getAttribute("id")?.trim() ?? "";
  const where = `${file}: <Sentence> #${index + 1}${id ? ` (${id})` : ""}`;
  if (!id) throw new InputError("eval.petrarch-record", where, "missing id");
  const rawDate = element.getAttribute("date")?.trim() ?? "";
  const date = /^(\d{4})(\d{2})(\d{2})$/.exec(rawDate);
  if (!date) throw new InputError("eval.petrarch-record", where, `date "${rawDate}" is not YYYYMMDD`);
  const text = splitJoinedWords(
    element.querySelector("Text")?.textContent?.replace(/\s+/g, " ").trim() ?? "",
    element.querySelector("Parse")?.textContent ?? "",
  );
  if (!text) throw new InputError("eval.petrarch-record", where, "missing or empty <Text>");

  const expected: PetrarchCoding[] = [];
  let noEvents = false;
  let error: string | null = null;
  for (const coding of element.querySelectorAll("EventCoding")) {
    if ((coding.getAttribute("noevents") ?? "").toLowerCase() === "true") {
      noEvents = true;
      continue;
    }
    const err = coding.getAttribute("error");
    if (err !== null) {
      error = err;
      continue;
    }
    const source = coding.getAttribute("sourcecode");
    const target = coding.getAttribute("targetcode");
    const event = coding.getAttribute("eventcode");
    if (source === null || target === null || event === null) {
      throw new InputError("eval.petrarch-record", where, "<EventCoding> needs sourcecode, targetcode and eventcode");
    }
    expected.push({ source: source.trim(), target: target.trim(), event: event.trim() });
  }
  // A record with no <EventCoding> at all (PATTERN-06) expects nothing, like noevents="True".
  if (expected.length === 0 && error === null) noEvents = true;
  return {
    id,
    category: element.getAttribute("category")?.trim() || "UNKNOWN",
    date: `${date[1]}-${date[2]}-${date[3]}`,
    text,
    sentence: (element.getAttribute("sentence") ?? "true").trim().toLowerCase() !== "false",
    expected,
    noEvents,
    error,
    config,
  };
}

/**
 * A few record texts join a name with an underscore ("Dol_Amroth") where the record's parse, which
 * is what PETRARCH codes from, has two words; such joins are written as the parse has them.
 */
export function splitJoinedWords(text: string, parse: string): string {
  return text.replace(/\b([A-Za-z]+)_([A-Za-z]+)\b/g, (joined, first: string, second: string) =>
    new RegExp(`\\(\\S+ ${first}\\)\\s*\\(\\S+ ${second}\\)`).test(parse) ? `${first} ${second}` : joined,
  );
}
