// The scoreboard's rows for capabilities whose evaluator file does not exist yet (or declares no plan):
// what `npm run eval` prints as "not implemented" so no planned row is ever silently missing.
import { BASELINES } from "./baselines.js";
import type { RowSpec, ScoreRow } from "./types.js";


function rows(capability: ScoreRow["capability"], goldSet: string, list: [string, RowSpec["unit"], string?][]): RowSpec[] {
  return list.map(([metric, unit, baseline]) => ({ capability, goldSet, metric, unit, ...(baseline ? { baseline } : {}) }));
}

/** Planned rows per capability, used only when the evaluator cannot say for itself. */
export const FALLBACK_PLAN: Readonly<Record<ScoreRow["capability"], RowSpec[]>> = {
  entities: [],
  events: [],
  actors: [],
  times: rows("times", "MEANTIME en", [
    ["time-expression detection F1", "%"],
    ["normalised-value accuracy", "%", BASELINES.timeValue],
  ]),
  places: [
    ...["TR-News", "GeoVirus"].flatMap((set) =>
      rows("places", set, [
        ["toponym detection F1", "%"],
        ["accuracy within 161 km", "%", BASELINES.geo161],
        ["median error", "km"],
      ]),
    ),
    ...rows("places", "event-location halterman-dev", [["event location accuracy", "%", BASELINES.eventPlace]]),
  ],
  quotes: rows(
    "quotes",
    "PolNeAR",
    ["source", "cue", "content"].flatMap((part): [string, RowSpec["unit"]][] => [
      [`${part} token F1`, "%"],
      [`${part} exact-span F1`, "%"],
    ]),
  ),
};
