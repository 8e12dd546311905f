// The command line: parses arguments with commander and calls plain functions; nothing else lives here.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { createAnnotator, type Annotator } from "../annotator.js";
import { createAnnotatorPool } from "../parallel/pool.js";
import { documentJsonSchema } from "../model/schema.js";
import { EXAMPLES_DIR } from "../paths.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import { SITREP_VERSION } from "../version.js";
import { annotateCommand } from "./commands/annotate.js";
import { explainCommand } from "./commands/explain.js";
import { loadNerModel, tagConll } from "../stages/entities/index.js";
import { parseVerbDictionary } from "../resources/build/verb-dictionary.js";
import type { VerbDictionary } from "../resources/index.js";
import { ingestCommand } from "./commands/ingest.js";
import { eventsCommand, searchCommand } from "./commands/query.js";
import { startCommand } from "./commands/start.js";
import { actorsCommand } from "./commands/actors.js";
import { serveCommand } from "./commands/serve.js";
import type { SqliteStore } from "../store/sqlite/sqlite-store.js";
import { EXIT, line, type CliIo } from "./io.js";

const DEFAULT_DB = process.env.SITREP_DB ?? "sitrep.db";

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number ≥ 0, got "${value}"`);
  return n;
}

function quadClass(value: string): number {
  const n = Number(value);
  if (![1, 2, 3, 4].includes(n)) throw new InvalidArgumentError(`expected 1, 2, 3 or 4, got "${value}"`);
  return n;
}

const EXIT_CODES_HELP = `
Exit codes:
  0  everything was read and processed
  1  some inputs failed (each is named on stderr); the rest was processed
  2  bad command line
  3  nothing could be processed (no readable input, unusable database)`;

/** Run the CLI with `argv` (without node and script); returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  let annotator: Annotator | null = null;
  let patterns: VerbDictionary | undefined;
  const getAnnotator = () => (annotator ??= createAnnotator({ patterns }));
  // With a database, people learned from earlier articles (the registry) help code new ones.
  const annotatorFor = (store: SqliteStore) => () => (annotator ??= createAnnotator({ registry: store.registry, patterns }));
  // --patterns FILE: a user's CAMEO-format verb patterns, layered over sitrep's.
  const readPatterns = (file: string | undefined) => {
    if (!file) return;
    const parsed = parseVerbDictionary(readCliFile(io, file), { source: "user" });
    for (const d of parsed.diagnostics) line(io.stderr, `sitrep: ${file}${d.line ? `:${d.line}` : ""}: ${d.message}`);
    patterns = parsed.value;
  };
  const withStore = async (db: string, fn: (store: SqliteStore) => number | Promise<number>) => {
    const store = openSqliteStore(resolve(io.cwd ?? process.cwd(), db));
    try {
      return await fn(store);
    } finally {
      store.close();
    }
  };

  const program = new Command("sitrep")
    .description("Political event data from news articles: who did what to whom, when, where, and who said so.")
    .version(SITREP_VERSION)
    .addHelpText("after", EXIT_CODES_HELP)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });

  const readerOptions = (cmd: Command) =>
    cmd
      .option("--published <date>", "publication date (YYYY-MM-DD) for inputs that lack one", isoDate)
      .option("--url <url>", "URL for inputs that lack one")
      .option("--source <name>", "source name for inputs that lack one")
      .option("--patterns <file>", "your own verb patterns (CAMEO dictionary format), layered over sitrep's");

  readerOptions(
    program
      .command("annotate")
      .description("annotate articles (files, directories, globs, or - for stdin) and print JSON")
      .argument("<inputs...>", "files, directories, globs, or -")
      .addOption(new Option("--format <format>", "json (one article) / jsonl (several) / pretty").choices(["json", "jsonl", "pretty"]))
      .option("--tokens", "include tokens with POS and lemma"),
  ).action(async (inputs: string[], opts) => {
    readPatterns(opts.patterns);
    exitCode = await annotateCommand(inputs, opts, io, getAnnotator());
  });

  readerOptions(
    program
      .command("ingest")
      .description("annotate articles and store them in the database (re-running adds nothing twice)")
      .argument("<inputs...>", "files, directories, globs, or -")
      .option("--db <file>", "SQLite database file", DEFAULT_DB)
      .option("--reannotate", "re-annotate stored articles whose pipeline version changed")
      .option("--workers <n>", "annotate on n threads at once (each loads its own resources, ~0.3 GB)", positiveInt, 1)
      .option("--quiet", "no progress bar"),
  ).action(async (inputs: string[], opts) => {
    readPatterns(opts.patterns);
    exitCode = await withStore(opts.db, async (store) => {
      if (opts.workers === 1) return ingestCommand(inputs, opts, store, annotatorFor(store)(), io);
      const pool = createAnnotatorPool({ workers: opts.workers, patterns, registryDb: store.path, withoutTokens: true });
      try {
        return await ingestCommand(inputs, opts, store, pool, io);
      } finally {
        await pool.close();
      }
    });
  });

  program
    .command("search")
    .description("full-text search over stored articles")
    .argument("<query...>", "words to search for (prefix* allowed)")
    .option("--db <file>", "SQLite database file", DEFAULT_DB)
    .option("--from <date>", "published on or after", isoDate)
    .option("--to <date>", "published on or before", isoDate)
    .option("--source <name>", "only this source")
    .option("--limit <n>", "results per page (max 1000)", positiveInt, 20)
    .option("--offset <n>", "skip this many results", positiveInt, 0)
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .action(async (query: string[], opts) => {
      exitCode = await withStore(opts.db, (store) => searchCommand(query.join(" "), opts, store, io));
    });

  program
    .command("events")
    .description("list stored events, filtered")
    .option("--db <file>", "SQLite database file", DEFAULT_DB)
    .option("--actor <code>", "actor code or prefix on either side (IRN, IRNMIL)")
    .option("--source <code>", "source actor code or prefix")
    .option("--target <code>", "target actor code or prefix")
    .option("--dyad <a,b>", "events between two actor codes or prefixes, either direction")
    .option("--cameo <code>", "CAMEO code or prefix (04, 190)")
    .option("--plover <type>", "PLOVER event type (CONSULT, ASSAULT …)")
    .option("--quad <n>", "quad class 1–4", quadClass)
    .option("--from <date>", "event date on or after", isoDate)
    .option("--to <date>", "event date on or before", isoDate)
    .option("--country <iso3>", "country of the event location")
    .addOption(new Option("--modality <m>", "modality").choices(["asserted", "intended", "hypothetical", "reported"]))
    .option("--article <id>", "events of one article")
    .option("--limit <n>", "events per page (max 1000)", positiveInt, 100)
    .option("--offset <n>", "skip this many events", positiveInt, 0)
    .addOption(new Option("--format <format>", "output format").choices(["table", "csv", "json"]).default("table"))
    .action(async (opts) => {
      exitCode = await withStore(opts.db, (store) => eventsCommand(opts, store, io));
    });

  readerOptions(
    program
      .command("explain")
      .description("explain why each event was coded, and why a sentence gave none")
      .argument("<input>", "one article file, or - for stdin")
      .option("--sentence <n>", "only this sentence (0-based)", positiveInt),
  ).action(async (input: string, opts) => {
    readPatterns(opts.patterns);
    exitCode = await explainCommand(input, { ...opts, patterns }, io, getAnnotator());
  });

  program
    .command("ner")
    .description("tag CoNLL-format tokens: prints each line with a predicted IOB2 tag column appended")
    .requiredOption("--conll <file>", "CoNLL file (one token per line, blank lines between sentences)")
    .action((opts) => {
      io.stdout.write(tagConll(loadNerModel(), readCliFile(io, opts.conll)));
    });

  program
    .command("schema")
    .description("print the JSON Schema of the wire format")
    .action(() => {
      line(io.stdout, JSON.stringify(documentJsonSchema(), null, 2));
    });

  program
    .command("start")
    .description("ingest the bundled examples into the database if it is empty, then summarise")
    .option("--db <file>", "SQLite database file", DEFAULT_DB)
    .option("--examples <dir>", "articles to ingest into an empty database", EXAMPLES_DIR)
    .option("--port <n>", "port for the dashboard", positiveInt, Number(process.env.SITREP_PORT ?? 8080))
    .option("--host <host>", "interface to listen on", process.env.SITREP_HOST ?? "127.0.0.1")
    .option("--no-serve", "only ingest and summarise; do not start the dashboard")
    .action(async (opts) => {
      exitCode = await withStore(opts.db, async (store) => {
        const code = await startCommand(opts, store, annotatorFor(store), io);
        if (!opts.serve) return code;
        const served = await serveCommand({ port: opts.port, host: opts.host, token: process.env.SITREP_INGEST_TOKEN }, store, annotatorFor(store), io);
        return Math.max(code, served);
      });
    });

  program
    .command("serve")
    .description("serve the HTTP API and the dashboard (read-only unless an ingest token is set)")
    .option("--db <file>", "SQLite database file", DEFAULT_DB)
    .option("--port <n>", "port", positiveInt, Number(process.env.SITREP_PORT ?? 8080))
    .option("--host <host>", "interface to listen on", process.env.SITREP_HOST ?? "127.0.0.1")
    .option("--token <token>", "enable POST /api/articles with this bearer token (or SITREP_INGEST_TOKEN)", process.env.SITREP_INGEST_TOKEN)
    .action(async (opts) => {
      exitCode = await withStore(opts.db, (store) => serveCommand(opts, store, annotatorFor(store), io));
    });

  program
    .command("actors")
    .description("list the actor registry (people coded from their roles), or correct an entry")
    .argument("[query]", "part of a name")
    .option("--db <file>", "SQLite database file", DEFAULT_DB)
    .option("--set <name>", "correct (or add) the entry with this exact name")
    .option("--code <code>", "with --set: the CAMEO code (e.g. IRQGOVMIL)")
    .option("--title <title>", "with --set: the title or office")
    .option("--limit <n>", "entries to list", positiveInt, 100)
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .action(async (query: string | undefined, opts) => {
      exitCode = await withStore(opts.db, (store) => actorsCommand(query, opts, store, io));
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0
        ? EXIT.ok
        : EXIT.usage;
    }
    line(io.stderr, `sitrep: ${(error as Error).message}`);
    return EXIT.failed;
  }
  return exitCode;
}

/** Read a file relative to the CLI's cwd (small helper for commands that take one file). */
export function readCliFile(io: CliIo, path: string): string {
  return readFileSync(resolve(io.cwd ?? process.cwd(), path), "utf8");
}
