import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDocumentOffsets } from "../model/offsets.js";
import type { Document } from "../model/schema.js";
import { runCli } from "./cli.js";

const SCRAPED = [
  "IranIraqAli Khamenei",
  "",
  "Iran and Iraq sign a defence pact in Tehran",
  "",
  "The defence ministers of Iran and Iraq met in Tehran on Sunday and signed a pact.",
  "",
  "“This pact will bring security,” the Iraqi minister said.",
  "",
  "Back to top button",
].join("\n");

const ROOT = resolve(import.meta.dirname, "..", "..");
let dir: string;

async function run(args: string[], stdin?: string, waitForStop?: (out: () => string) => Promise<void>): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    readStdin: async () => Buffer.from(stdin ?? ""),
    cwd: dir,
    waitForStop: waitForStop ? () => waitForStop(() => out) : undefined,
  });
  return { code, out, err };
}

function countArticles(db: string): number {
  const d = new BetterSqlite3(join(dir, db), { readonly: true });
  try {
    return (d.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
  } finally {
    d.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-cli-"));
  writeFileSync(join(dir, "scraped.txt"), SCRAPED);
  writeFileSync(
    join(dir, "batch.jsonl"),
    ['{"id":"w-1","text":"Russia and Ukraine held talks in Geneva.","published":"2021-03-01"}', '{"id":"w-2","text":"Turkey shelled positions near the border."}'].join("\n"),
  );
  mkdirSync(join(dir, "mixed"));
  writeFileSync(join(dir, "mixed", "a.txt"), SCRAPED);
  writeFileSync(join(dir, "mixed", "b.jsonl"), '{"id":"m-1","text":"China and Japan met in Tokyo."}\n');
  const warc = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nHTTP/1.1 200 OK\r\n" + "x".repeat(400);
  writeFileSync(join(dir, "mixed", "c-cut.warc.gz"), gzipSync(warc).subarray(0, 40));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sitrep annotate", () => {
  it("prints one article as JSON with title, tags, body and valid sentence spans", async () => {
    const { code, out } = await run(["annotate", "scraped.txt", "--published", "2020-11-15"]);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as Document;
    expect(doc).toMatchObject({ title: "Iran and Iraq sign a defence pact in Tehran", published: "2020-11-15", tags: ["Iran", "Iraq", "Ali Khamenei"] });
    expect(doc.text).not.toContain("Back to top");
    expect(doc.tokens).toBeUndefined();
    expect(doc.sentences.length).toBeGreaterThanOrEqual(2);
    expect(() => checkDocumentOffsets({ ...doc, tokens: [] })).not.toThrow();
  });

  it("prints JSONL for several articles and keeps each input id", async () => {
    const { code, out } = await run(["annotate", "batch.jsonl", "--tokens"]);
    expect(code).toBe(0);
    const lines = out.trim().split("\n").map((l) => JSON.parse(l) as Document);
    expect(lines.map((d) => d.id)).toEqual(["w-1", "w-2"]);
    expect(lines[0].published).toBe("2021-03-01");
    expect(lines[0].tokens!.length).toBeGreaterThan(5);
  });

  it("reads stdin for -", async () => {
    const { code, out } = await run(["annotate", "-", "--format", "jsonl"], "Egypt and Sudan signed a water deal.");
    expect(code).toBe(0);
    expect(JSON.parse(out).text).toBe("Egypt and Sudan signed a water deal.");
  });

  it("rejects a malformed date with a usage error naming the option", async () => {
    const { code, err } = await run(["annotate", "scraped.txt", "--published", "15/11/2020"]);
    expect(code).toBe(2);
    expect(err).toMatch(/--published.*YYYY-MM-DD/);
  });
});

describe("sitrep ingest", () => {
  it("stores articles once: a second run adds nothing", async () => {
    const first = await run(["ingest", "scraped.txt", "batch.jsonl", "--db", "once.db"]);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/read 3 articles: 3 new/);
    const second = await run(["ingest", "scraped.txt", "batch.jsonl", "--db", "once.db"]);
    expect(second.err).toMatch(/read 3 articles: 0 new, 3 already stored/);
    expect(countArticles("once.db")).toBe(3);
  });

  it("names a truncated .warc.gz, ingests the rest and exits 1", async () => {
    const { code, err } = await run(["ingest", "mixed", "--db", "mixed.db"]);
    expect(code).toBe(1);
    expect(err).toMatch(/c-cut\.warc\.gz\S*: .*(truncated|gzip)/i);
    expect(err).toMatch(/2 new, .* 1 failed/);
    expect(countArticles("mixed.db")).toBe(2);
  });

  it("--workers 2 stores the same events as one thread, and a re-run adds nothing", async () => {
    const events = (db: string) => {
      const d = new BetterSqlite3(join(dir, db), { readonly: true });
      try {
        return d.prepare("SELECT article_id, id, source_code, target_code, cameo_code, date_value, location_name FROM events ORDER BY 1, 2").all();
      } finally {
        d.close();
      }
    };
    await run(["ingest", "scraped.txt", "batch.jsonl", "mixed", "--db", "serial.db"]);
    const parallel = await run(["ingest", "scraped.txt", "batch.jsonl", "mixed", "--db", "parallel.db", "--workers", "2"]);
    expect(parallel.code).toBe(1);
    expect(parallel.err).toMatch(/c-cut\.warc\.gz\S*: .*(truncated|gzip)/i);
    expect(parallel.err).toMatch(/read 5 articles: 4 new, 1 already stored, 0 re-annotated, 1 failed/);
    expect(events("parallel.db").length).toBeGreaterThan(0);
    expect(events("parallel.db")).toEqual(events("serial.db"));
    const again = await run(["ingest", "scraped.txt", "batch.jsonl", "--db", "parallel.db", "--workers", "2"]);
    expect(again.err).toMatch(/read 3 articles: 0 new, 3 already stored/);
    expect(countArticles("parallel.db")).toBe(4);
  }, 60_000);

  it("exits 3 when nothing at all can be read", async () => {
    const { code, err } = await run(["ingest", "no-such-file.txt", "--db", "none.db"]);
    expect(code).toBe(3);
    expect(err).toMatch(/no-such-file\.txt: no such file/);
  });
});

describe("sitrep search, events and schema", () => {
  it("finds stored articles by words", async () => {
    await run(["ingest", "scraped.txt", "--db", "q.db"]);
    const { code, out } = await run(["search", "defence", "pact", "--db", "q.db", "--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(out).hits[0].title).toBe("Iran and Iraq sign a defence pact in Tehran");
  });

  it("prints events as CSV with a header", async () => {
    await run(["ingest", "scraped.txt", "--db", "q.db"]);
    const { code, out } = await run(["events", "--db", "q.db", "--format", "csv"]);
    expect(code).toBe(0);
    expect(out.split("\r\n")[0]).toMatch(/^article_id,event_id,date,/);
    expect(out.split("\r\n")[0].split(",")).toEqual(expect.arrayContaining(["location_point", "location_feature_type"]));
  });

  it("prints each event location's feature type in JSON", async () => {
    await run(["ingest", "scraped.txt", "--db", "q.db"]);
    const { out } = await run(["events", "--db", "q.db", "--format", "json"]);
    const located = (JSON.parse(out).events as { location: { name: string; featureType: string | null } | null }[]).flatMap((e) => (e.location ? [e.location] : []));
    expect(located.length).toBeGreaterThan(0);
    expect(located.find((l) => l.name === "Tehran")).toMatchObject({ featureType: "city" });
  });

  it("rejects an invalid quad class", async () => {
    const { code, err } = await run(["events", "--db", "q.db", "--quad", "7"]);
    expect(code).toBe(2);
    expect(err).toMatch(/--quad/);
  });

  it("prints the wire format's JSON Schema", async () => {
    const { out } = await run(["schema"]);
    const schema = JSON.parse(out);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["events", "quotes", "times", "places", "provenance"]));
    expect(schema.properties.events.items.properties.cameo.required).toEqual(["code", "label", "goldstein", "quadClass"]);
  });
});

describe("sitrep explain, actors and serve", () => {
  it("explains each sentence: chunks, verbs and why there is or is no event", async () => {
    const { code, out } = await run(["explain", "scraped.txt", "--sentence", "0"]);
    expect(code).toBe(0);
    expect(out).toMatch(/Sentence 0: The defence ministers of Iran and Iraq met in Tehran on Sunday/);
    expect(out).toMatch(/chunks: \[NP The defence ministers of Iran\] and \[NP Iraq\] \[VG met\]/);
    expect(out).toMatch(/EVENT 040 .*IRNGOVMIL .*→ IRQGOVMIL/);
    expect(out).toMatch(/rule cameo2:MEET_PEOPLE/);
    expect(out).not.toMatch(/Sentence 1:/);
  });

  it("layers a user's own pattern file over the dictionary, and names its rule", async () => {
    writeFileSync(join(dir, "snub.txt"), "Iran snubbed Iraq at the summit on Monday.\n");
    writeFileSync(join(dir, "mine.patterns"), "--- SNUB [111] ---\nSNUB {SNUBS SNUBBED SNUBBING}\n- * + (AT SUMMIT) [112]\n");
    const plain = JSON.parse((await run(["annotate", "snub.txt"])).out) as Document;
    expect(plain.events.some((e) => e.rule.startsWith("user:"))).toBe(false);
    const mine = JSON.parse((await run(["annotate", "snub.txt", "--patterns", "mine.patterns"])).out) as Document;
    expect(mine.events).toMatchObject([{ cameo: { code: "112" }, rule: "user:SNUB:1", source: { code: "IRN" }, target: { code: "IRQ" } }]);
  });

  it("corrects and lists the actor registry", async () => {
    const set = await run(["actors", "--db", "reg.db", "--set", "Juma Khattab", "--code", "irqgovmil", "--title", "Defence Minister"]);
    expect(set.code).toBe(0);
    const { out } = await run(["actors", "khattab", "--db", "reg.db", "--format", "json"]);
    expect(JSON.parse(out)).toMatchObject([{ name: "Juma Khattab", code: "IRQGOVMIL", sectors: ["GOV", "MIL"], basis: "analyst" }]);
    const bad = await run(["actors", "--db", "reg.db", "--set", "X Y", "--code", "IR"]);
    expect(bad.code).toBe(2);
  });

  it("learns a person's role from one article and codes the bare surname in the next", async () => {
    writeFileSync(join(dir, "first.txt"), "Iraq’s Defense Minister Lieutenant General Adnan Qasimi arrived in Tehran on Sunday for talks with Iranian officials.\n");
    writeFileSync(join(dir, "second.txt"), "Qasimi accused Turkey of violating Iraqi airspace on Monday.\n");
    await run(["ingest", "first.txt", "--db", "learn.db", "--published", "2021-03-01"]);
    const listed = await run(["actors", "--db", "learn.db", "--format", "json"]);
    expect(JSON.parse(listed.out)).toMatchObject([{ name: "Adnan Qasimi", code: "IRQGOVMIL", basis: "role" }]);
    await run(["ingest", "second.txt", "--db", "learn.db", "--published", "2021-03-02"]);
    const { out } = await run(["events", "--db", "learn.db", "--cameo", "112", "--format", "json"]);
    expect(JSON.parse(out).events).toMatchObject([{ source: { code: "IRQGOVMIL", text: "Qasimi" }, target: { code: "TUR" } }]);
  });

  it("serves the API on a free port until told to stop", async () => {
    await run(["ingest", "scraped.txt", "--db", "served.db"]);
    let stats: unknown = null;
    const { code } = await run(["serve", "--db", "served.db", "--port", "0"], undefined, async (out) => {
      const url = /on (http:\/\/\S+\/)/.exec(out())![1];
      stats = await (await fetch(`${url}api/stats`)).json();
    });
    expect(code).toBe(0);
    expect(stats).toMatchObject({ articles: 1 });
  });
});

describe("the sitrep executable", () => {
  const bin = ["--import", "tsx", join(ROOT, "src", "cli", "main.ts")];

  it("runs as a process: reads stdin, prints JSON, exits 0", () => {
    const r = spawnSync(process.execPath, [...bin, "annotate", "-"], { input: "Iran and Iraq met.", encoding: "utf8", cwd: ROOT });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).sentences).toEqual([{ start: 0, end: 18 }]);
  });

  it("loses nothing committed when killed mid-ingest, and a re-run completes without duplicates", async () => {
    const many = join(dir, "many.jsonl");
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `k-${i}`, text: `Report ${i}: the army of Country${i} met envoys in City${i} on Sunday. ${"More words. ".repeat(40)}` }));
    writeFileSync(many, lines.join("\n"));
    const db = join(dir, "killed.db");
    const child = spawn(process.execPath, [...bin, "ingest", many, "--db", db, "--quiet"], { cwd: ROOT, stdio: "ignore" });
    const seen = await new Promise<number>((done) => {
      const poll = setInterval(() => {
        try {
          const n = countArticles("killed.db");
          if (n >= 20) {
            child.kill("SIGKILL");
            clearInterval(poll);
            done(n);
          }
        } catch {
          // the database file or its tables may not exist yet
        }
      }, 10);
    });
    await new Promise((r) => child.once("exit", r));
    const afterKill = countArticles("killed.db");
    expect(afterKill).toBeGreaterThanOrEqual(seen);
    expect(afterKill).toBeLessThan(400);
    const rerun = await run(["ingest", many, "--db", "killed.db", "--quiet"]);
    expect(rerun.code).toBe(0);
    expect(countArticles("killed.db")).toBe(400);
    const check = new BetterSqlite3(db, { readonly: true });
    expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
    check.close();
  });
});
