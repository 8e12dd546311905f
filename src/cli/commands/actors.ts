// `sitrep actors`: list the actor registry (people coded from their roles) and correct entries.
import type { SqliteStore } from "../../store/sqlite/sqlite-store.js";
import { EXIT, line, type CliIo } from "../io.js";
import { formatTable } from "../table.js";

export interface ActorsCommandOptions {
  set?: string;
  code?: string;
  title?: string;
  limit?: number;
  format?: "table" | "json";
}

export function actorsCommand(query: string | undefined, options: ActorsCommandOptions, store: SqliteStore, io: CliIo): number {
  if (options.set) {
    if (!options.code && options.title === undefined) {
      line(io.stderr, "sitrep: --set needs --code and/or --title");
      return EXIT.usage;
    }
    const code = options.code?.toUpperCase();
    if (code && !/^([A-Z]{3})+$/.test(code)) {
      line(io.stderr, `sitrep: --code "${options.code}" is not a CAMEO actor code (three-letter groups, e.g. IRQGOV)`);
      return EXIT.usage;
    }
    const entry = store.registry.correct(options.set, { code, title: options.title });
    line(io.stdout, `${entry.name}: ${entry.code ?? "—"} (${entry.title ?? "no title"}), set by analyst`);
    return EXIT.ok;
  }
  const entries = store.registry.list(query ?? "", options.limit ?? 100);
  if (options.format === "json") line(io.stdout, JSON.stringify(entries, null, 2));
  else {
    line(
      io.stdout,
      formatTable(
        ["name", "code", "title", "first seen", "last seen", "basis", "source article"],
        entries.map((e) => [e.name, e.code, e.title, e.firstSeen, e.lastSeen, e.basis, e.sourceArticle]),
        48,
      ),
    );
    line(io.stderr, `${entries.length} registry entries`);
  }
  return EXIT.ok;
}
