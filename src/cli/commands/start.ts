// `sitrep start` (what `npm start` runs): ingest the examples into the default database if it is
// empty, then say what was found and where to look next.
import type { Annotator } from "../../annotator.js";
import type { DocumentStore } from "../../store/store.js";
import { EXIT, line, type CliIo } from "../io.js";
import { formatTable } from "../table.js";
import { formatIngestSummary, ingest } from "./ingest.js";

export async function startCommand(
  options: { db: string; examples: string },
  store: DocumentStore,
  makeAnnotator: () => Annotator,
  io: CliIo,
): Promise<number> {
  let failed = 0;
  if (store.stats().articles === 0) {
    line(io.stderr, `Ingesting the examples in ${options.examples} into ${options.db} …`);
    const summary = await ingest([options.examples], {}, store, makeAnnotator(), io);
    failed = summary.failed;
    line(io.stderr, formatIngestSummary(summary, options.db));
  }
  const stats = store.stats();
  line(
    io.stdout,
    `${options.db}: ${stats.articles} articles, ${stats.events} events, ${stats.actors} actors, ${stats.entities} entities, ` +
      `${stats.quotes} quotes, ${stats.places} places, ${stats.times} time expressions`,
  );
  const recent = store.listEvents({ limit: 10 });
  if (recent.events.length) {
    line(io.stdout, "\nLatest events:");
    line(
      io.stdout,
      formatTable(
        ["date", "source", "event", "target", "where"],
        recent.events.map((e) => [e.date?.value, e.source?.code ?? e.source?.text, `${e.cameo.code} ${e.cameo.label}`, e.target?.code ?? e.target?.text, e.location?.name]),
        36,
      ),
    );
  }
  line(io.stdout, "\nNext:");
  line(io.stdout, `  npx sitrep search "Iran Iraq" --db ${options.db}        full-text search`);
  line(io.stdout, `  npx sitrep events --dyad IRN,IRQ --db ${options.db}     events between two countries`);
  line(io.stdout, `  npx sitrep annotate examples/<file> --format pretty     annotate one article`);
  line(io.stdout, `  sqlite3 ${options.db} 'select * from events limit 5'    the tables are plain SQL`);
  return failed === 0 ? EXIT.ok : EXIT.partial;
}
