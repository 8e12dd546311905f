// The wire format: the one zod schema for what `sitrep annotate` prints and the API returns.
// TypeScript types and the JSON Schema (`sitrep schema`) are derived from it, never written twice.
import { z } from "zod";

/** A half-open span [start, end) in UTF-16 code units into the document text. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

/** A span together with the text it covers (`text.slice(start, end)`). */
export const TextSpan = Span.extend({ text: z.string() });
export type TextSpan = z.infer<typeof TextSpan>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const Sentence = Span;
export type Sentence = z.infer<typeof Sentence>;

export const Token = Span.extend({
  pos: z.string().describe("Universal POS tag from wink-nlp"),
  lemma: z.string(),
});
export type Token = z.infer<typeof Token>;

export const EntityType = z.enum(["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "MISC"]);
export type EntityType = z.infer<typeof EntityType>;

export const Entity = TextSpan.extend({
  id: z.string(),
  type: EntityType,
  actorId: z.string().nullable(),
});
export type Entity = z.infer<typeof Entity>;

/** A title, rank or office the text gives an actor ("Defense Minister"), with its evidence. */
export const Role = TextSpan.extend({
  title: z.string(),
  country: z.string().nullable(),
  sectors: z.array(z.string()),
});
export type Role = z.infer<typeof Role>;

export const Actor = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string().nullable().describe("CAMEO actor code, e.g. IRNMIL"),
  country: z.string().nullable().describe("ISO 3166-1 alpha-3 or CAMEO international code"),
  sectors: z.array(z.string()),
  aliases: z.array(z.string()),
  roles: z.array(Role),
  mentions: z.array(z.string()).describe("ids of the mentions (entity ids for named mentions) that refer to this actor"),
  basis: z.string().nullable().describe("how the code was found: dictionary entry id, role, registry"),
  members: z.array(z.string()).describe("for a collective actor (\"the two countries\"): the ids of its member actors"),
});
export type Actor = z.infer<typeof Actor>;

export const MentionKind = z.enum(["name", "pronoun", "description", "group"]);

/** One reference to an actor in the text: a name, a pronoun ("he"), or a description ("the Iraqi defense chief"). */
export const Mention = TextSpan.extend({
  id: z.string().describe("equals the entity id for name mentions backed by an entity"),
  kind: MentionKind,
  actorId: z.string(),
  entityId: z.string().nullable(),
});
export type Mention = z.infer<typeof Mention>;

export const EventParticipant = TextSpan.extend({
  actorId: z.string().nullable(),
  code: z.string().nullable(),
});
export type EventParticipant = z.infer<typeof EventParticipant>;

export const QuadClass = z.number().int().min(1).max(4);

export const Cameo = z.object({
  code: z.string(),
  label: z.string(),
  goldstein: z.number().nullable(),
  quadClass: QuadClass.nullable(),
});
export type Cameo = z.infer<typeof Cameo>;

export const Plover = z.object({
  type: z.string(),
  mode: z.string().nullable(),
  context: z.string().nullable(),
});
export type Plover = z.infer<typeof Plover>;

export const Modality = z.enum(["asserted", "intended", "hypothetical", "reported"]);
export type Modality = z.infer<typeof Modality>;

export const Precision = z.enum(["day", "month", "year", "decade", "vague"]);
export type Precision = z.infer<typeof Precision>;

export const EventDate = z.object({
  value: z.string().nullable(),
  precision: Precision,
  text: z.string().nullable(),
  inherited: z.boolean(),
});
export type EventDate = z.infer<typeof EventDate>;

/**
 * How exact a place's coordinates are: whose point lat/lon is. Documents written before the field
 * existed read as "own"; a place without coordinates has null (no point to qualify).
 */
export const PlacePoint = z.enum(["own", "container", "beside", "country"]).describe(
  [
    "whose point lat/lon is:",
    "own = the gazetteer record of the place itself;",
    "container = the place the text says it lies in (a town or division), because the gazetteer lacks it;",
    "beside = a place the text says it is near (\"a village near Vancouver\"), because the gazetteer lacks it;",
    "country = its country's point, because the text gave only the country (\"Kutama, Zimbabwe\");",
    "null = no coordinates",
  ].join(" "),
);
export type PlacePoint = z.infer<typeof PlacePoint>;

export const EventLocation = z.object({
  name: z.string(),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  text: z.string().nullable(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  inherited: z.boolean(),
  point: PlacePoint.nullable().default("own"),
  featureType: z
    .string()
    .nullable()
    .default(null)
    .describe("the gazetteer feature type of the place (Place.featureType: country, admin1, city …); null when unknown or stored before the field existed"),
});
export type EventLocation = z.infer<typeof EventLocation>;

export const Event = z.object({
  id: z.string(),
  sentence: z.number().int().nonnegative().describe("index into sentences"),
  trigger: TextSpan,
  source: EventParticipant.nullable(),
  target: EventParticipant.nullable(),
  cameo: Cameo,
  plover: Plover.nullable(),
  modality: Modality,
  negated: z.boolean(),
  date: EventDate.nullable(),
  location: EventLocation.nullable(),
  rule: z.string().describe("id of the pattern or rule that coded this event"),
  confidence: z.number().min(0).max(1),
});
export type Event = z.infer<typeof Event>;

export const QuoteKind = z.enum(["direct", "indirect", "mixed"]);

export const Quote = TextSpan.extend({
  id: z.string(),
  kind: QuoteKind,
  speaker: z
    .object({ actorId: z.string().nullable(), name: z.string(), start: z.number().int().nullable(), end: z.number().int().nullable() })
    .nullable(),
  cue: TextSpan.nullable(),
});
export type Quote = z.infer<typeof Quote>;

export const TimeExpression = TextSpan.extend({
  value: z.string().nullable().describe("ISO 8601 value: 2020-11-15, 2020-01, 2014, 201X, PAST_REF, FUTURE_REF"),
  precision: Precision,
});
export type TimeExpression = z.infer<typeof TimeExpression>;

export const Place = TextSpan.extend({
  name: z.string(),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  featureType: z.string().nullable(),
  point: PlacePoint.nullable().default("own"),
});
export type Place = z.infer<typeof Place>;

export const Severity = z.enum(["error", "warning", "info"]);

export const Diagnostic = z.object({
  code: z.string().describe("stable machine-readable code, e.g. time.unresolved-relative"),
  message: z.string(),
  severity: Severity,
  stage: z.string().nullable(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const Provenance = z.object({
  sitrep: z.string(),
  stages: z.array(z.object({ id: z.string(), version: z.number().int() })),
  resources: z.record(z.string(), z.string()).describe("resource name → content hash"),
});
export type Provenance = z.infer<typeof Provenance>;

/** What a reader produces: article metadata and its normalised text. */
export const Article = z.object({
  id: z.string(),
  hash: z.string().describe("hash of the normalised text: the identity used for de-duplication"),
  url: z.string().nullable(),
  title: z.string().nullable(),
  published: IsoDate.nullable(),
  source: z.string().nullable(),
  tags: z.array(z.string()),
  text: z.string(),
});
export type Article = z.infer<typeof Article>;

export const Document = Article.extend({
  sentences: z.array(Sentence),
  tokens: z.array(Token).optional(),
  entities: z.array(Entity),
  actors: z.array(Actor),
  mentions: z.array(Mention),
  events: z.array(Event),
  quotes: z.array(Quote),
  times: z.array(TimeExpression),
  places: z.array(Place),
  diagnostics: z.array(Diagnostic),
  provenance: Provenance,
});
export type Document = z.infer<typeof Document>;

/** Layers a stage can require or assign. */
export const LAYERS = ["text", "sentences", "tokens", "entities", "actors", "mentions", "times", "places", "quotes", "events"] as const;
export type Layer = (typeof LAYERS)[number];

/** JSON Schema of the wire format. */
export function documentJsonSchema(): unknown {
  return z.toJSONSchema(Document, { target: "draft-2020-12" });
}
