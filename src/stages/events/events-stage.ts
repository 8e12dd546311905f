// Stage events.cameo@1: codes events between actors from predications and CAMEO verb patterns, with
// PLOVER types, Goldstein scores and quad classes; dates and places are added by later stages.
import { diagnostic, defineStage } from "../../pipeline/stage.js";
import { createVerbIndex, loadDictionaries, type Dictionaries } from "../../resources/index.js";
import { EventCoder } from "./coder.js";

export interface EventsStageOptions {
  dictionaries?: Pick<Dictionaries, "verbs" | "discards" | "cameoInfo" | "hash">;
  /**
   * Events whose target is not coded: true never codes them (PETRARCH's require_dyad), false codes all
   * of them; unset, sitrep codes a sentence's main one-sided event when it has no other (see EventCoder).
   */
  requireDyad?: boolean;
  /** A town or city an event is done to is its country's civilians (default), or else the country (PETRARCH's convention). */
  placesAsCivilians?: boolean;
  /** PETRARCH's new_actor_length: an uncoded noun phrase of at most this many words is coded as its own text (default 0: never). */
  newActorLength?: number;
}

/**
 * Whether a verb dictionary codes events in CAMEO: nearly all of its codes are CAMEO codes. CAMEO 2.0
 * (with sitrep's supplement) has 99% known codes; PETRARCH's validation dictionary, written in WEIS
 * codes for unit tests, has 68%. CAMEO's own coding rules (stance codes, negation as rejection) only
 * make sense for the former: WEIS 031 is "meet", not "intend to cooperate materially".
 */
export function usesCameoCodes(verbs: Dictionaries["verbs"], cameoInfo: Dictionaries["cameoInfo"]): boolean {
  const codes = new Set<string>();
  for (const block of verbs.blocks) {
    for (const c of [block.code, ...block.verbs.map((v) => v.code), ...block.patterns.map((p) => p.code)]) {
      if (c?.code) codes.add(c.code);
      if (c?.reciprocal) codes.add(c.reciprocal);
    }
  }
  let known = 0;
  for (const c of codes) if (cameoInfo(c)) known++;
  return codes.size > 0 && known / codes.size >= 0.95;
}

/** Build the coder from dictionaries (the default: the package's compiled CAMEO dictionaries). */
export function createEventCoder(dictionaries: Pick<Dictionaries, "verbs" | "discards" | "cameoInfo">, options: Pick<EventsStageOptions, "requireDyad" | "placesAsCivilians" | "newActorLength"> = {}): EventCoder {
  return new EventCoder({
    verbs: createVerbIndex(dictionaries.verbs),
    cameoInfo: (c) => dictionaries.cameoInfo(c),
    discards: dictionaries.discards,
    cameoRules: usesCameoCodes(dictionaries.verbs, dictionaries.cameoInfo),
    requireDyad: options.requireDyad,
    placesAsCivilians: options.placesAsCivilians,
    newActorLength: options.newActorLength,
  });
}

export const createEventsStage = defineStage<EventsStageOptions | void>(
  { id: "events.cameo", version: 1, requires: ["sentences", "tokens", "actors", "mentions", "quotes"], assigns: ["events"] },
  (options) => {
    const dictionaries = (options && options.dictionaries) || loadDictionaries();
    const coder = createEventCoder(dictionaries, options ? { requireDyad: options.requireDyad, placesAsCivilians: options.placesAsCivilians, newActorLength: options.newActorLength } : {});
    return {
      resources: { verbs: dictionaries.hash },
      run(doc) {
        const result = coder.code(doc);
        const diagnostics = result.discarded
          ? [...doc.diagnostics, diagnostic("events.cameo", "events.story-discarded", `story not coded: it ${result.discarded}`, { severity: "info" })]
          : doc.diagnostics;
        return { ...doc, events: result.events, diagnostics };
      },
    };
  },
);
