// Published anchors and issue targets quoted beside scoreboard rows (from ../shared/README.md and the
// capability issues), kept in one place so rows, the plan and the README say the same thing.

export const BASELINES = {
  conll: "target ≥ 90; test split: Stanford CRF 85.5, BERT-base 92.4, Flair 93.1",
  wikigold: "out-of-domain check (no published anchor in ../shared)",
  petrarch: "target ≥ 90",
  petrarchExtra: "target: few",
  ploverType: "target ≥ 85; GDELT audit 81; KEDS/TABARI 75–85 vs human",
  actorCode: "target ≥ 85; GDELT audit actors 79",
  timeValue: "TempEval-3 value F1: HeidelTime 77.6, SUTime 67.4",
  geo161: "CamCoder 76 (LGL); Mordecai3 82.7 (LGL) – 94.1 (GeoWebNews)",
  eventPlace: "GDELT audit: places 75",
} as const;

/** The published figures as the shared README gives them, for the README's anchor list. */
export const PUBLISHED_ANCHORS: readonly string[] = [
  "CoNLL-2003 test F1 — Stanford CRF 85.5, BERT-base 92.4–92.6, Flair 93.1 (sitrep's rows are on the eng.testa development split).",
  "Geoparsing accuracy within 161 km — CamCoder 76 (LGL), Mordecai3 82.7 (LGL) to 94.1 (GeoWebNews).",
  "Time normalisation (TempEval-3 value F1) — HeidelTime 77.6, SUTime 67.4.",
  "Event coding — a 2014 audit of GDELT found event codes right 81% of the time, actors 79%, places 75%; KEDS/TABARI matched a human coder on 75–85% of lead sentences.",
  "Speed — PETRARCH2 codes about 250 sentences/s but needs a CoreNLP parse first (2–5 sentences/s); TABARI codes 2,500–6,000 records/s.",
];
