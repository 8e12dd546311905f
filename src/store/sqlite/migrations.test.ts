import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it, onTestFinished } from "vitest";
import { MIGRATIONS, migrate } from "./migrations.js";
import { openSqliteStore } from "./sqlite-store.js";

describe("migration 5: whose point a place has", () => {
  it("fills rows stored before from their coordinates and the places stage's container-point diagnostics", () => {
    const db = new Database(":memory:");
    migrate(db, MIGRATIONS.filter((m) => m.version <= 4));
    db.prepare(`INSERT INTO articles (id, hash, text, provenance) VALUES ('a', 'h', 'text', '{}')`).run();
    const place = db.prepare(`INSERT INTO places (article_id, idx, start, "end", text, name, country, lat, lon, feature_type) VALUES ('a', ?, ?, ?, 'x', 'x', NULL, ?, ?, NULL)`);
    place.run(0, 0, 4, 35.7, 51.4); // a gazetteer record
    place.run(1, 5, 9, 31.2, -99.2); // placed at its container
    place.run(2, 10, 14, 49.2, -123.1); // placed beside a town
    place.run(3, 15, 19, null, null); // unknown
    const note = db.prepare(`INSERT INTO diagnostics (article_id, idx, code, message, severity, stage, start, "end") VALUES ('a', ?, 'places.container-point', ?, 'info', 'places', ?, ?)`);
    note.run(0, `no gazetteer entry for "x" in Texas: placed at Texas, which contains it`, 5, 9);
    note.run(1, `no gazetteer entry for "x" in Vancouver: placed at Vancouver, which it lies near`, 10, 14);
    db.prepare(
      `INSERT INTO events (article_id, id, sentence, trigger_start, trigger_end, trigger_text, cameo_code, cameo_root, cameo_label, modality, negated, rule, confidence,
        location_name, location_lat, location_lon, location_start, location_end)
       VALUES ('a', 'e1', 0, 0, 1, 't', '190', '19', 'fight', 'asserted', 0, 'r', 1, 'x', 49.2, -123.1, 10, 14)`,
    ).run();

    expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 5))).toEqual([5]);
    expect(db.prepare(`SELECT point FROM places ORDER BY idx`).all()).toEqual([{ point: "own" }, { point: "container" }, { point: "beside" }, { point: null }]);
    expect(db.prepare(`SELECT location_point FROM events`).get()).toEqual({ location_point: "beside" });
    db.close();
  });
});

describe("migration 6: an event location's feature type", () => {
  it("keeps every event row, takes the type of the stored place on the same span, and leaves the rest null", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-migrate-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, "old.db");
    const db = new Database(path);
    migrate(db, MIGRATIONS.filter((m) => m.version <= 5));
    db.prepare(`INSERT INTO articles (id, hash, text, provenance) VALUES ('a', 'h', 'Texas Tehran somewhere', '{"sitrep":"old","stages":[],"resources":{}}')`).run();
    const place = db.prepare(`INSERT INTO places (article_id, idx, start, "end", text, name, country, lat, lon, feature_type, point) VALUES ('a', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'own')`);
    place.run(0, 0, 5, "Texas", "Texas", "USA", 31.2, -99.2, "admin1");
    place.run(1, 6, 12, "Tehran", "Tehran", "IRN", 35.69, 51.42, "city");
    const event = db.prepare(
      `INSERT INTO events (article_id, id, sentence, trigger_start, trigger_end, trigger_text, cameo_code, cameo_root, cameo_label, modality, negated, rule, confidence,
        location_name, location_country, location_lat, location_lon, location_start, location_end, location_inherited, location_point)
       VALUES ('a', ?, 0, 0, 1, 't', '190', '19', 'fight', 'asserted', 0, 'r', 1, ?, ?, ?, ?, ?, ?, 0, ?)`,
    );
    event.run("e1", "Texas", "USA", 31.2, -99.2, 0, 5, "own");
    event.run("e2", "Tehran", "IRN", 35.69, 51.42, 6, 12, "own");
    event.run("e3", "somewhere", null, null, null, 13, 22, null); // no stored place on this span
    event.run("e4", null, null, null, null, null, null, null); // no location at all
    db.close();

    const store = openSqliteStore(path);
    onTestFinished(() => store.close());
    expect(store.db.pragma("user_version", { simple: true })).toBe(6);
    const { total, events } = store.listEvents({ articleId: "a" });
    expect(total).toBe(4);
    const types = Object.fromEntries(events.map((e) => [e.id, e.location ? e.location.featureType : "no location"]));
    expect(types).toEqual({ e1: "admin1", e2: "city", e3: null, e4: "no location" });
    // Applied once: opening again runs nothing and duplicates nothing.
    expect(migrate(store.db)).toEqual([]);
    expect(store.listEvents({ articleId: "a" }).total).toBe(4);
  });
});
