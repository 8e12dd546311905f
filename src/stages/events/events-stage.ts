// Stage events.cameo@1: codes events between actors from predications and CAMEO verb patterns, with
// PLOVER types, Goldstein scores and quad classes; dates and places are added by later stages.
import { diagnostic, defineStage } from "../../pipeline/stage.js";
import { createVerbIndex, loadDictionaries, type Dictionaries } from "../../resources/index.js";
import { EventCoder } from "./coder.js";

export interface EventsStageOptions {
  dictionaries?: Pick<Dictionaries, "verbs" | "discards" | "cameoInfo" | "hash">;
}

/** Build the coder from dictionaries (the default: the package's compiled CAMEO dictionaries). */
export function createEventCoder(dictionaries: Pick<Dictionaries, "verbs" | "discards" | "cameoInfo">): EventCoder {
  return new EventCoder({ verbs: createVerbIndex(dictionaries.verbs), cameoInfo: (c) => dictionaries.cameoInfo(c), discards: dictionaries.discards });
}

export const createEventsStage = defineStage<EventsStageOptions | void>(
  { id: "events.cameo", version: 1, requires: ["sentences", "tokens", "actors", "mentions", "quotes"], assigns: ["events"] },
  (options) => {
    const dictionaries = (options && options.dictionaries) || loadDictionaries();
    const coder = createEventCoder(dictionaries);
    return {
      resources: { verbs: dictionaries.hash },
      run(doc) {
        const result = coder.code(doc);
        const diagnostics = result.discarded
          ? [...doc.diagnostics, diagnostic("events.cameo", "events.story-discarded", `story not coded: it contains "${result.discarded}" (Phoenix discard list)`, { severity: "info" })]
          : doc.diagnostics;
        return { ...doc, events: result.events, diagnostics };
      },
    };
  },
);
