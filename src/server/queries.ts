// Read-only SQL behind the API's search, facets, actor profiles and aggregations, over the SQLite
// store's tables. Every user value is a bound parameter; prefixes become index-friendly ranges.
import type { Database, Statement } from "better-sqlite3";
import type { PlacePoint } from "../model/schema.js";
import { ftsQuery, prefixRange, type SqliteStore } from "../store/sqlite/sqlite-store.js";
import { MAX_PAGE, type EventFilter, type EventRecord } from "../store/store.js";
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
  /** Whose point lat/lon is (EventLocation.point): own, container, beside, country; null when not recorded. */
  point: PlacePoint | null;
  /** The place's gazetteer feature type (EventLocation.featureType). */
  featureType: string | null;
  /** For a container's or neighbour's point: the place of the same article at exactly that point, when the article names it. */
  pointOf: string | null;
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
interface ScopeParts {
  /** Conditions every row must meet. */
  rest: Sql;
  /** Two alternatives (actor on either side; dyad in either direction), or none. */
  branches: [[string, unknown[]], [string, unknown[]]] | null;
}

function splitScope(scope: EventScope): ScopeParts {
  const rest: Sql = { where: [], params: [] };
  let branches: ScopeParts["branches"] = null;
  const side = (code: string, col: "source" | "target"): [string, unknown[]] => {
    const [c, ...p] = prefixRange(`e.${col}_code`, code);
    return [c, p];
  };
  if (scope.dyad) {
    const [x, y] = scope.dyad;
    const [sx, sxp] = side(x, "source");
    const [ty, typ] = side(y, "target");
    const [sy, syp] = side(y, "source");
    const [tx, txp] = side(x, "target");
    branches = [
      [`(${sx} AND ${ty})`, [...sxp, ...typ]],
      [`(${sy} AND ${tx})`, [...syp, ...txp]],
    ];
  }
  if (scope.actor) {
    const either: [[string, unknown[]], [string, unknown[]]] = [side(scope.actor, "source"), side(scope.actor, "target")];
    if (branches) add(rest, `(${either[0][0]} OR ${either[1][0]})`, ...either[0][1], ...either[1][1]);
    else branches = either;
  }
  if (scope.articleId) add(rest, "e.article_id = ?", scope.articleId);
  if (scope.source) add(rest, ...prefixRange("e.source_code", scope.source));
  if (scope.target) add(rest, ...prefixRange("e.target_code", scope.target));
  if (scope.cameo) add(rest, ...prefixRange("e.cameo_code", scope.cameo));
  if (scope.ploverType) add(rest, "e.plover_type = ?", scope.ploverType);
  if (scope.quadClass != null) add(rest, "e.quad_class = ?", scope.quadClass);
  if (scope.from) add(rest, "e.date_value >= ?", scope.from);
  // A partial `to` (2020, 2020-11) includes the whole year or month.
  if (scope.to) add(rest, "e.date_value < ?", scope.to + TOP);
  if (scope.locationCountry) add(rest, "e.location_country = ?", scope.locationCountry);
  if (scope.modality) add(rest, "e.modality = ?", scope.modality);
  return { rest, branches };
}

/**
 * The events in scope as a FROM item aliased `e`, exposing `columns`; `extra` conditions (on those
 * columns) apply to every row; every value is bound. "Either side" and "either direction" filters
 * become a UNION ALL of two halves (the second excluding rows of the first) rather than an OR:
 * each half then reads one code index alone, without fetching table rows for the columns it needs.
 */
export function eventRows(scope: EventScope, columns: readonly string[], extra: readonly string[] = []): { from: string; params: unknown[] } {
  const { rest, branches } = splitScope(scope);
  const cols = columns.map((c) => `e.${c}`).join(", ");
  const where = (conds: string[]) => (conds.length ? `WHERE ${conds.join(" AND ")}` : "");
  if (!branches) return { from: `(SELECT ${cols} FROM events e ${where([...rest.where, ...extra])}) e`, params: rest.params };
  const [[a, ap], [b, bp]] = branches;
  return {
    from: `(SELECT ${cols} FROM events e ${where([a, ...rest.where, ...extra])}
      UNION ALL SELECT ${cols} FROM events e ${where([b, `NOT coalesce(${a}, 0)`, ...rest.where, ...extra])}) e`,
    params: [...ap, ...rest.params, ...bp, ...ap, ...rest.params],
  };
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

export interface QueryOptions {
  /** Keep aggregation results until the data changes (default true; benchmarks turn it off). */
  cache?: boolean;
  /** Most results kept. */
  cacheSize?: number;
}

/** The queries the API needs beyond the DocumentStore interface, for a SQLite store. */
export class ServerQueries {
  private readonly db: Database;
  private readonly cache = new Map<string, Statement>();
  private readonly results = new Map<string, unknown>();
  private dataVersion = -1;

  constructor(
    private readonly store: SqliteStore,
    private readonly options: QueryOptions = {},
  ) {
    this.db = store.db;
  }

  /** Forget cached results; call after writing through this connection. */
  invalidate(): void {
    this.results.clear();
  }

  /**
   * Whole-store aggregations scan up to every event, and dashboards ask for the same ones again and
   * again: results are kept until the data changes. `PRAGMA data_version` moves when another
   * connection commits (an ingest in another process); writes through this one call invalidate().
   */
  private memo<T>(key: string, compute: () => T): T {
    if (this.options.cache === false) return compute();
    const version = this.db.pragma("data_version", { simple: true }) as number;
    if (version !== this.dataVersion) {
      this.results.clear();
      this.dataVersion = version;
    }
    if (this.results.has(key)) {
      const hit = this.results.get(key) as T;
      // Re-insert: Map order is the recency order for eviction.
      this.results.delete(key);
      this.results.set(key, hit);
      return hit;
    }
    const value = compute();
    this.results.set(key, value);
    if (this.results.size > (this.options.cacheSize ?? 256)) this.results.delete(this.results.keys().next().value!);
    return value;
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
      const [c, ...p] = prefixRange("e.cameo_code", s.cameo);
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
    return this.memo(`facets:${JSON.stringify([s, limit])}`, () => {
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
      // Without article filters every event is in scope: skip the join. The root is taken from
      // cameo_code, whose index also carries article_id (the key), so no table rows are read.
      const typeSql = `SELECT value, count(*) AS n FROM (
           SELECT DISTINCT substr(e.cameo_code, 1, 2) AS value, e.article_id FROM events e
           ${clause ? `WHERE e.article_id IN (SELECT a.id FROM ${from} ${clause})` : ""}
         ) GROUP BY value ORDER BY n DESC, value LIMIT ?`;
      const eventTypes = this.all(typeSql, [...params, limit]).map((r) => count(r, CAMEO_ROOTS[r.value as string] ?? null));
      return { sources, years, eventTypes };
    });
  }

  /**
   * A display name for each code: a country's common name for 3-letter country codes, else the
   * most frequent stored name among (at most 500 of) the code's actors, which keeps this cheap for
   * codes with hundreds of thousands of mentions.
   */
  names(codes: readonly string[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const code of new Set(codes)) {
      const country = code.length === 3 ? countryName(code) : null;
      const name =
        country ??
        (this.get(
          `SELECT name, count(*) AS n FROM (SELECT name FROM actors WHERE code = ? LIMIT 500) GROUP BY name ORDER BY n DESC, name LIMIT 1`,
          [code],
        )?.name as string | undefined);
      if (name) out.set(code, name);
    }
    return out;
  }

  /** Actors whose code starts with `q` (upper-cased) or whose name or alias contains it. */
  searchActors(q: string, limit: number): ActorHit[] {
    return this.memo(`actors:${JSON.stringify([q, limit])}`, () => {
      const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const [codeClause, ...codeParams] = prefixRange("code", q.toUpperCase());
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
    });
  }

  /** Everything known about a code (and the codes under it): names, aliases, roles, counts, counterparts. */
  actorProfile(code: string, level: Level, counterpartLimit: number): ActorProfile | null {
    return this.memo(`profile:${JSON.stringify([code, level, counterpartLimit])}`, () => {
      const [actorClause, ...actorParams] = prefixRange("ac.code", code);
      const names = this.all(
        `SELECT ac.name, ac.code, count(*) AS n FROM actors ac WHERE ${actorClause}
         GROUP BY ac.name, ac.code ORDER BY (ac.code = ?) DESC, n DESC LIMIT 25`,
        [...actorParams, code],
      ).map((r) => ({ name: r.name as string, code: r.code as string, count: r.n as number }));
      const [s, ...sp] = prefixRange("e.source_code", code);
      const [t, ...tp] = prefixRange("e.target_code", code);
      // One pass over the actor's events for every count the profile shows: events where it is the
      // source, plus those where it is only the target (each half reads its own code index).
      const sides = this.get(
        `SELECT count(*) AS n, coalesce(sum(src), 0) AS src, coalesce(sum(tgt), 0) AS tgt,
           sum(q = 1) AS q1, sum(q = 2) AS q2, sum(q = 3) AS q3, sum(q = 4) AS q4, min(d) AS first, max(d) AS last FROM (
           SELECT 1 AS src, ${t} AS tgt, e.quad_class AS q, e.date_value AS d FROM events e WHERE ${s}
           UNION ALL
           SELECT 0, 1, e.quad_class, e.date_value FROM events e WHERE ${t} AND NOT coalesce(${s}, 0)
         )`,
        [...tp, ...sp, ...tp, ...sp],
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
      const byQuadClass = [1, 2, 3, 4]
        .map((q) => ({ quadClass: q, count: (sides[`q${q}`] as number | null) ?? 0 }))
        .filter((q) => q.count > 0);
      return {
        code,
        name: this.names([code]).get(code) ?? names[0]?.name ?? code,
        names,
        aliases,
        roles,
        codes,
        counts: {
          articles,
          events: sides.n as number,
          asSource: sides.src as number,
          asTarget: sides.tgt as number,
          byQuadClass,
          first: sides.first as string | null,
          last: sides.last as string | null,
        },
        counterparts: this.counterparts(code, level, counterpartLimit),
      };
    });
  }

  /** The codes an actor deals with, weighted by events in either direction. */
  counterparts(code: string, level: Level, limit: number): Counterpart[] {
    const [s, ...sp] = prefixRange("e.source_code", code);
    const [t, ...tp] = prefixRange("e.target_code", code);
    // Group by the full code first (a streaming scan of the code index), then roll up to countries.
    const rows = this.all(
      `SELECT ${levelExpr("other", level)} AS code, sum(n) AS n, sum(out_) AS out_, sum(in_) AS in_, sum(g) / nullif(sum(gn), 0) AS goldstein FROM (
         SELECT e.target_code AS other, count(*) AS n, count(*) AS out_, 0 AS in_, sum(e.goldstein) AS g, count(e.goldstein) AS gn
         FROM events e WHERE ${s} AND e.target_code IS NOT NULL GROUP BY e.target_code
         UNION ALL
         SELECT e.source_code, count(*), 0, count(*), sum(e.goldstein), count(e.goldstein)
         FROM events e WHERE ${t} AND e.source_code IS NOT NULL GROUP BY e.source_code
       ) ${level === "country" ? "WHERE NOT (other >= ? AND other < ?)" : ""}
       GROUP BY 1 ORDER BY n DESC, code LIMIT ?`,
      // At country level, events inside the actor's own prefix (IRNGOV → IRNMIL) are not counterparts.
      [...sp, ...tp, ...(level === "country" ? [code, code + TOP] : []), limit],
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
    return this.memo(`network:${JSON.stringify([code, level, limit])}`, () => {
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
    });
  }

  /** Events per period with counts per quad class and mean Goldstein. */
  timeline(scope: EventScope, interval: Interval): Timeline {
    return this.memo(`timeline:${JSON.stringify([scope, interval])}`, () => {
      const period =
        interval === "day" ? "e.date_value" : interval === "week" ? "strftime('%G-W%V', e.date_value)" : "substr(e.date_value, 1, 7)";
      const dated = interval === "month" ? "length(e.date_value) >= 7" : "length(e.date_value) = 10";
      const { from, params } = eventRows(scope, ["date_value", "quad_class", "goldstein"]);
      // One pass: events without a date precise enough for the interval fall in the NULL period.
      const all = this.all(
        `SELECT CASE WHEN ${dated} THEN ${period} END AS period, count(*) AS n,
           sum(e.quad_class = 1) AS q1, sum(e.quad_class = 2) AS q2, sum(e.quad_class = 3) AS q3, sum(e.quad_class = 4) AS q4,
           avg(e.goldstein) AS g
         FROM ${from} GROUP BY 1 ORDER BY 1`,
        params,
      );
      const rows = all.filter((r) => r.period != null);
      const buckets = rows.map((r) => ({
          period: r.period as string,
          total: r.n as number,
          quad: [r.q1, r.q2, r.q3, r.q4].map((x) => (x as number) ?? 0) as TimelineBucket["quad"],
          goldstein: r.g == null ? null : Math.round((r.g as number) * 100) / 100,
        }));
      return { interval, buckets, undated: (all.find((r) => r.period == null)?.n as number | undefined) ?? 0 };
    });
  }

  /** The most frequent actor codes in scope, counting each side an actor takes part on. */
  topActors(scope: EventScope, side: "any" | "source" | "target", level: Level, limit: number): { code: string; name: string | null; count: number }[] {
    return this.memo(`top:${JSON.stringify([scope, side, level, limit])}`, () => {
      // Inner groups by the full code stream over its index; the outer query rolls up to countries.
      const part = (col: string) => {
        const { from, params } = eventRows(scope, [col], [`e.${col} IS NOT NULL`]);
        return { sql: `SELECT e.${col} AS code, count(*) AS n FROM ${from} GROUP BY e.${col}`, params };
      };
      const parts = side === "any" ? [part("source_code"), part("target_code")] : [part(side === "source" ? "source_code" : "target_code")];
      const rows = this.all(
        `SELECT ${levelExpr("code", level)} AS code, sum(n) AS n FROM (${parts.map((p) => p.sql).join(" UNION ALL ")})
         GROUP BY 1 ORDER BY n DESC, code LIMIT ?`,
        [...parts.flatMap((p) => p.params), limit],
      );
      const names = this.names(rows.map((r) => r.code as string));
      return rows.map((r) => ({ code: r.code as string, name: names.get(r.code as string) ?? null, count: r.n as number }));
    });
  }

  /** Event counts by CAMEO root, full CAMEO code or PLOVER type, with mean Goldstein. */
  eventTypes(scope: EventScope, by: "root" | "code" | "plover", limit: number): { value: string; label: string | null; count: number; goldstein: number | null }[] {
    return this.memo(`types:${JSON.stringify([scope, by, limit])}`, () => {
      const key = by === "plover" ? "plover_type" : "cameo_code";
      const outer = by === "root" ? "substr(value, 1, 2)" : "value";
      // The label is looked up once per code after grouping, so the scan stays on the (code, goldstein) index.
      const label = by === "code" ? "(SELECT l.cameo_label FROM events l WHERE l.cameo_code = value LIMIT 1)" : "NULL";
      const { from, params } = eventRows(scope, [key, "goldstein"], [`e.${key} IS NOT NULL`]);
      const rows = this.all(
        `SELECT ${outer} AS value, ${label} AS label, sum(n) AS n, sum(g) / nullif(sum(gn), 0) AS g FROM (
           SELECT e.${key} AS value, count(*) AS n, sum(e.goldstein) AS g, count(e.goldstein) AS gn FROM ${from} GROUP BY e.${key}
         ) GROUP BY 1 ORDER BY n DESC, value LIMIT ?`,
        [...params, limit],
      );
      return rows.map((r) => ({
        value: r.value as string,
        label: by === "root" ? (CAMEO_ROOTS[r.value as string] ?? null) : by === "code" ? (r.label as string) : null,
        count: r.n as number,
        goldstein: r.g == null ? null : Math.round((r.g as number) * 100) / 100,
      }));
    });
  }

  /**
   * A page of events, newest event date first (undated last). The page's keys come from one
   * index-friendly query (ordered by columns every code index carries, so no table lookups); the
   * records themselves are read through the store, article by article.
   */
  listEvents(filter: EventScope & { limit: number; offset: number }): { total: number; events: EventRecord[] } {
    const counted = eventRows(filter, ["article_id"]);
    const total = this.get(`SELECT count(*) AS n FROM ${counted.from}`, counted.params)!.n as number;
    const { from, params } = eventRows(filter, ["article_id", "id", "date_value"]);
    const keys = this.all(
      `SELECT e.article_id AS a, e.id AS id FROM ${from} ORDER BY e.date_value DESC, e.article_id, e.id LIMIT ? OFFSET ?`,
      [...params, filter.limit, filter.offset],
    );
    const records = new Map<string, EventRecord>();
    for (const articleId of new Set(keys.map((k) => k.a as string))) {
      for (let offset = 0; ; offset += MAX_PAGE) {
        const page = this.store.listEvents({ articleId, limit: MAX_PAGE, offset }).events;
        for (const e of page) records.set(`${articleId}\u0000${e.id}`, e);
        if (page.length < MAX_PAGE) break;
      }
    }
    const events = keys.map((k) => records.get(`${k.a as string}\u0000${k.id as string}`)).filter((e): e is EventRecord => e != null);
    return { total, events };
  }

  /** Event locations with coordinates, grouped by place, largest first. */
  mapPoints(scope: EventScope, limit: number): MapPoint[] {
    return this.memo(`map:${JSON.stringify([scope, limit])}`, () => {
      const { from, params } = eventRows(
        scope,
        ["article_id", "location_name", "location_country", "location_lat", "location_lon", "location_point", "location_feature_type", "quad_class", "date_value"],
        ["e.location_lat IS NOT NULL", "e.location_lon IS NOT NULL"],
      );
      // Grouped by the raw columns so the scan streams over the (name, country, lat, lon, point, type)
      // index. A borrowed point's owner is not stored; the article's own-point place at exactly the
      // same coordinates is that gazetteer record (looked up only for the few borrowed points).
      const rows = this.all(
        `SELECT e.location_name AS name, e.location_country AS country, e.location_lat AS lat, e.location_lon AS lon,
           e.location_point AS point, e.location_feature_type AS feature_type,
           max(CASE WHEN e.location_point IN ('container', 'beside') THEN (
             SELECT p.name FROM places p
             WHERE p.article_id = e.article_id AND p.lat = e.location_lat AND p.lon = e.location_lon AND p.point = 'own' AND p.name <> e.location_name
             ORDER BY p.idx LIMIT 1) END) AS point_of,
           count(*) AS n, sum(e.quad_class = 1) AS q1, sum(e.quad_class = 2) AS q2, sum(e.quad_class = 3) AS q3, sum(e.quad_class = 4) AS q4,
           min(e.date_value) AS first, max(e.date_value) AS last
         FROM ${from}
         GROUP BY e.location_name, e.location_country, e.location_lat, e.location_lon, e.location_point, e.location_feature_type
         ORDER BY n DESC, name LIMIT ?`,
        [...params, limit],
      );
      return rows.map((r) => ({
        name: r.name as string,
        country: r.country as string | null,
        lat: r.lat as number,
        lon: r.lon as number,
        point: r.point as PlacePoint | null,
        featureType: r.feature_type as string | null,
        pointOf: r.point_of as string | null,
        count: r.n as number,
        quad: [r.q1, r.q2, r.q3, r.q4].map((x) => (x as number) ?? 0) as MapPoint["quad"],
        first: r.first as string | null,
        last: r.last as string | null,
      }));
    });
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
