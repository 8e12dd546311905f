import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { MIGRATIONS, migrate } from "./migrations.js";

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

    expect(migrate(db)).toEqual([5]);
    expect(db.prepare(`SELECT point FROM places ORDER BY idx`).all()).toEqual([{ point: "own" }, { point: "container" }, { point: "beside" }, { point: null }]);
    expect(db.prepare(`SELECT location_point FROM events`).get()).toEqual({ location_point: "beside" });
    db.close();
  });
});
