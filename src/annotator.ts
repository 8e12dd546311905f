// The public entry point: build the default pipeline once, then annotate articles with it.
import { emptyDocument, makeArticle, type ArticleInput } from "./model/document.js";
import { hashText } from "./model/ids.js";
import type { Article, Document } from "./model/schema.js";
import { createPipeline, type Pipeline } from "./pipeline/pipeline.js";
import type { Stage } from "./pipeline/stage.js";
import { loadDictionaries, type Dictionaries, type VerbDictionary } from "./resources/index.js";
import { mergeVerbDictionaries } from "./resources/merge-verbs.js";
import { createActorsStage, type ActorRegistryLookup } from "./stages/actors/actors-stage.js";
import { createEntitiesStage } from "./stages/entities/index.js";
import { createEventsStage, type EventsStageOptions } from "./stages/events/events-stage.js";
import { createEventMergeStage } from "./stages/events/merge.js";
import { createNormaliseStage } from "./stages/normalise/normalise.js";
import { createEventLocationsStage } from "./stages/places/event-locations.js";
import { createPlacesStage } from "./stages/places/places.js";
import { createQuotesStage } from "./stages/quotes/quotes.js";
import { createEventDatesStage } from "./stages/times/event-dates.js";
import { createTimesStage } from "./stages/times/times.js";
import { createTokensStage } from "./stages/tokens/wink.js";
import { SITREP_VERSION } from "./version.js";

/** Dictionaries that replace the package's own (a project's actor list, PETRARCH's validation set). */
export type DictionaryOverrides = Partial<Pick<Dictionaries, "verbs" | "actors" | "agents" | "discards" | "countries">>;

export interface AnnotatorOptions {
  /** Replace the default stage list (tests, evaluation of single stages). */
  stages?: readonly Stage[];
  /** Code with these dictionaries instead of the package's. Without `countries`, replacing `actors` drops them too. */
  dictionaries?: DictionaryOverrides;
  /** Actors learned from earlier articles (the store's registry), for people the dictionaries do not know. */
  registry?: ActorRegistryLookup;
  /** A user's own verb patterns (CAMEO dictionary format, parsed), layered over the dictionary's: they win ties. */
  patterns?: VerbDictionary;
  /** Coding conventions of the event coder (see README, "Coding conventions"). */
  events?: Pick<EventsStageOptions, "requireDyad" | "placesAsCivilians" | "newActorLength">;
}

export interface Annotator {
  readonly pipeline: Pipeline;
  /** Annotate one article; `onStage` receives per-stage timings. */
  annotate(article: Article | ArticleInput, onStage?: (stageId: string, ms: number) => void): Document;
}

function withOverrides(base: Dictionaries, overrides: DictionaryOverrides): Dictionaries {
  const countries = overrides.countries ?? (overrides.actors ? [] : base.countries);
  return {
    ...base,
    ...overrides,
    countries,
    cameoInfo: base.cameoInfo,
    hash: hashText(JSON.stringify(overrides), 16),
  };
}

/** The default stages, in order. Loading resources happens here, once. */
export function defaultStages(options: Pick<AnnotatorOptions, "dictionaries" | "registry" | "patterns" | "events"> = {}): Stage[] {
  const base = loadDictionaries();
  let dictionaries = options.dictionaries ? withOverrides(base, options.dictionaries) : base;
  if (options.patterns) {
    const verbs = mergeVerbDictionaries(dictionaries.verbs, options.patterns);
    dictionaries = { ...dictionaries, verbs, hash: hashText(`${dictionaries.hash}+${JSON.stringify(options.patterns)}`, 16) };
  }
  return [
    createNormaliseStage(),
    createTokensStage(),
    createEntitiesStage(),
    createActorsStage({ dictionaries, registry: options.registry }),
    createTimesStage(),
    createPlacesStage(),
    createQuotesStage(),
    createEventsStage({ ...options.events, dictionaries }),
    createEventDatesStage(),
    createEventLocationsStage(),
    createEventMergeStage(),
  ];
}

/** Create an annotator; loads every resource once. */
export function createAnnotator(options: AnnotatorOptions = {}): Annotator {
  const pipeline = createPipeline(options.stages ?? defaultStages(options), SITREP_VERSION);
  return {
    pipeline,
    annotate(input, onStage) {
      const article = "hash" in input && typeof input.hash === "string" ? (input as Article) : makeArticle(input);
      return pipeline.run(emptyDocument(article), onStage);
    },
  };
}
