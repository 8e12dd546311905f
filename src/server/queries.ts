// Read-only SQL behind the API's search, facets, actor profiles and aggregations, over the SQLite
// store's tables. Every user value is a bound parameter; prefixes become index-friendly ranges.
import type { Database, Statement } from "better-sqlite3";
import { ftsQuery, type SqliteStore } from "../store/sqlite/sqlite-store.js";
import type { EventFilter } from "../store/store.js";
import { CAMEO_ROOTS, countryName } from "./labels.js";

/** Event filters without paging: what every aggregation is scoped by. */
export type EventScope = Omit<EventFilter, "limit" | "offset">;

export type Level = "code" | "country";
export type Interval = "day" | "week" | "month";

export interface ArticleQuery {
  query?: string;
  from?: string;
  to?: string;
  source?: string;
  /** CAMEO code or prefix: only articles with at least one such event. */
  cameo?: string;
  limit: number;
  offset: number;
}

/** A piece of a search snippet; `hit` marks matched terms. Clients render these as text, never HTML. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  snippet: SnippetPart[];
  eventCount: number;
}

export interface Count {
  value: string;
  label: string | null;
  count: number;
}

export interface Facets {
  sources: Count[];
  years: Count[];
  eventTypes: Count[];
}

export interface ActorHit {
  code: string;
  name: string;
  articles: number;
}

export interface Counterpart {
  code: string;
  name: string | null;
  events: number;
  /** Events where the profiled actor is the source. */
  outgoing: number;
  /** Events where the profiled actor is the target. */
  incoming: number;
  goldstein: number | null;
}

export interface RoleSpan {
  title: string;
  name: string;
  first: string | null;
  last: string | null;
  count: number;
}

export interface ActorProfile {
  code: string;
  name: string;
  names: { name: string; code: string; count: number }[];
  aliases: { alias: string; count: number }[];
  roles: RoleSpan[];
  codes: { code: string; count: number }[];
  counts: {
    articles: number;
    events: number;
    asSource: number;
    asTarget: number;
    byQuadClass: { quadClass: number; count: number }[];
    first: string | null;
    last: string | null;
  };
  counterparts: Counterpart[];
}

export interface Network {
  nodes: { id: string; label: string; count: number; center: boolean }[];
  edges: { source: string; target: string; weight: number }[];
}

export interface TimelineBucket {
  period: string;
  total: number;
  /** Counts per quad class 1–4, in order. */
  quad: [number, number, number, number];
  goldstein: number | null;
}

export interface Timeline {
  interval: Interval;
  buckets: TimelineBucket[];
  /** Events in scope whose date is too coarse (or missing) for the interval. */
  undated: number;
}

export interface MapPoint {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  count: number;
  quad: [number, number, number, number];
  first: string | null;
  last: string | null;
}

type Row = Record<string, unknown>;

/** Private-use characters as snippet markers: they cannot be confused with brackets in the text. */
const MARK_OPEN = "\uE000";
const MARK_CLOSE = "\uE001";
/** Above every ASCII character in SQLite's BINARY collation (UTF-8 byte order). */
const TOP = "\uFFFF";

interface Sql {
  where: string[];
  params: unknown[];
}

function add(sql: Sql, clause: string, ...values: unknown[]): void {
  sql.where.push(clause);
  sql.params.push(...values);
}

/** `col` starts with `prefix`, as a range so SQLite can use the column's index (LIKE cannot, here). */
function prefixClause(col: string, prefix: string): [string, string, string] {
  return [`(${col} >= ? AND ${col} < ?)`, prefix, prefix + TOP];
}

/** WHERE clause for an event scope over `events e`; every value bound. */
export function eventConditions(scope: EventScope): { clause: string; params: unknown[] } {
  const sql: Sql = { where: [], params: [] };
  if (scope.articleId) add(sql, "e.article_id = ?", scope.articleId);
  if (scope.actor) {
    const [s, ...sp] = prefixClause("e.source_code", scope.actor);
    const [t, ...tp] = prefixClause("e.target_code", scope.actor);
    add(sql, `(${s} OR ${t})`, ...sp, ...tp);
  }
  if (scope.source) add(sql, ...prefixClause("e.source_code", scope.source));
  if (scope.target) add(sql, ...prefixClause("e.target_code", scope.target));
  if (scope.dyad) {
    const [x, y] = scope.dyad;
    const [sx, ...sxp] = prefixClause("e.source_code", x);
    const [ty, ...typ] = prefixClause("e.target_code", y);
    const [sy, ...syp] = prefixClause("e.source_code", y);
    const [tx, ...txp] = prefixClause("e.target_code", x);
    add(sql, `((${sx} AND ${ty}) OR (${sy} AND ${tx}))`, ...sxp, ...typ, ...syp, ...txp);
  }
  if (scope.cameo) add(sql, ...prefixClause("e.cameo_code", scope.cameo));
  if (scope.ploverType) add(sql, "e.plover_type = ?", scope.ploverType);
  if (scope.quadClass != null) add(sql, "e.quad_class = ?", scope.quadClass);
  if (scope.from) add(sql, "e.date_value >= ?", scope.from);
  // A partial `to` (2020, 2020-11) includes the whole year or month.
  if (scope.to) add(sql, "e.date_value < ?", scope.to + TOP);
  if (scope.locationCountry) add(sql, "e.location_country = ?", scope.locationCountry);
  if (scope.modality) add(sql, "e.modality = ?", scope.modality);
  return { clause: sql.where.length ? `WHERE ${sql.where.join(" AND ")}` : "", params: sql.params };
}

function andWhere(clause: string, extra: string): string {
  return clause ? `${clause} AND ${extra}` : `WHERE ${extra}`;
}

/** Split an FTS snippet with private-use markers into text parts. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  for (const piece of snippet.split(/([\uE000\uE001])/)) {
    if (piece === MARK_OPEN) hit = true;
    else if (piece === MARK_CLOSE) hit = false;
    else if (piece) parts.push({ text: piece, hit });
  }
  return parts;
}

const levelExpr = (col: string, level: Level) => (level === "country" ? `substr(${col}, 1, 3)` : col);

/** The queries the API needs beyond the DocumentStore interface, for a SQLite store. */
export class ServerQueries {
  private readonly db: Database;
  private readonly cache = new Map<string, Statement>();

  constructor(store: SqliteStore) {
    this.db = store.db;
  }

  /** Statements are cached by SQL text: the set of shapes is small and bounded by the filters. */
  private prepare(sql: string): Statement {
    let s = this.cache.get(sql);
    if (!s) {
      if (this.cache.size >= 1000) this.cache.clear();
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  private all(sql: string, params: unknown[]): Row[] {
    return this.prepare(sql).all(...params) as Row[];
  }

  private get(sql: string, params: unknown[]): Row | undefined {
    return this.prepare(sql).get(...params) as Row | undefined;
  }

  private articleScope(s: Omit<ArticleQuery, "limit" | "offset">): { from: string; clause: string; params: unknown[]; fts: boolean } {
    const sql: Sql = { where: [], params: [] };
    const q = s.query ? ftsQuery(s.query) : "";
    if (q) add(sql, "articles_fts MATCH ?", q);
    if (s.from) add(sql, "a.published >= ?", s.from);
    if (s.to) add(sql, "a.published < ?", s.to + TOP);
    if (s.source) add(sql, "a.source = ?", s.source);
    if (s.cameo) {
      const [c, ...p] = prefixClause("e.cameo_code", s.cameo);
      add(sql, `EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND ${c})`, ...p);
    }
    return {
      from: q ? "articles_fts JOIN articles a ON a.rowid = articles_fts.rowid" : "articles a",
      clause: sql.where.length ? `WHERE ${sql.where.join(" AND ")}` : "",
      params: sql.params,
      fts: Boolean(q),
    };
  }

  /** Full-text search with structured snippets, date/source/event-type filters and paging. */
  searchArticles(s: ArticleQuery): { total: number; hits: SearchHit[] } {
    const { from, clause, params, fts } = this.articleScope(s);
    const total = this.get(`SELECT count(*) AS n FROM ${from} ${clause}`, params)!.n as number;
    const snippet = fts ? `snippet(articles_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 24)` : "substr(a.text, 1, 240)";
    const order = fts ? "ORDER BY bm25(articles_fts, 5.0, 1.0), a.rowid" : "ORDER BY a.published DESC, a.rowid DESC";
    const rows = this.all(
      `SELECT a.id, a.title, a.published, a.source, a.url, ${snippet} AS snippet,
         (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS event_count
       FROM ${from} ${clause} ${order} LIMIT ? OFFSET ?`,
      [...params, s.limit, s.offset],
    );
    return {
      total,
      hits: rows.map((r) => ({
        id: r.id as string,
        title: r.title as string | null,
        published: r.published as string | null,
        source: r.source as string | null,
        url: r.url as string | null,
        snippet: snippetParts((r.snippet as string) ?? ""),
        eventCount: r.event_count as number,
      })),
    };
  }

  /** Counts of matching articles per source, per year and per CAMEO root event type. */
  facets(s: Omit<ArticleQuery, "limit" | "offset">, limit = 20): Facets {
    const { from, clause, params } = this.articleScope(s);
    const count = (r: Row, label: string | null = null): Count => ({ value: r.value as string, label, count: r.n as number });
    const sources = this.all(
      `SELECT a.source AS value, count(*) AS n FROM ${from} ${andWhere(clause, "a.source IS NOT NULL")}
       GROUP BY a.source ORDER BY n DESC, value LIMIT ?`,
      [...params, limit],
    ).map((r) => count(r));
    const years = this.all(
      `SELECT substr(a.published, 1, 4) AS value, count(*) AS n FROM ${from} ${andWhere(clause, "a.published IS NOT NULL")}
       GROUP BY value ORDER BY value DESC LIMIT ?`,
      [...params, limit],
    ).map((r) => count(r));
    // Without article filters every event is in scope: skip the join, count articles per root directly.
    const typeSql = clause
      ? `SELECT e.cameo_root AS value, count(DISTINCT e.article_id) AS n FROM events e
         WHERE e.article_id IN (SELECT a.id FROM ${from} ${clause}) GROUP BY value ORDER BY n DESC, value LIMIT ?`
      : `SELECT e.cameo_root AS value, count(DISTINCT e.article_id) AS n FROM events e GROUP BY value ORDER BY n DESC, value LIMIT ?`;
    const eventTypes = this.all(typeSql, [...params, limit]).map((r) => count(r, CAMEO_ROOTS[r.value as string] ?? null));
    return { sources, years, eventTypes };
  }

  /** Most frequent stored name for each code (3-letter codes fall back to the country's name). */
  names(codes: readonly string[]): Map<string, string> {
    const out = new Map<string, string>();
    const unique = [...new Set(codes)].slice(0, 500);
    if (unique.length) {
      const rows = this.all(
        `SELECT code, name, count(*) AS n FROM actors WHERE code IN (${unique.map(() => "?").join(",")})
         GROUP BY code, name ORDER BY n DESC`,
        unique,
      );
      for (const r of rows) if (!out.has(r.code as string)) out.set(r.code as string, r.name as string);
    }
    for (const c of unique) {
      const country = c.length === 3 ? countryName(c) : null;
      // A country's common name beats whatever phrase the text used for it ("Tehran", "the Iranians").
      if (country) out.set(c, country);
    }
    return out;
  }

  /** Actors whose code starts with `q` (upper-cased) or whose name or alias contains it. */
  searchActors(q: string, limit: number): ActorHit[] {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const [codeClause, ...codeParams] = prefixClause("code", q.toUpperCase());
    const rows = this.all(
      `SELECT code, name, count(DISTINCT article_id) AS n FROM actors
       WHERE code IS NOT NULL AND (${codeClause} OR name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\')
       GROUP BY code, name ORDER BY n DESC, code LIMIT ?`,
      [...codeParams, like, like, limit * 5],
    );
    const byCode = new Map<string, ActorHit>();
    for (const r of rows) {
      const code = r.code as string;
      const hit = byCode.get(code);
      if (hit) hit.articles += r.n as number;
      else byCode.set(code, { code, name: r.name as string, articles: r.n as number });
    }
    const names = this.names([...byCode.keys()]);
    return [...byCode.values()]
      .map((h) => ({ ...h, name: names.get(h.code) ?? h.name }))
      .sort((a, b) => b.articles - a.articles || a.code.localeCompare(b.code))
      .slice(0, limit);
  }

  /** Everything known about a code (and the codes under it): names, aliases, roles, counts, counterparts. */
  actorProfile(code: string, level: Level, counterpartLimit: number): ActorProfile | null {
    const [actorClause, ...actorParams] = prefixClause("ac.code", code);
    const names = this.all(
      `SELECT ac.name, ac.code, count(*) AS n FROM actors ac WHERE ${actorClause}
       GROUP BY ac.name, ac.code ORDER BY (ac.code = ?) DESC, n DESC LIMIT 25`,
      [...actorParams, code],
    ).map((r) => ({ name: r.name as string, code: r.code as string, count: r.n as number }));
    const [s, ...sp] = prefixClause("e.source_code", code);
    const [t, ...tp] = prefixClause("e.target_code", code);
    const sides = this.get(
      `SELECT (SELECT count(*) FROM events e WHERE ${s}) AS src, (SELECT count(*) FROM events e WHERE ${t}) AS tgt,
              (SELECT count(*) FROM events e WHERE ${s} AND ${t}) AS both_`,
      [...sp, ...tp, ...sp, ...tp],
    )!;
    if (!names.length && !(sides.src as number) && !(sides.tgt as number)) return null;
    const aliases = this.all(
      `SELECT j.value AS alias, count(*) AS n FROM actors ac, json_each(ac.aliases) j WHERE ${actorClause}
       GROUP BY alias ORDER BY n DESC, alias LIMIT 25`,
      actorParams,
    ).map((r) => ({ alias: r.alias as string, count: r.n as number }));
    const roles = this.all(
      `SELECT json_extract(j.value, '$.title') AS title, ac.name AS name, min(a.published) AS first, max(a.published) AS last, count(*) AS n
       FROM actors ac JOIN articles a ON a.id = ac.article_id, json_each(ac.roles) j WHERE ${actorClause}
       GROUP BY title, ac.name ORDER BY first, title LIMIT 50`,
      actorParams,
    ).map((r) => ({ title: r.title as string, name: r.name as string, first: r.first as string | null, last: r.last as string | null, count: r.n as number }));
    const codes = this.all(
      `SELECT ac.code AS code, count(*) AS n FROM actors ac WHERE ${actorClause} GROUP BY ac.code ORDER BY n DESC LIMIT 25`,
      actorParams,
    ).map((r) => ({ code: r.code as string, count: r.n as number }));
    const articles = this.get(`SELECT count(DISTINCT ac.article_id) AS n FROM actors ac WHERE ${actorClause}`, actorParams)!.n as number;
    const either = `((${s}) OR (${t}))`;
    const byQuadClass = this.all(
      `SELECT e.quad_class AS q, count(*) AS n FROM events e WHERE ${either} AND e.quad_class IS NOT NULL GROUP BY q ORDER BY q`,
      [...sp, ...tp],
    ).map((r) => ({ quadClass: r.q as number, count: r.n as number }));
    const span = this.get(`SELECT min(e.date_value) AS first, max(e.date_value) AS last FROM events e WHERE ${either}`, [...sp, ...tp])!;
    return {
      code,
      name: this.names([code]).get(code) ?? names[0]?.name ?? code,
      names,
      aliases,
      roles,
      codes,
      counts: {
        articles,
        events: (sides.src as number) + (sides.tgt as number) - (sides.both_ as number),
        asSource: sides.src as number,
        asTarget: sides.tgt as number,
        byQuadClass,
        first: span.first as string | null,
        last: span.last as string | null,
      },
      counterparts: this.counterparts(code, level, counterpartLimit),
    };
  }

  /** The codes an actor deals with, weighted by events in either direction. */
  counterparts(code: string, level: Level, limit: number): Counterpart[] {
    const [s, ...sp] = prefixClause("e.source_code", code);
    const [t, ...tp] = prefixClause("e.target_code", code);
    const other = (col: string) => levelExpr(col, level);
    // At country level, events inside the actor's own prefix (IRNGOV → IRNMIL) are not counterparts.
    const notSelf = (col: string) => (level === "country" ? `AND NOT (${col} >= ? AND ${col} < ?)` : "");
    const selfParams = level === "country" ? [code, code + TOP] : [];
    const rows = this.all(
      `SELECT code, sum(n) AS n, sum(out_) AS out_, sum(in_) AS in_, sum(g) / nullif(sum(gn), 0) AS goldstein FROM (
         SELECT ${other("e.target_code")} AS code, count(*) AS n, count(*) AS out_, 0 AS in_, sum(e.goldstein) AS g, count(e.goldstein) AS gn
         FROM events e WHERE ${s} AND e.target_code IS NOT NULL ${notSelf("e.target_code")} GROUP BY 1
         UNION ALL
         SELECT ${other("e.source_code")}, count(*), 0, count(*), sum(e.goldstein), count(e.goldstein)
         FROM events e WHERE ${t} AND e.source_code IS NOT NULL ${notSelf("e.source_code")} GROUP BY 1
       ) GROUP BY code ORDER BY n DESC, code LIMIT ?`,
      [...sp, ...selfParams, ...tp, ...selfParams, limit],
    );
    const names = this.names(rows.map((r) => r.code as string));
    return rows.map((r) => ({
      code: r.code as string,
      name: names.get(r.code as string) ?? null,
      events: r.n as number,
      outgoing: r.out_ as number,
      incoming: r.in_ as number,
      goldstein: r.goldstein == null ? null : Math.round((r.goldstein as number) * 100) / 100,
    }));
  }

  /** The actor, its top counterparts, and the event counts between all of them. */
  network(code: string, level: Level, limit: number): Network {
    const cps = this.counterparts(code, level, limit);
    const names = this.names([code]);
    const nodes: Network["nodes"] = [
      { id: code, label: names.get(code) ?? code, count: cps.reduce((n, c) => n + c.events, 0), center: true },
      ...cps.filter((c) => c.code !== code).map((c) => ({ id: c.code, label: c.name ?? c.code, count: c.events, center: false })),
    ];
    const edges: Network["edges"] = cps.filter((c) => c.code !== code).map((c) => ({ source: code, target: c.code, weight: c.events }));
    const others = nodes.filter((n) => !n.center).map((n) => n.id);
    if (others.length > 1) {
      const marks = others.map(() => "?").join(",");
      const src = levelExpr("e.source_code", level);
      const tgt = levelExpr("e.target_code", level);
      // Undirected weights between counterparts: pairs ordered so A–B and B–A add up.
      const rows = this.all(
        `SELECT min(${src}, ${tgt}) AS a, max(${src}, ${tgt}) AS b, count(*) AS n FROM events e
         WHERE ${src} IN (${marks}) AND ${tgt} IN (${marks}) AND ${src} <> ${tgt} GROUP BY a, b`,
        [...others, ...others],
      );
      for (const r of rows) edges.push({ source: r.a as string, target: r.b as string, weight: r.n as number });
    }
    return { nodes, edges };
  }

  /** Events per period with counts per quad class and mean Goldstein. */
  timeline(scope: EventScope, interval: Interval): Timeline {
    const { clause, params } = eventConditions(scope);
    const period =
      interval === "day" ? "e.date_value" : interval === "week" ? "strftime('%G-W%V', e.date_value)" : "substr(e.date_value, 1, 7)";
    const dated = interval === "month" ? "length(e.date_value) >= 7" : "length(e.date_value) = 10";
    const rows = this.all(
      `SELECT ${period} AS period, count(*) AS n,
         sum(e.quad_class = 1) AS q1, sum(e.quad_class = 2) AS q2, sum(e.quad_class = 3) AS q3, sum(e.quad_class = 4) AS q4,
         avg(e.goldstein) AS g
       FROM events e ${andWhere(clause, dated)} GROUP BY period ORDER BY period`,
      params,
    );
    const all = this.get(`SELECT count(*) AS n FROM events e ${clause}`, params)!.n as number;
    const buckets = rows
      .filter((r) => r.period != null)
      .map((r) => ({
        period: r.period as string,
        total: r.n as number,
        quad: [r.q1, r.q2, r.q3, r.q4].map((x) => (x as number) ?? 0) as TimelineBucket["quad"],
        goldstein: r.g == null ? null : Math.round((r.g as number) * 100) / 100,
      }));
    return { interval, buckets, undated: all - buckets.reduce((n, b) => n + b.total, 0) };
  }

  /** The most frequent actor codes in scope, counting each side an actor takes part on. */
  topActors(scope: EventScope, side: "any" | "source" | "target", level: Level, limit: number): { code: string; name: string | null; count: number }[] {
    const { clause, params } = eventConditions(scope);
    const part = (col: string) =>
      `SELECT ${levelExpr(col, level)} AS code, count(*) AS n FROM events e ${andWhere(clause, `${col} IS NOT NULL`)} GROUP BY 1`;
    const sql =
      side === "any"
        ? `SELECT code, sum(n) AS n FROM (${part("e.source_code")} UNION ALL ${part("e.target_code")}) GROUP BY code ORDER BY n DESC, code LIMIT ?`
        : `SELECT code, n FROM (${part(side === "source" ? "e.source_code" : "e.target_code")}) ORDER BY n DESC, code LIMIT ?`;
    const rows = this.all(sql, side === "any" ? [...params, ...params, limit] : [...params, limit]);
    const names = this.names(rows.map((r) => r.code as string));
    return rows.map((r) => ({ code: r.code as string, name: names.get(r.code as string) ?? null, count: r.n as number }));
  }

  /** Event counts by CAMEO root, full CAMEO code or PLOVER type, with mean Goldstein. */
  eventTypes(scope: EventScope, by: "root" | "code" | "plover", limit: number): { value: string; label: string | null; count: number; goldstein: number | null }[] {
    const { clause, params } = eventConditions(scope);
    const key = by === "root" ? "e.cameo_root" : by === "code" ? "e.cameo_code" : "e.plover_type";
    const rows = this.all(
      `SELECT ${key} AS value, max(e.cameo_label) AS label, count(*) AS n, avg(e.goldstein) AS g
       FROM events e ${andWhere(clause, `${key} IS NOT NULL`)} GROUP BY value ORDER BY n DESC, value LIMIT ?`,
      [...params, limit],
    );
    return rows.map((r) => ({
      value: r.value as string,
      label: by === "root" ? (CAMEO_ROOTS[r.value as string] ?? null) : by === "code" ? (r.label as string) : null,
      count: r.n as number,
      goldstein: r.g == null ? null : Math.round((r.g as number) * 100) / 100,
    }));
  }

  /** Event locations with coordinates, grouped by place, largest first. */
  mapPoints(scope: EventScope, limit: number): MapPoint[] {
    const { clause, params } = eventConditions(scope);
    const rows = this.all(
      `SELECT e.location_name AS name, e.location_country AS country, round(e.location_lat, 3) AS lat, round(e.location_lon, 3) AS lon,
         count(*) AS n, sum(e.quad_class = 1) AS q1, sum(e.quad_class = 2) AS q2, sum(e.quad_class = 3) AS q3, sum(e.quad_class = 4) AS q4,
         min(e.date_value) AS first, max(e.date_value) AS last
       FROM events e ${andWhere(clause, "e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL")}
       GROUP BY name, country, lat, lon ORDER BY n DESC, name LIMIT ?`,
      [...params, limit],
    );
    return rows.map((r) => ({
      name: r.name as string,
      country: r.country as string | null,
      lat: r.lat as number,
      lon: r.lon as number,
      count: r.n as number,
      quad: [r.q1, r.q2, r.q3, r.q4].map((x) => (x as number) ?? 0) as MapPoint["quad"],
      first: r.first as string | null,
      last: r.last as string | null,
    }));
  }

  /** Article URLs by id, for export citations. */
  articleUrls(ids: readonly string[]): Map<string, string> {
    const out = new Map<string, string>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = unique.slice(i, i + 500);
      const rows = this.db
        .prepare(`SELECT id, url FROM articles WHERE url IS NOT NULL AND id IN (${chunk.map(() => "?").join(",")})`)
        .all(...chunk) as Row[];
      for (const r of rows) out.set(r.id as string, r.url as string);
    }
    return out;
  }
}
