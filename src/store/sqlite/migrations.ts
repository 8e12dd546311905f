// Versioned schema migrations for the SQLite store; each runs once, in order, in a transaction.
import type { Database } from "better-sqlite3";

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "articles with FTS5, annotation tables",
    sql: `
      CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL UNIQUE,
        url TEXT, title TEXT, published TEXT, source TEXT,
        tags TEXT NOT NULL DEFAULT '[]',
        text TEXT NOT NULL,
        provenance TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
      );
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_source ON articles(source);
      CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2');
      CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;

      CREATE TABLE sentences (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)
      ) WITHOUT ROWID;

      CREATE TABLE actors (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, code TEXT, country TEXT,
        sectors TEXT NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL, mentions TEXT NOT NULL, basis TEXT,
        PRIMARY KEY (article_id, id)
      ) WITHOUT ROWID;
      CREATE INDEX actors_code ON actors(code);
      CREATE INDEX actors_name ON actors(name);

      CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        type TEXT NOT NULL, actor_id TEXT,
        PRIMARY KEY (article_id, id)
      ) WITHOUT ROWID;
      CREATE INDEX entities_text ON entities(text);

      CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        id TEXT NOT NULL, sentence INTEGER NOT NULL,
        trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
        source_actor_id TEXT, source_code TEXT, source_text TEXT, source_start INTEGER, source_end INTEGER,
        target_actor_id TEXT, target_code TEXT, target_text TEXT, target_start INTEGER, target_end INTEGER,
        cameo_code TEXT NOT NULL, cameo_root TEXT NOT NULL, cameo_label TEXT NOT NULL, goldstein REAL, quad_class INTEGER,
        plover_type TEXT, plover_mode TEXT, plover_context TEXT,
        modality TEXT NOT NULL, negated INTEGER NOT NULL,
        date_value TEXT, date_precision TEXT, date_text TEXT, date_inherited INTEGER,
        location_name TEXT, location_country TEXT, location_lat REAL, location_lon REAL, location_text TEXT,
        location_start INTEGER, location_end INTEGER, location_inherited INTEGER,
        rule TEXT NOT NULL, confidence REAL NOT NULL,
        PRIMARY KEY (article_id, id)
      ) WITHOUT ROWID;
      CREATE INDEX events_source ON events(source_code);
      CREATE INDEX events_target ON events(target_code);
      CREATE INDEX events_cameo ON events(cameo_code);
      CREATE INDEX events_date ON events(date_value);
      CREATE INDEX events_location ON events(location_country);

      CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
        speaker_actor_id TEXT, speaker_name TEXT, speaker_start INTEGER, speaker_end INTEGER,
        cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
        PRIMARY KEY (article_id, id)
      ) WITHOUT ROWID;

      CREATE TABLE times (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        value TEXT, precision TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
      ) WITHOUT ROWID;

      CREATE TABLE places (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        name TEXT NOT NULL, country TEXT, lat REAL, lon REAL, feature_type TEXT,
        PRIMARY KEY (article_id, idx)
      ) WITHOUT ROWID;

      CREATE TABLE diagnostics (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, severity TEXT NOT NULL,
        stage TEXT, start INTEGER, "end" INTEGER,
        PRIMARY KEY (article_id, idx)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    description: "actor mentions (names, pronouns, descriptions)",
    sql: `
      CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        kind TEXT NOT NULL, actor_id TEXT NOT NULL, entity_id TEXT,
        PRIMARY KEY (article_id, id)
      ) WITHOUT ROWID;
      CREATE INDEX mentions_actor ON mentions(article_id, actor_id);
      ALTER TABLE actors ADD COLUMN members TEXT NOT NULL DEFAULT '[]';
    `,
  },
  {
    version: 3,
    description: "actor registry: people coded from their roles, kept across articles",
    sql: `
      CREATE TABLE actor_registry (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        family_key TEXT NOT NULL,
        code TEXT, country TEXT, sectors TEXT NOT NULL DEFAULT '[]', title TEXT,
        first_seen TEXT, last_seen TEXT, source_article TEXT,
        basis TEXT NOT NULL CHECK (basis IN ('role', 'analyst'))
      );
      CREATE INDEX actor_registry_family ON actor_registry(family_key);
    `,
  },
  {
    version: 4,
    description: "covering indexes for dyad, actor, date, event-type and map queries (measured by bench/api.ts at 1M events)",
    sql: `
      CREATE INDEX events_source_cover ON events(source_code, target_code, date_value, quad_class, goldstein, cameo_code);
      CREATE INDEX events_target_cover ON events(target_code, source_code, date_value, quad_class, goldstein, cameo_code);
      -- codes last: with ANALYZE statistics SQLite otherwise skip-scans dates for code ranges
      CREATE INDEX events_date_cover ON events(date_value, quad_class, goldstein, cameo_code, source_code, target_code);
      CREATE INDEX events_cameo_goldstein ON events(cameo_code, goldstein);
      CREATE INDEX events_place ON events(location_name, location_country, location_lat, location_lon, quad_class, date_value, cameo_code)
        WHERE location_lat IS NOT NULL;
      DROP INDEX events_source;
      DROP INDEX events_target;
      DROP INDEX events_date;
      DROP INDEX events_cameo;
    `,
  },
  {
    version: 5,
    description: "whose point a place's coordinates are (own, container, beside, country; null without coordinates)",
    // Rows stored before are filled from what they kept: no coordinates → null; the places stage's
    // container-point diagnostic on the same span → beside or container (a country's point cannot be
    // told from a containing town's there, so it reads as container); anything else → own.
    sql: `
      ALTER TABLE places ADD COLUMN point TEXT;
      UPDATE places SET point = CASE
        WHEN lat IS NULL THEN NULL
        ELSE coalesce((
          SELECT CASE WHEN d.message LIKE '%which it lies near' THEN 'beside' ELSE 'container' END
          FROM diagnostics d
          WHERE d.article_id = places.article_id AND d.code = 'places.container-point' AND d.start = places.start AND d."end" = places."end"
          LIMIT 1), 'own')
      END;
      ALTER TABLE events ADD COLUMN location_point TEXT;
      UPDATE events SET location_point = CASE
        WHEN location_lat IS NULL THEN NULL
        ELSE coalesce((
          SELECT p.point FROM places p
          WHERE p.article_id = events.article_id AND p.start = events.location_start AND p."end" = events.location_end
          LIMIT 1), 'own')
      END
      WHERE location_name IS NOT NULL;
    `,
  },
  {
    version: 6,
    description: "an event location's gazetteer feature type (country, admin1, city …), and the map index covering point and type",
    // Rows stored before take the feature type of the stored place on the same span (event locations
    // are built from the article's places, inherited ones included); a location with no such place
    // keeps null rather than a guess.
    sql: `
      ALTER TABLE events ADD COLUMN location_feature_type TEXT;
      UPDATE events SET location_feature_type = (
          SELECT p.feature_type FROM places p
          WHERE p.article_id = events.article_id AND p.start = events.location_start AND p."end" = events.location_end
          LIMIT 1)
      WHERE location_name IS NOT NULL;
      DROP INDEX events_place;
      CREATE INDEX events_place ON events(location_name, location_country, location_lat, location_lon, location_point, location_feature_type,
        quad_class, date_value, cameo_code)
        WHERE location_lat IS NOT NULL;
    `,
  },
];

/** Apply every migration newer than the database's user_version; returns the versions applied. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = db.pragma("user_version", { simple: true }) as number;
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
