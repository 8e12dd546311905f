// `sitrep search` and `sitrep events`: read what the store holds.
import { eventsToCsv } from "../../export/events.js";
import type { Modality } from "../../model/schema.js";
import type { DocumentStore, EventFilter } from "../../store/store.js";
import { EXIT, line, type CliIo } from "../io.js";
import { formatTable } from "../table.js";

export type OutputFormat = "table" | "csv" | "json";

export function searchCommand(
  query: string,
  options: { limit?: number; offset?: number; from?: string; to?: string; source?: string; format?: OutputFormat },
  store: DocumentStore,
  io: CliIo,
): number {
  const result = store.searchArticles({ query, ...options });
  if (options.format === "json") {
    line(io.stdout, JSON.stringify(result, null, 2));
  } else {
    line(
      io.stdout,
      formatTable(
        ["id", "published", "events", "title", "snippet"],
        result.hits.map((h) => [h.id, h.published, h.eventCount, h.title, h.snippet]),
        60,
      ),
    );
    line(io.stderr, `${result.hits.length} of ${result.total} articles`);
  }
  return EXIT.ok;
}

export interface EventsCommandOptions {
  actor?: string;
  source?: string;
  target?: string;
  dyad?: string;
  cameo?: string;
  plover?: string;
  quad?: number;
  from?: string;
  to?: string;
  country?: string;
  modality?: Modality;
  article?: string;
  limit?: number;
  offset?: number;
  format?: OutputFormat;
}

/** Map CLI options to a store filter. */
export function eventFilter(o: EventsCommandOptions): EventFilter {
  const dyad = o.dyad ? o.dyad.split(/[,:]/).map((s) => s.trim().toUpperCase()) : undefined;
  return {
    actor: o.actor?.toUpperCase(),
    source: o.source?.toUpperCase(),
    target: o.target?.toUpperCase(),
    dyad: dyad && dyad.length === 2 ? [dyad[0], dyad[1]] : undefined,
    cameo: o.cameo,
    ploverType: o.plover?.toUpperCase(),
    quadClass: o.quad,
    from: o.from,
    to: o.to,
    locationCountry: o.country?.toUpperCase(),
    modality: o.modality,
    articleId: o.article,
    limit: o.limit,
    offset: o.offset,
  };
}

export function eventsCommand(options: EventsCommandOptions, store: DocumentStore, io: CliIo): number {
  const { total, events } = store.listEvents(eventFilter(options));
  if (options.format === "json") line(io.stdout, JSON.stringify({ total, events }, null, 2));
  else if (options.format === "csv") io.stdout.write(eventsToCsv(events));
  else {
    line(
      io.stdout,
      formatTable(
        ["date", "source", "cameo", "target", "plover", "where", "trigger", "article"],
        events.map((e) => [
          e.date?.value,
          e.source?.code ?? e.source?.text,
          `${e.cameo.code} ${e.cameo.label}`,
          e.target?.code ?? e.target?.text,
          e.plover?.type,
          e.location?.name,
          e.trigger.text,
          e.articleId,
        ]),
        32,
      ),
    );
    line(io.stderr, `${events.length} of ${total} events`);
  }
  return EXIT.ok;
}
