// The public entry point: build the default pipeline once, then annotate articles with it.
import { emptyDocument, makeArticle, type ArticleInput } from "./model/document.js";
import type { Article, Document } from "./model/schema.js";
import { createPipeline, type Pipeline } from "./pipeline/pipeline.js";
import type { Stage } from "./pipeline/stage.js";
import { createNormaliseStage } from "./stages/normalise/normalise.js";
import { createTokensStage } from "./stages/tokens/wink.js";
import { createEntitiesStage } from "./stages/entities/index.js";
import { createActorsStage } from "./stages/actors/actors-stage.js";
import { createTimesStage } from "./stages/times/times.js";
import { createPlacesStage } from "./stages/places/places.js";
import { createEventLocationsStage } from "./stages/places/event-locations.js";
import { createQuotesStage } from "./stages/quotes/quotes.js";
import { createEventsStage } from "./stages/events/events-stage.js";
import { createEventMergeStage } from "./stages/events/merge.js";
import { createEventDatesStage } from "./stages/times/event-dates.js";
import { SITREP_VERSION } from "./version.js";

export interface AnnotatorOptions {
  /** Replace the default stage list (tests, evaluation of single stages). */
  stages?: readonly Stage[];
}

export interface Annotator {
  readonly pipeline: Pipeline;
  /** Annotate one article; `onStage` receives per-stage timings. */
  annotate(article: Article | ArticleInput, onStage?: (stageId: string, ms: number) => void): Document;
}

/** The default stages, in order. Loading resources happens here, once. */
export function defaultStages(): Stage[] {
  return [
    createNormaliseStage(),
    createTokensStage(),
    createEntitiesStage(),
    createActorsStage(),
    createTimesStage(),
    createPlacesStage(),
    createQuotesStage(),
    createEventsStage(),
    createEventDatesStage(),
    createEventLocationsStage(),
    createEventMergeStage(),
  ];
}

/** Create an annotator; loads every resource once. */
export function createAnnotator(options: AnnotatorOptions = {}): Annotator {
  const pipeline = createPipeline(options.stages ?? defaultStages(), SITREP_VERSION);
  return {
    pipeline,
    annotate(input, onStage) {
      const article = "hash" in input && typeof input.hash === "string" ? (input as Article) : makeArticle(input);
      return pipeline.run(emptyDocument(article), onStage);
    },
  };
}
