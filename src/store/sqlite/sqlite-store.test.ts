import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { describeStoreContract } from "../store-contract.js";
import { ftsQuery, openSqliteStore } from "./sqlite-store.js";
import { sampleDocument } from "../../testing/fixtures.js";

describeStoreContract("sqlite (memory)", () => openSqliteStore(":memory:"));

describe("sqlite store on disk", () => {
  it("keeps committed articles across reopen and migrates once", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-store-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, "t.db");
    const first = openSqliteStore(path);
    first.putDocument(sampleDocument());
    first.close();
    const again = openSqliteStore(path);
    expect(again.stats().articles).toBe(1);
    expect(again.db.pragma("user_version", { simple: true })).toBe(6);
    expect(again.db.pragma("journal_mode", { simple: true })).toBe("wal");
    again.close();
  });
});

describe("ftsQuery", () => {
  it("quotes terms so user syntax cannot break the query", () => {
    expect(ftsQuery('Iran "OR ( drone*')).toBe('"Iran" "OR" "drone"*');
  });
});
