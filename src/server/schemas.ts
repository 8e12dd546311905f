// The API's zod schemas: query parameters (validated, with the reason in every 400) and response
// bodies. The OpenAPI document is generated from these and from the wire format's schemas.
import { z } from "@hono/zod-openapi";
import { MAX_PAGE } from "../store/store.js";
import { Document, Event, Modality, PlacePoint } from "../model/schema.js";

const CODE = /^[A-Z0-9]{1,24}$/;

/** A CAMEO actor code or prefix, case-insensitive ("irn" → "IRN"). */
export const CodeParam = z
  .string()
  .trim()
  .toUpperCase()
  .regex(CODE, "expected a CAMEO actor code or prefix: 1–24 letters or digits, e.g. IRN or IRNMIL");

/** YYYY, YYYY-MM or YYYY-MM-DD; a partial date covers the whole year or month. */
export const DateParam = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD");

export const DyadParam = z
  .string()
  .regex(/^[A-Za-z0-9]{1,24},[A-Za-z0-9]{1,24}$/, "expected two actor codes or prefixes separated by a comma, e.g. IRN,IRQ")
  .transform((s) => s.toUpperCase().split(",") as [string, string]);

export const CameoParam = z.string().regex(/^\d{2,4}$/, "expected a CAMEO event code or prefix of 2–4 digits, e.g. 04 or 042");
export const PloverParam = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z_]{2,24}$/, "expected a PLOVER event type, e.g. CONSULT");
export const CountryParam = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "expected a 3-letter country code, e.g. IRN");
export const QuadParam = z.coerce.number().int().min(1).max(4).describe("quad class: 1 verbal cooperation … 4 material conflict");
export const LimitParam = (fallback: number) =>
  z.coerce.number().int().min(1).max(MAX_PAGE).default(fallback).describe(`page size, 1–${MAX_PAGE}`);
export const OffsetParam = z.coerce.number().int().min(0).max(10_000_000).default(0).describe("rows to skip");
export const LevelParam = z.enum(["code", "country"]).default("code").describe("group by full code or by its first three letters");

const eventFilterShape = {
  article: z.string().min(1).max(200).optional().describe("article id"),
  actor: CodeParam.optional().describe("actor code or prefix on either side"),
  source: CodeParam.optional().describe("source actor code or prefix"),
  target: CodeParam.optional().describe("target actor code or prefix"),
  dyad: DyadParam.optional().describe("two codes or prefixes, events between them in either direction"),
  cameo: CameoParam.optional().describe("CAMEO event code or prefix"),
  plover: PloverParam.optional().describe("PLOVER event type"),
  quad: QuadParam.optional(),
  from: DateParam.optional().describe("first event date"),
  to: DateParam.optional().describe("last event date (a year or month includes all of it)"),
  country: CountryParam.optional().describe("country of the event location"),
  modality: Modality.optional(),
};

/** `from` must not come after `to`; the issue is reported on `to`. */
function orderedDates(v: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (v.from && v.to && v.to < v.from.slice(0, v.to.length)) {
    ctx.addIssue({ code: "custom", path: ["to"], message: `must not be before from (${v.from})` });
  }
}

export const EventFilterQuery = z.strictObject(eventFilterShape).superRefine(orderedDates);
export const EventListQuery = z
  .strictObject({ ...eventFilterShape, limit: LimitParam(100), offset: OffsetParam })
  .superRefine(orderedDates);
export const ExportQuery = z
  .strictObject({
    ...eventFilterShape,
    limit: z.coerce.number().int().min(1).max(10_000).default(10_000).describe("events per export, at most 10,000"),
    offset: OffsetParam,
    negated: z.enum(["true", "false"]).default("false").describe("include negated events (GDELT and PLOVER cannot mark them)"),
  })
  .superRefine(orderedDates);
export const PloverExportQuery = z
  .strictObject({
    ...eventFilterShape,
    limit: z.coerce.number().int().min(1).max(10_000).default(10_000).describe("events per export, at most 10,000"),
    offset: OffsetParam,
    negated: z.enum(["true", "false"]).default("false").describe("include negated events"),
    format: z.enum(["jsonl", "json"]).default("jsonl").describe("newline-delimited records or one JSON array"),
  })
  .superRefine(orderedDates);

const articleFilterShape = {
  q: z.string().max(500).optional().describe("full-text query; words are ANDed, a trailing * matches a prefix"),
  from: DateParam.optional().describe("first publication date"),
  to: DateParam.optional().describe("last publication date"),
  source: z.string().min(1).max(200).optional().describe("article source, exactly"),
  cameo: CameoParam.optional().describe("only articles with an event of this CAMEO code or prefix"),
};
export const ArticleSearchQuery = z
  .strictObject({ ...articleFilterShape, limit: LimitParam(20), offset: OffsetParam })
  .superRefine(orderedDates);
export const FacetQuery = z
  .strictObject({ ...articleFilterShape, limit: z.coerce.number().int().min(1).max(100).default(20) })
  .superRefine(orderedDates);

export const IdParams = z.strictObject({
  id: z.string().min(1).max(200).openapi({ param: { name: "id", in: "path" }, example: "iran-iraq-meet" }),
});
export const CodeParams = z.strictObject({
  code: CodeParam.openapi({ param: { name: "code", in: "path" }, example: "IRN" }),
});

export const ActorSearchQuery = z.strictObject({
  q: z.string().trim().min(1).max(100).describe("code prefix or part of a name"),
  limit: LimitParam(20),
});
export const ActorProfileQuery = z.strictObject({
  level: LevelParam,
  limit: z.coerce.number().int().min(1).max(200).default(30).describe("counterparts to list"),
});
export const TimelineQuery = z
  .strictObject({ ...eventFilterShape, interval: z.enum(["day", "week", "month"]).default("month") })
  .superRefine(orderedDates);
export const TopActorsQuery = z
  .strictObject({
    ...eventFilterShape,
    side: z.enum(["any", "source", "target"]).default("any"),
    level: LevelParam,
    limit: LimitParam(20),
  })
  .superRefine(orderedDates);
export const EventTypesQuery = z
  .strictObject({ ...eventFilterShape, by: z.enum(["root", "code", "plover"]).default("root"), limit: LimitParam(50) })
  .superRefine(orderedDates);
export const MapQuery = z.strictObject({ ...eventFilterShape, limit: LimitParam(500) }).superRefine(orderedDates);

export const IngestBody = z.strictObject({
  text: z.string().min(1).max(2_000_000),
  id: z.string().min(1).max(200).optional(),
  url: z.string().url().max(2000).optional(),
  title: z.string().max(2000).optional(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD").optional(),
  source: z.string().max(200).optional(),
  tags: z.array(z.string().max(200)).max(100).optional(),
});

// ---- responses ----

export const ApiError = z
  .object({
    error: z.string().describe("stable code: invalid_parameter, not_found, unauthorized, …"),
    message: z.string(),
    parameters: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
  })
  .openapi("ApiError");

// Wire-format schemas may be created before @hono/zod-openapi extends zod, so they are re-wrapped
// (same shape) to gain `.openapi()` and a component name.
export const EventRecordSchema = z.object({
  ...Event.shape,
  articleId: z.string(),
  articleTitle: z.string().nullable(),
  published: z.string().nullable(),
}).openapi("EventRecord");

export const EventList = z.object({ total: z.number().int(), events: z.array(EventRecordSchema) }).openapi("EventList");

const SnippetPart = z.object({ text: z.string(), hit: z.boolean() });
export const ArticleHitSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    source: z.string().nullable(),
    url: z.string().nullable(),
    snippet: z.array(SnippetPart).describe("text pieces; `hit` marks matched terms"),
    eventCount: z.number().int(),
  })
  .openapi("ArticleHit");
export const ArticleList = z.object({ total: z.number().int(), hits: z.array(ArticleHitSchema) }).openapi("ArticleList");

const CountSchema = z.object({ value: z.string(), label: z.string().nullable(), count: z.number().int() });
export const FacetsSchema = z
  .object({ sources: z.array(CountSchema), years: z.array(CountSchema), eventTypes: z.array(CountSchema) })
  .openapi("Facets");

export const DocumentSchema = z.object(Document.shape).openapi("Document");

export const ActorHitList = z
  .object({ actors: z.array(z.object({ code: z.string(), name: z.string(), articles: z.number().int() })) })
  .openapi("ActorHitList");

const CounterpartSchema = z.object({
  code: z.string(),
  name: z.string().nullable(),
  events: z.number().int(),
  outgoing: z.number().int(),
  incoming: z.number().int(),
  goldstein: z.number().nullable(),
});
export const ActorProfileSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    names: z.array(z.object({ name: z.string(), code: z.string(), count: z.number().int() })),
    aliases: z.array(z.object({ alias: z.string(), count: z.number().int() })),
    roles: z.array(
      z.object({ title: z.string(), name: z.string(), first: z.string().nullable(), last: z.string().nullable(), count: z.number().int() }),
    ),
    codes: z.array(z.object({ code: z.string(), count: z.number().int() })),
    counts: z.object({
      articles: z.number().int(),
      events: z.number().int(),
      asSource: z.number().int(),
      asTarget: z.number().int(),
      byQuadClass: z.array(z.object({ quadClass: z.number().int(), count: z.number().int() })),
      first: z.string().nullable(),
      last: z.string().nullable(),
    }),
    counterparts: z.array(CounterpartSchema),
  })
  .openapi("ActorProfile");

export const NetworkSchema = z
  .object({
    nodes: z.array(z.object({ id: z.string(), label: z.string(), count: z.number().int(), center: z.boolean() })),
    edges: z.array(z.object({ source: z.string(), target: z.string(), weight: z.number().int() })),
  })
  .openapi("Network");

const Quad = z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int()]).describe("counts per quad class 1–4");
export const TimelineSchema = z
  .object({
    interval: z.enum(["day", "week", "month"]),
    buckets: z.array(z.object({ period: z.string(), total: z.number().int(), quad: Quad, goldstein: z.number().nullable() })),
    undated: z.number().int().describe("events in scope with no date precise enough for the interval"),
  })
  .openapi("Timeline");

export const TopActorsSchema = z
  .object({ actors: z.array(z.object({ code: z.string(), name: z.string().nullable(), count: z.number().int() })) })
  .openapi("TopActors");

export const EventTypesSchema = z
  .object({
    types: z.array(z.object({ value: z.string(), label: z.string().nullable(), count: z.number().int(), goldstein: z.number().nullable() })),
  })
  .openapi("EventTypes");

export const MapPointsSchema = z
  .object({
    points: z.array(
      z.object({
        name: z.string(),
        country: z.string().nullable(),
        lat: z.number(),
        lon: z.number(),
        point: PlacePoint.nullable().describe("whose point lat/lon is: the place's own, its container's, a neighbour's or its country's"),
        featureType: z.string().nullable().describe("the place's gazetteer feature type (country, admin1, city …)"),
        pointOf: z.string().nullable().describe("for a container's or neighbour's point, the place of the same article at that point, when it names one"),
        count: z.number().int(),
        quad: Quad,
        first: z.string().nullable(),
        last: z.string().nullable(),
      }),
    ),
  })
  .openapi("MapPoints");

export const StatsSchema = z
  .object({
    articles: z.number().int(),
    events: z.number().int(),
    entities: z.number().int(),
    actors: z.number().int(),
    quotes: z.number().int(),
    places: z.number().int(),
    times: z.number().int(),
    ingest: z.boolean().describe("whether POST /api/articles is enabled"),
  })
  .openapi("Stats");

export const IngestResult = z
  .object({ id: z.string(), outcome: z.enum(["inserted", "unchanged", "replaced"]), events: z.number().int() })
  .openapi("IngestResult");
