// Hand-made annotated articles for the server's API, browser and export tests: several dyads,
// dates, places and quad classes, plus one hostile article whose title and text carry HTML.
import { emptyDocument, makeArticle } from "../model/document.js";
import type { Document, EntityType, Event, Modality, PlacePoint, Precision } from "../model/schema.js";
import { checkDocumentOffsets } from "../model/offsets.js";
import type { DocumentStore } from "../store/store.js";
import { sampleDocument } from "../testing/fixtures.js";

/** A needle in the text, optionally its nth occurrence (0-based). */
type Needle = string | [string, number];

interface ActorSpec {
  id: string;
  name: string;
  code: string | null;
  country: string | null;
  aliases?: string[];
  roles?: { needle: Needle; title: string; sectors: string[] }[];
}

interface EventSpec {
  id: string;
  trigger: Needle;
  source?: { needle: Needle; actor: string | null; code: string | null };
  target?: { needle: Needle; actor: string | null; code: string | null };
  cameo: [code: string, label: string, goldstein: number, quad: number];
  plover?: string;
  date?: { value: string; precision: Precision; needle?: Needle; inherited?: boolean };
  /** `featureType` defaults to that of the document's place on the same needle. */
  place?: { needle: Needle; name: string; country: string; lat: number; lon: number; point?: PlacePoint; featureType?: string };
  modality?: Modality;
  negated?: boolean;
  rule: string;
  confidence: number;
}

interface DocSpec {
  id: string;
  title: string;
  text: string;
  published: string;
  source: string;
  url?: string;
  entities: { needle: Needle; type: EntityType; actor?: string }[];
  actors: ActorSpec[];
  times: { needle: Needle; value: string; precision: Precision }[];
  places: { needle: Needle; name: string; country: string; lat: number; lon: number; featureType: string; point?: PlacePoint }[];
  quotes?: { content: Needle; speaker: { actor: string | null; name: string; needle: Needle }; cue: Needle }[];
  /** Mentions beyond the named ones (which come from entities with an actor). */
  mentions?: { needle: Needle; kind: "pronoun" | "description" | "group"; actor: string }[];
  events: EventSpec[];
}

function locate(text: string, needle: Needle): { start: number; end: number; text: string } {
  const [s, nth] = typeof needle === "string" ? [needle, 0] : needle;
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(s, start + 1);
    if (start < 0) throw new Error(`fixture: occurrence ${nth} of ${JSON.stringify(s)} not in text`);
  }
  return { start, end: start + s.length, text: s };
}

/** Sentences split at ". " — good enough for hand-written fixture texts. */
function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?](?=\s+\S)/g)) {
    out.push({ start, end: m.index + 1 });
    start = m.index + 1;
    while (/\s/.test(text[start] ?? "")) start++;
  }
  out.push({ start, end: text.length });
  return out;
}

/** Build a complete Document from a spec; offsets are computed from needles, so they are right. */
export function buildDocument(spec: DocSpec): Document {
  const doc = emptyDocument(
    makeArticle({ id: spec.id, text: spec.text, title: spec.title, published: spec.published, source: spec.source, url: spec.url ?? null }),
  );
  const text = doc.text;
  const at = (n: Needle) => locate(text, n);
  doc.sentences = sentencesOf(text);
  const sentenceOf = (offset: number) => Math.max(0, doc.sentences.findIndex((s) => s.start <= offset && offset < s.end));
  doc.entities = spec.entities
    .map((e, i) => ({ id: `e${i + 1}`, ...at(e.needle), type: e.type, actorId: e.actor ?? null }))
    .sort((a, b) => a.start - b.start);
  doc.mentions = [
    ...doc.entities.filter((e) => e.actorId).map((e) => ({ id: e.id, start: e.start, end: e.end, text: e.text, kind: "name" as const, actorId: e.actorId!, entityId: e.id })),
    ...(spec.mentions ?? []).map((m, i) => ({ id: `m${i + 1}`, ...at(m.needle), kind: m.kind, actorId: m.actor, entityId: null })),
  ].sort((a, b) => a.start - b.start);
  doc.actors = spec.actors.map((a) => ({
    id: a.id,
    name: a.name,
    code: a.code,
    country: a.country,
    sectors: a.code && a.code.length > 3 ? [a.code.slice(3)] : [],
    aliases: a.aliases ?? [],
    roles: (a.roles ?? []).map((r) => ({ ...at(r.needle), title: r.title, country: a.country, sectors: r.sectors })),
    mentions: doc.mentions.filter((m) => m.actorId === a.id).map((m) => m.id),
    basis: "fixture",
    members: [],
  }));
  doc.times = spec.times.map((t) => ({ ...at(t.needle), value: t.value, precision: t.precision }));
  doc.places = spec.places.map((p) => ({ ...at(p.needle), name: p.name, country: p.country, lat: p.lat, lon: p.lon, featureType: p.featureType, point: p.point ?? "own" }));
  doc.quotes = (spec.quotes ?? []).map((q, i) => {
    const sp = at(q.speaker.needle);
    return {
      id: `q${i + 1}`,
      ...at(q.content),
      kind: "direct" as const,
      speaker: { actorId: q.speaker.actor, name: q.speaker.name, start: sp.start, end: sp.end },
      cue: at(q.cue),
    };
  });
  doc.events = spec.events.map((e): Event => {
    const trigger = at(e.trigger);
    const side = (s: EventSpec["source"]) => (s ? { ...at(s.needle), actorId: s.actor, code: s.code } : null);
    const place = e.place ? { ...at(e.place.needle) } : null;
    const placeType = place ? (doc.places.find((p) => p.start === place.start && p.end === place.end)?.featureType ?? null) : null;
    return {
      id: e.id,
      sentence: sentenceOf(trigger.start),
      trigger,
      source: side(e.source),
      target: side(e.target),
      cameo: { code: e.cameo[0], label: e.cameo[1], goldstein: e.cameo[2], quadClass: e.cameo[3] },
      plover: e.plover ? { type: e.plover, mode: null, context: null } : null,
      modality: e.modality ?? "asserted",
      negated: e.negated ?? false,
      date: e.date
        ? { value: e.date.value, precision: e.date.precision, text: e.date.needle ? at(e.date.needle).text : null, inherited: e.date.inherited ?? false }
        : null,
      location:
        e.place && place
          ? { name: e.place.name, country: e.place.country, lat: e.place.lat, lon: e.place.lon, text: place.text, start: place.start, end: place.end, inherited: false, point: e.place.point ?? "own", featureType: e.place.featureType ?? placeType }
          : null,
      rule: e.rule,
      confidence: e.confidence,
    };
  });
  doc.provenance = { sitrep: "fixture", stages: [{ id: "fixture", version: 1 }], resources: {} };
  delete doc.tokens;
  checkDocumentOffsets(doc);
  return doc;
}

/** The hostile article's title: script and onerror payloads that must stay inert text. */
export const HOSTILE_TITLE = `<script>window.__sitrepXss = "title"</script>Breaking <img src=x onerror="window.__sitrepXss='title-img'">`;

/** The founding article's id in the fixture store. */
export const FOUNDING_ID = "iran-iraq-meet";

/** The fixture documents: the founding Iran–Iraq meeting and six more. */
export function fixtureDocuments(): Document[] {
  const founding = sampleDocument({ id: FOUNDING_ID });
  founding.url = "https://example.org/iran-iraq";
  return [
    founding,
    buildDocument({
      id: "iran-aid-iraq",
      title: "Iran sends medical aid to Iraq",
      text: "Iran sent medical aid to Iraq on 2 December 2020. Officials in Baghdad welcomed the shipment from Tehran.",
      published: "2020-12-03",
      source: "presstv",
      url: "https://example.org/aid",
      entities: [
        { needle: "Iran", type: "GPE", actor: "a1" },
        { needle: "Iraq", type: "GPE", actor: "a2" },
        { needle: "Baghdad", type: "GPE" },
        { needle: "Tehran", type: "GPE", actor: "a1" },
      ],
      actors: [
        { id: "a1", name: "Iran", code: "IRN", country: "IRN", aliases: ["Tehran"] },
        { id: "a2", name: "Iraq", code: "IRQ", country: "IRQ" },
      ],
      times: [{ needle: "2 December 2020", value: "2020-12-02", precision: "day" }],
      places: [{ needle: "Baghdad", name: "Baghdad", country: "IRQ", lat: 33.31, lon: 44.37, featureType: "city" }],
      events: [
        {
          id: "ev1",
          trigger: "sent",
          source: { needle: "Iran", actor: "a1", code: "IRN" },
          target: { needle: "Iraq", actor: "a2", code: "IRQ" },
          cameo: ["070", "Provide aid, not specified", 7, 2],
          plover: "AID",
          date: { value: "2020-12-02", precision: "day", needle: "on 2 December 2020" },
          place: { needle: "Baghdad", name: "Baghdad", country: "IRQ", lat: 33.31, lon: 44.37 },
          rule: "fixture:send-aid",
          confidence: 0.8,
        },
      ],
    }),
    buildDocument({
      id: "basra-protest",
      title: "Protesters in Basra denounce Iran",
      text: "Iraqi protesters denounced Iran in Basra on 20 January 2021. They accused Tehran of meddling, a witness said.",
      published: "2021-01-21",
      source: "wikinews",
      entities: [
        { needle: "Iraqi", type: "NORP", actor: "a1" },
        { needle: "Iran", type: "GPE", actor: "a2" },
        { needle: "Basra", type: "GPE" },
        { needle: "Tehran", type: "GPE", actor: "a2" },
      ],
      actors: [
        { id: "a1", name: "Iraqi protesters", code: "IRQCVL", country: "IRQ", aliases: ["protesters"] },
        { id: "a2", name: "Iran", code: "IRN", country: "IRN" },
      ],
      times: [{ needle: "20 January 2021", value: "2021-01-20", precision: "day" }],
      places: [{ needle: "Basra", name: "Basra", country: "IRQ", lat: 30.51, lon: 47.78, featureType: "city" }],
      mentions: [{ needle: "They", kind: "pronoun", actor: "a1" }],
      events: [
        {
          id: "ev1",
          trigger: "denounced",
          source: { needle: "Iraqi protesters", actor: "a1", code: "IRQCVL" },
          target: { needle: "Iran", actor: "a2", code: "IRN" },
          cameo: ["111", "Criticize or denounce", -2, 3],
          plover: "DISAPPROVE",
          date: { value: "2021-01-20", precision: "day", needle: "on 20 January 2021" },
          place: { needle: "Basra", name: "Basra", country: "IRQ", lat: 30.51, lon: 47.78 },
          rule: "fixture:denounce",
          confidence: 0.85,
        },
        {
          id: "ev2",
          trigger: "accused",
          source: { needle: "They", actor: "a1", code: "IRQCVL" },
          target: { needle: "Tehran", actor: "a2", code: "IRN" },
          cameo: ["112", "Accuse, not specified", -2, 3],
          plover: "ACCUSE",
          date: { value: "2021-01-20", precision: "day", inherited: true },
          modality: "reported",
          rule: "fixture:accuse",
          confidence: 0.6,
        },
      ],
    }),
    buildDocument({
      id: "us-china-talks",
      title: "US and China hold trade talks",
      text: "US and Chinese negotiators held talks in Beijing on 12 October 2020 on trade. The US trade representative led the delegation.",
      published: "2020-10-12",
      source: "wikinews",
      entities: [
        { needle: "US", type: "GPE", actor: "a1" },
        { needle: "Chinese", type: "NORP", actor: "a2" },
        { needle: "Beijing", type: "GPE" },
        { needle: ["US", 1], type: "GPE", actor: "a1" },
      ],
      actors: [
        { id: "a1", name: "United States negotiators", code: "USAGOV", country: "USA", roles: [{ needle: "trade representative", title: "trade representative", sectors: ["GOV"] }] },
        { id: "a2", name: "Chinese negotiators", code: "CHNGOV", country: "CHN" },
      ],
      times: [{ needle: "12 October 2020", value: "2020-10-12", precision: "day" }],
      places: [{ needle: "Beijing", name: "Beijing", country: "CHN", lat: 39.9, lon: 116.41, featureType: "city" }],
      events: [
        {
          id: "ev1",
          trigger: "held talks",
          source: { needle: "US", actor: "a1", code: "USAGOV" },
          target: { needle: "Chinese negotiators", actor: "a2", code: "CHNGOV" },
          cameo: ["046", "Engage in negotiation", 7, 1],
          plover: "CONSULT",
          date: { value: "2020-10-12", precision: "day", needle: "on 12 October 2020" },
          place: { needle: "Beijing", name: "Beijing", country: "CHN", lat: 39.9, lon: 116.41 },
          rule: "fixture:held-talks",
          confidence: 0.9,
        },
      ],
    }),
    buildDocument({
      id: "donetsk-shelling",
      title: "Shelling near Donetsk",
      text: "Russian forces shelled Ukrainian positions near Pisky in Donetsk on 3 September 2020, Ukraine's military said.",
      published: "2020-09-03",
      source: "example",
      entities: [
        { needle: "Russian", type: "NORP", actor: "a1" },
        { needle: "Ukrainian", type: "NORP", actor: "a2" },
        { needle: "Pisky", type: "GPE" },
        { needle: "Donetsk", type: "GPE" },
        { needle: "Ukraine", type: "GPE", actor: "a3" },
      ],
      actors: [
        { id: "a1", name: "Russian forces", code: "RUSMIL", country: "RUS" },
        { id: "a2", name: "Ukrainian positions", code: "UKRMIL", country: "UKR" },
        { id: "a3", name: "Ukraine's military", code: "UKRMIL", country: "UKR" },
      ],
      times: [{ needle: "3 September 2020", value: "2020-09-03", precision: "day" }],
      // A village the gazetteer lacks, placed at the town the text puts it in.
      places: [
        { needle: "Pisky", name: "Pisky", country: "UKR", lat: 48.0, lon: 37.8, featureType: "city", point: "container" },
        { needle: "Donetsk", name: "Donetsk", country: "UKR", lat: 48.0, lon: 37.8, featureType: "city" },
      ],
      quotes: [
        {
          content: "Russian forces shelled Ukrainian positions near Pisky in Donetsk on 3 September 2020",
          speaker: { actor: "a3", name: "Ukraine's military", needle: "Ukraine's military" },
          cue: "said",
        },
      ],
      events: [
        {
          id: "ev1",
          trigger: "shelled",
          source: { needle: "Russian forces", actor: "a1", code: "RUSMIL" },
          target: { needle: "Ukrainian positions", actor: "a2", code: "UKRMIL" },
          cameo: ["190", "Use conventional military force, not specified", -10, 4],
          plover: "ASSAULT",
          date: { value: "2020-09-03", precision: "day", needle: "on 3 September 2020" },
          place: { needle: "Pisky", name: "Pisky", country: "UKR", lat: 48.0, lon: 37.8, point: "container" },
          modality: "reported",
          rule: "fixture:shell",
          confidence: 0.75,
        },
      ],
    }),
    buildDocument({
      id: "israel-warns-iran",
      title: "Israel warns Iran over nuclear programme",
      text: "Israel's prime minister warned Iran on 5 February 2021 over its nuclear programme. Iran's foreign minister did not meet Israeli envoys in Vienna.",
      published: "2021-02-05",
      source: "presstv",
      entities: [
        { needle: "Israel", type: "GPE", actor: "a1" },
        { needle: "Iran", type: "GPE", actor: "a2" },
        { needle: ["Iran", 1], type: "GPE", actor: "a3" },
        { needle: "Israeli", type: "NORP", actor: "a4" },
        { needle: "Vienna", type: "GPE" },
      ],
      actors: [
        { id: "a1", name: "Israel's prime minister", code: "ISRGOV", country: "ISR", roles: [{ needle: "prime minister", title: "prime minister", sectors: ["GOV"] }] },
        { id: "a2", name: "Iran", code: "IRN", country: "IRN" },
        { id: "a3", name: "Iran's foreign minister", code: "IRNGOV", country: "IRN", roles: [{ needle: "foreign minister", title: "foreign minister", sectors: ["GOV"] }] },
        { id: "a4", name: "Israeli envoys", code: "ISRGOV", country: "ISR" },
      ],
      times: [{ needle: "5 February 2021", value: "2021-02-05", precision: "day" }],
      places: [{ needle: "Vienna", name: "Vienna", country: "AUT", lat: 48.21, lon: 16.37, featureType: "city" }],
      mentions: [{ needle: "its", kind: "pronoun", actor: "a2" }],
      events: [
        {
          id: "ev1",
          trigger: "warned",
          source: { needle: "Israel's prime minister", actor: "a1", code: "ISRGOV" },
          target: { needle: "Iran", actor: "a2", code: "IRN" },
          cameo: ["130", "Threaten, not specified", -4.4, 3],
          plover: "THREATEN",
          date: { value: "2021-02-05", precision: "day", needle: "on 5 February 2021" },
          rule: "fixture:warn",
          confidence: 0.7,
        },
        {
          id: "ev2",
          trigger: "meet",
          source: { needle: "Iran's foreign minister", actor: "a3", code: "IRNGOV" },
          target: { needle: "Israeli envoys", actor: "a4", code: "ISRGOV" },
          cameo: ["040", "Consult, not specified", 1, 1],
          plover: "CONSULT",
          date: { value: "2021-02-05", precision: "day", inherited: true },
          place: { needle: "Vienna", name: "Vienna", country: "AUT", lat: 48.21, lon: 16.37 },
          negated: true,
          rule: "fixture:meet",
          confidence: 0.65,
        },
      ],
    }),
    hostileDocument(),
  ];
}

/** An article whose title and text carry script tags and onerror attributes (must render inert). */
export function hostileDocument(): Document {
  const payload = `<img src=x onerror="window.__sitrepXss='text-img'">`;
  return buildDocument({
    id: "hostile",
    title: HOSTILE_TITLE,
    text: `<script>window.__sitrepXss = "text"</script> Officials of Geneva met ${payload} in Geneva on 1 March 2021. The <b>UN</b> said so.`,
    published: "2021-03-01",
    source: "<script>window.__sitrepXss='source'</script>",
    entities: [
      { needle: "Geneva", type: "GPE", actor: "a1" },
      { needle: payload, type: "ORG", actor: "a2" },
      { needle: "<b>UN</b>", type: "ORG", actor: "a2" },
    ],
    actors: [
      { id: "a1", name: "<script>window.__sitrepXss='actor'</script>", code: "CHE", country: "CHE" },
      { id: "a2", name: payload, code: "IGOUNO", country: null },
    ],
    times: [{ needle: "1 March 2021", value: "2021-03-01", precision: "day" }],
    places: [{ needle: ["Geneva", 1], name: "Geneva", country: "CHE", lat: 46.2, lon: 6.15, featureType: "city" }],
    events: [
      {
        id: "ev1",
        trigger: "met",
        source: { needle: "Officials of Geneva", actor: "a1", code: "CHE" },
        target: { needle: payload, actor: "a2", code: "IGOUNO" },
        cameo: ["040", "Consult, not specified", 1, 1],
        plover: "CONSULT",
        date: { value: "2021-03-01", precision: "day", needle: "on 1 March 2021" },
        place: { needle: ["Geneva", 1], name: `Geneva ${payload}`, country: "CHE", lat: 46.2, lon: 6.15 },
        rule: `fixture:<script>window.__sitrepXss='rule'</script>`,
        confidence: 0.5,
      },
    ],
  });
}

/** Put every fixture document into a store; returns the store for chaining. */
export function fillFixtureStore<S extends DocumentStore>(store: S): S {
  for (const doc of fixtureDocuments()) store.putDocument(doc);
  return store;
}
