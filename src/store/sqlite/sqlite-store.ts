// The embedded default store: one SQLite file (WAL), annotations in real tables an analyst can query.
import BetterSqlite3, { type Database, type Statement } from "better-sqlite3";
import { SitrepError } from "../../model/errors.js";
import type { Actor, Document, Event, Place, Quote } from "../../model/schema.js";
import {
  MAX_PAGE,
  type ArticleHit,
  type ArticleSearch,
  type DocumentStore,
  type EventFilter,
  type EventRecord,
  type PutOptions,
  type PutOutcome,
  type StoreStats,
} from "../store.js";
import { migrate } from "./migrations.js";
import { ActorRegistry } from "./registry.js";

type Row = Record<string, unknown>;

const bool = (v: boolean | null | undefined): number | null => (v == null ? null : v ? 1 : 0);
const json = (v: unknown): string => JSON.stringify(v);

/** A code prefix as an index-friendly range: "IRN" matches "IRN" … "IRN\uffff" (LIKE cannot use the index). */
export function prefixRange(column: string, prefix: string): [string, string, string] {
  return [`(${column} >= ? AND ${column} < ?)`, prefix, prefix + "\uffff"];
}

/** Turn user text into a safe FTS5 query: quoted terms, implicit AND; keeps a trailing * for prefixes. */
export function ftsQuery(input: string): string {
  const terms = input.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*\*?/gu) ?? [];
  return terms
    .map((t) => (t.endsWith("*") ? `"${t.slice(0, -1).replace(/"/g, "")}"*` : `"${t.replace(/"/g, "")}"`))
    .join(" ");
}

function clampPage(limit: number | undefined, fallback: number): number {
  if (limit == null) return fallback;
  return Math.max(0, Math.min(MAX_PAGE, Math.floor(limit)));
}

export class SqliteStore implements DocumentStore {
  readonly db: Database;
  /** People coded from their roles in earlier articles; learned on every insert. */
  readonly registry: ActorRegistry;
  private readonly statements: Record<string, Statement>;

  constructor(readonly path: string) {
    try {
      this.db = new BetterSqlite3(path);
    } catch (error) {
      throw new SitrepError("store.open", `cannot open database ${path}: ${(error as Error).message}`, { cause: error });
    }
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("foreign_keys = ON");
    this.db.pragma("busy_timeout = 5000");
    migrate(this.db);
    this.registry = new ActorRegistry(this.db);
    const d = this.db;
    this.statements = {
      byHash: d.prepare("SELECT id, provenance FROM articles WHERE hash = ?"),
      byId: d.prepare("SELECT * FROM articles WHERE id = ?"),
      idForId: d.prepare("SELECT hash FROM articles WHERE id = ?"),
      deleteArticle: d.prepare("DELETE FROM articles WHERE id = ?"),
      insertArticle: d.prepare(
        `INSERT INTO articles (id, hash, url, title, published, source, tags, text, provenance)
         VALUES (@id, @hash, @url, @title, @published, @source, @tags, @text, @provenance)`,
      ),
      insertSentence: d.prepare(`INSERT INTO sentences (article_id, idx, start, "end") VALUES (?, ?, ?, ?)`),
      insertEntity: d.prepare(
        `INSERT INTO entities (article_id, id, start, "end", text, type, actor_id) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertActor: d.prepare(
        `INSERT INTO actors (article_id, idx, id, name, code, country, sectors, aliases, roles, mentions, basis, members)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertEvent: d.prepare(
        `INSERT INTO events VALUES (@article_id, @id, @sentence, @trigger_start, @trigger_end, @trigger_text,
          @source_actor_id, @source_code, @source_text, @source_start, @source_end,
          @target_actor_id, @target_code, @target_text, @target_start, @target_end,
          @cameo_code, @cameo_root, @cameo_label, @goldstein, @quad_class, @plover_type, @plover_mode, @plover_context,
          @modality, @negated, @date_value, @date_precision, @date_text, @date_inherited,
          @location_name, @location_country, @location_lat, @location_lon, @location_text,
          @location_start, @location_end, @location_inherited, @rule, @confidence, @location_point, @location_feature_type)`,
      ),
      insertMention: d.prepare(`INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      insertQuote: d.prepare(
        `INSERT INTO quotes VALUES (@article_id, @id, @start, @end, @text, @kind, @speaker_actor_id, @speaker_name,
          @speaker_start, @speaker_end, @cue_start, @cue_end, @cue_text)`,
      ),
      insertTime: d.prepare(`INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?)`),
      insertPlace: d.prepare(`INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertDiagnostic: d.prepare(`INSERT INTO diagnostics VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    };
  }

  hasHash(hash: string): boolean {
    return this.statements.byHash.get(hash) !== undefined;
  }

  putDocument(doc: Document, options: PutOptions = {}): PutOutcome {
    return this.db.transaction((): PutOutcome => {
      const existing = this.statements.byHash.get(doc.hash) as { id: string; provenance: string } | undefined;
      if (existing) {
        if (!options.replaceStale || existing.provenance === json(doc.provenance)) return "unchanged";
        this.statements.deleteArticle.run(existing.id);
        this.insert(doc);
        this.registry.learn(doc);
        return "replaced";
      }
      const clash = this.statements.idForId.get(doc.id) as { hash: string } | undefined;
      if (clash) {
        throw new SitrepError(
          "store.id-conflict",
          `article id ${doc.id} is already stored with different text (hash ${clash.hash}, new ${doc.hash})`,
        );
      }
      this.insert(doc);
      this.registry.learn(doc);
      return "inserted";
    }).immediate();
  }

  private insert(doc: Document): void {
    const s = this.statements;
    const a = doc.id;
    s.insertArticle.run({
      id: a,
      hash: doc.hash,
      url: doc.url,
      title: doc.title,
      published: doc.published,
      source: doc.source,
      tags: json(doc.tags),
      text: doc.text,
      provenance: json(doc.provenance),
    });
    doc.sentences.forEach((x, i) => s.insertSentence.run(a, i, x.start, x.end));
    for (const x of doc.entities) s.insertEntity.run(a, x.id, x.start, x.end, x.text, x.type, x.actorId);
    for (const [i, x] of doc.actors.entries()) {
      s.insertActor.run(a, i, x.id, x.name, x.code, x.country, json(x.sectors), json(x.aliases), json(x.roles), json(x.mentions), x.basis, json(x.members));
    }
    for (const m of doc.mentions) s.insertMention.run(a, m.id, m.start, m.end, m.text, m.kind, m.actorId, m.entityId);
    for (const e of doc.events) s.insertEvent.run(eventRow(a, e));
    for (const q of doc.quotes) s.insertQuote.run(quoteRow(a, q));
    doc.times.forEach((x, i) => s.insertTime.run(a, i, x.start, x.end, x.text, x.value, x.precision));
    doc.places.forEach((x, i) => s.insertPlace.run(a, i, x.start, x.end, x.text, x.name, x.country, x.lat, x.lon, x.featureType, x.point));
    doc.diagnostics.forEach((x, i) => s.insertDiagnostic.run(a, i, x.code, x.message, x.severity, x.stage, x.start, x.end));
  }

  getDocument(id: string): Document | null {
    const row = this.statements.byId.get(id) as Row | undefined;
    if (!row) return null;
    const all = (table: string, order: string) =>
      this.db.prepare(`SELECT * FROM ${table} WHERE article_id = ? ORDER BY ${order}`).all(id) as Row[];
    return {
      id: row.id as string,
      hash: row.hash as string,
      url: row.url as string | null,
      title: row.title as string | null,
      published: row.published as string | null,
      source: row.source as string | null,
      tags: JSON.parse(row.tags as string),
      text: row.text as string,
      sentences: all("sentences", "idx").map((r) => ({ start: r.start as number, end: r.end as number })),
      entities: all("entities", "start").map((r) => ({
        id: r.id as string,
        start: r.start as number,
        end: r.end as number,
        text: r.text as string,
        type: r.type as Document["entities"][number]["type"],
        actorId: r.actor_id as string | null,
      })),
      actors: all("actors", "idx").map(actorFromRow),
      mentions: all("mentions", "start, id").map((r) => ({
        id: r.id as string,
        start: r.start as number,
        end: r.end as number,
        text: r.text as string,
        kind: r.kind as Document["mentions"][number]["kind"],
        actorId: r.actor_id as string,
        entityId: r.entity_id as string | null,
      })),
      events: all("events", "sentence, trigger_start, id").map(eventFromRow),
      quotes: all("quotes", "start").map(quoteFromRow),
      times: all("times", "idx").map((r) => ({
        start: r.start as number,
        end: r.end as number,
        text: r.text as string,
        value: r.value as string | null,
        precision: r.precision as Document["times"][number]["precision"],
      })),
      places: all("places", "idx").map((r) => ({
        start: r.start as number,
        end: r.end as number,
        text: r.text as string,
        name: r.name as string,
        country: r.country as string | null,
        lat: r.lat as number | null,
        lon: r.lon as number | null,
        featureType: r.feature_type as string | null,
        point: r.point as Place["point"],
      })),
      diagnostics: all("diagnostics", "idx").map((r) => ({
        code: r.code as string,
        message: r.message as string,
        severity: r.severity as Document["diagnostics"][number]["severity"],
        stage: r.stage as string | null,
        start: r.start as number | null,
        end: r.end as number | null,
      })),
      provenance: JSON.parse(row.provenance as string),
    };
  }

  searchArticles(search: ArticleSearch): { total: number; hits: ArticleHit[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    const query = search.query ? ftsQuery(search.query) : "";
    if (query) {
      where.push("articles_fts MATCH ?");
      params.push(query);
    }
    if (search.from) {
      where.push("a.published >= ?");
      params.push(search.from);
    }
    if (search.to) {
      where.push("a.published <= ?");
      params.push(search.to);
    }
    if (search.source) {
      where.push("a.source = ?");
      params.push(search.source);
    }
    const from = query ? "articles_fts JOIN articles a ON a.rowid = articles_fts.rowid" : "articles a";
    const clause = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const total = (this.db.prepare(`SELECT count(*) AS n FROM ${from} ${clause}`).get(...params) as { n: number }).n;
    const snippet = query ? "snippet(articles_fts, 1, '[', ']', '…', 24)" : "substr(a.text, 1, 200)";
    const order = query ? "ORDER BY bm25(articles_fts, 5.0, 1.0)" : "ORDER BY a.published DESC, a.rowid DESC";
    const rows = this.db
      .prepare(
        `SELECT a.id, a.title, a.published, a.source, a.url, ${snippet} AS snippet,
           (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS event_count
         FROM ${from} ${clause} ${order} LIMIT ? OFFSET ?`,
      )
      .all(...params, clampPage(search.limit, 20), Math.max(0, search.offset ?? 0)) as Row[];
    return {
      total,
      hits: rows.map((r) => ({
        id: r.id as string,
        title: r.title as string | null,
        published: r.published as string | null,
        source: r.source as string | null,
        url: r.url as string | null,
        snippet: r.snippet as string,
        eventCount: r.event_count as number,
      })),
    };
  }

  listEvents(filter: EventFilter): { total: number; events: EventRecord[] } {
    const { clause, params } = eventWhere(filter);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM events e ${clause}`).get(...params) as { n: number }).n;
    const rows = this.db
      .prepare(
        `SELECT e.*, a.title AS article_title, a.published AS article_published
         FROM events e JOIN articles a ON a.id = e.article_id ${clause}
         ORDER BY e.date_value DESC, e.article_id, e.sentence, e.trigger_start
         LIMIT ? OFFSET ?`,
      )
      .all(...params, clampPage(filter.limit, 100), Math.max(0, filter.offset ?? 0)) as Row[];
    return {
      total,
      events: rows.map((r) => ({
        ...eventFromRow(r),
        articleId: r.article_id as string,
        articleTitle: r.article_title as string | null,
        published: r.article_published as string | null,
      })),
    };
  }

  stats(): StoreStats {
    const n = (table: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      articles: n("articles"),
      events: n("events"),
      entities: n("entities"),
      actors: n("actors"),
      quotes: n("quotes"),
      places: n("places"),
      times: n("times"),
    };
  }

  close(): void {
    if (!this.db.open) return;
    this.db.pragma("optimize");
    this.db.close();
  }
}

/** The SQL WHERE clause for an event filter; every value is a bound parameter. */
export function eventWhere(filter: EventFilter): { clause: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (filter.articleId) add("e.article_id = ?", filter.articleId);
  if (filter.actor) {
    const [a, ...av] = prefixRange("e.source_code", filter.actor);
    const [b, ...bv] = prefixRange("e.target_code", filter.actor);
    add(`(${a} OR ${b})`, ...av, ...bv);
  }
  if (filter.source) add(...prefixRange("e.source_code", filter.source));
  if (filter.target) add(...prefixRange("e.target_code", filter.target));
  if (filter.dyad) {
    const [x, y] = filter.dyad;
    const [sx, ...sxv] = prefixRange("e.source_code", x);
    const [ty, ...tyv] = prefixRange("e.target_code", y);
    const [sy, ...syv] = prefixRange("e.source_code", y);
    const [tx, ...txv] = prefixRange("e.target_code", x);
    add(`((${sx} AND ${ty}) OR (${sy} AND ${tx}))`, ...sxv, ...tyv, ...syv, ...txv);
  }
  if (filter.cameo) add(...prefixRange("e.cameo_code", filter.cameo));
  if (filter.ploverType) add("e.plover_type = ?", filter.ploverType);
  if (filter.quadClass != null) add("e.quad_class = ?", filter.quadClass);
  if (filter.from) add("e.date_value >= ?", filter.from);
  if (filter.to) add("substr(e.date_value, 1, length(?)) <= ?", filter.to, filter.to);
  if (filter.locationCountry) add("e.location_country = ?", filter.locationCountry);
  if (filter.modality) add("e.modality = ?", filter.modality);
  return { clause: where.length ? `WHERE ${where.join(" AND ")}` : "", params };
}

function eventRow(articleId: string, e: Event): Row {
  return {
    article_id: articleId,
    id: e.id,
    sentence: e.sentence,
    trigger_start: e.trigger.start,
    trigger_end: e.trigger.end,
    trigger_text: e.trigger.text,
    source_actor_id: e.source?.actorId ?? null,
    source_code: e.source?.code ?? null,
    source_text: e.source?.text ?? null,
    source_start: e.source?.start ?? null,
    source_end: e.source?.end ?? null,
    target_actor_id: e.target?.actorId ?? null,
    target_code: e.target?.code ?? null,
    target_text: e.target?.text ?? null,
    target_start: e.target?.start ?? null,
    target_end: e.target?.end ?? null,
    cameo_code: e.cameo.code,
    cameo_root: e.cameo.code.slice(0, 2),
    cameo_label: e.cameo.label,
    goldstein: e.cameo.goldstein,
    quad_class: e.cameo.quadClass,
    plover_type: e.plover?.type ?? null,
    plover_mode: e.plover?.mode ?? null,
    plover_context: e.plover?.context ?? null,
    modality: e.modality,
    negated: bool(e.negated),
    date_value: e.date?.value ?? null,
    date_precision: e.date?.precision ?? null,
    date_text: e.date?.text ?? null,
    date_inherited: bool(e.date?.inherited),
    location_name: e.location?.name ?? null,
    location_country: e.location?.country ?? null,
    location_lat: e.location?.lat ?? null,
    location_lon: e.location?.lon ?? null,
    location_text: e.location?.text ?? null,
    location_start: e.location?.start ?? null,
    location_end: e.location?.end ?? null,
    location_inherited: bool(e.location?.inherited),
    location_point: e.location?.point ?? null,
    location_feature_type: e.location?.featureType ?? null,
    rule: e.rule,
    confidence: e.confidence,
  };
}

function participant(r: Row, side: "source" | "target"): Event["source"] {
  if (r[`${side}_text`] == null) return null;
  return {
    actorId: r[`${side}_actor_id`] as string | null,
    code: r[`${side}_code`] as string | null,
    text: r[`${side}_text`] as string,
    start: r[`${side}_start`] as number,
    end: r[`${side}_end`] as number,
  };
}

/** An event from its `events` table row. */
export function eventFromRow(r: Row): Event {
  return {
    id: r.id as string,
    sentence: r.sentence as number,
    trigger: { start: r.trigger_start as number, end: r.trigger_end as number, text: r.trigger_text as string },
    source: participant(r, "source"),
    target: participant(r, "target"),
    cameo: {
      code: r.cameo_code as string,
      label: r.cameo_label as string,
      goldstein: r.goldstein as number | null,
      quadClass: r.quad_class as number | null,
    },
    plover:
      r.plover_type == null
        ? null
        : { type: r.plover_type as string, mode: r.plover_mode as string | null, context: r.plover_context as string | null },
    modality: r.modality as Event["modality"],
    negated: r.negated === 1,
    date:
      r.date_precision == null
        ? null
        : {
            value: r.date_value as string | null,
            precision: r.date_precision as NonNullable<Event["date"]>["precision"],
            text: r.date_text as string | null,
            inherited: r.date_inherited === 1,
          },
    location:
      r.location_name == null
        ? null
        : {
            name: r.location_name as string,
            country: r.location_country as string | null,
            lat: r.location_lat as number | null,
            lon: r.location_lon as number | null,
            text: r.location_text as string | null,
            start: r.location_start as number | null,
            end: r.location_end as number | null,
            inherited: r.location_inherited === 1,
            point: r.location_point as Place["point"],
            featureType: r.location_feature_type as string | null,
          },
    rule: r.rule as string,
    confidence: r.confidence as number,
  };
}

function quoteRow(articleId: string, q: Quote): Row {
  return {
    article_id: articleId,
    id: q.id,
    start: q.start,
    end: q.end,
    text: q.text,
    kind: q.kind,
    speaker_actor_id: q.speaker?.actorId ?? null,
    speaker_name: q.speaker?.name ?? null,
    speaker_start: q.speaker?.start ?? null,
    speaker_end: q.speaker?.end ?? null,
    cue_start: q.cue?.start ?? null,
    cue_end: q.cue?.end ?? null,
    cue_text: q.cue?.text ?? null,
  };
}

function quoteFromRow(r: Row): Quote {
  return {
    id: r.id as string,
    start: r.start as number,
    end: r.end as number,
    text: r.text as string,
    kind: r.kind as Quote["kind"],
    speaker:
      r.speaker_name == null
        ? null
        : {
            actorId: r.speaker_actor_id as string | null,
            name: r.speaker_name as string,
            start: r.speaker_start as number | null,
            end: r.speaker_end as number | null,
          },
    cue: r.cue_start == null ? null : { start: r.cue_start as number, end: r.cue_end as number, text: r.cue_text as string },
  };
}

function actorFromRow(r: Row): Actor {
  return {
    id: r.id as string,
    name: r.name as string,
    code: r.code as string | null,
    country: r.country as string | null,
    sectors: JSON.parse(r.sectors as string),
    aliases: JSON.parse(r.aliases as string),
    roles: JSON.parse(r.roles as string),
    mentions: JSON.parse(r.mentions as string),
    basis: r.basis as string | null,
    members: JSON.parse((r.members as string | null) ?? "[]"),
  };
}

/** Open (creating and migrating if needed) the SQLite store at `path`. */
export function openSqliteStore(path: string): SqliteStore {
  return new SqliteStore(path);
}
