// Recognises sports reports (results, tables, match stories), which Phoenix's discard list catches only
// when they name one of its famous events: "New Zealand beat South Africa 33-26" is not a use of force.

import { createPhraseMatcher, type PhraseMatcher } from "../../resources/index.js";

/**
 * Words and phrases that, in news, belong to sport and hardly ever to politics. Ambiguous ones
 * ("race", "rally", "title", "won", "team", "striker"s on strike, "penalty") are left out: they also
 * carry elections, protests and courts.
 */
const SPORTS_TERMS = [
  "halftime", "half-time", "innings", "inning", "wicket", "wickets", "batsman", "batsmen", "bowler", "bowlers",
  "goalkeeper", "midfielder", "striker", "defender", "semifinal", "semifinals", "semi-final", "semi-finals",
  "quarterfinal", "quarterfinals", "quarter-final", "quarter-finals", "seeded", "standings", "scorers",
  "goalscorer", "goalscorers", "touchdown", "touchdowns", "pitcher", "hat-trick", "tennis", "soccer", "cricket",
  "baseball", "basketball", "cycling", "athletics", "championship", "championships", "tournament", "match",
  "matches", "first division", "second division", "premier league", "grand slam", "test match", "one-day",
  "home run", "home runs", "own goal", "free kick", "lap", "laps", "stadium", "referee", "goals", "scored",
  "champion", "champions", "league leaders", "world cup",
];

/** A score or set result: "33-26", "6-3", "(34-48 half-time)"; not a year range ("1992-96") or a date. */
const SCORE = /(?<![\d./-])(\d{1,3})-(\d{1,3})(?![\d./-])/g;

export interface SportsEvidence {
  terms: string[];
  scores: number;
}

export class SportsReportDetector {
  private readonly matcher: PhraseMatcher<string>;

  constructor(terms: readonly string[] = SPORTS_TERMS) {
    this.matcher = createPhraseMatcher(terms.map((t) => [t, t] as const));
  }

  /** The sports words and scores of a story, `keys` being its lower-cased token texts. */
  evidence(text: string, keys: readonly string[]): SportsEvidence {
    const terms = new Set<string>();
    for (let i = 0; i < keys.length; i++) {
      const m = this.matcher.matchAt(keys, i);
      if (!m) continue;
      terms.add(m.values[0]);
      i = m.end - 1;
    }
    let scores = 0;
    for (const m of text.matchAll(SCORE)) if (Number(m[1]) < 200 && Number(m[2]) < 200) scores++;
    return { terms: [...terms], scores };
  }

  /**
   * Why a story reads as a sports report, or null. Two distinct sports words, or one with a score,
   * a political story may name a match, or give a vote as "5-4", but seldom both.
   */
  reason(text: string, keys: readonly string[]): string | null {
    const { terms, scores } = this.evidence(text, keys);
    if (terms.length >= 2 || (terms.length === 1 && scores >= 1)) {
      const words = terms.slice(0, 3).map((t) => `"${t}"`);
      if (scores) words.push(`${scores} score${scores > 1 ? "s" : ""}`);
      return `reads as a sports report (${words.join(", ")})`;
    }
    return null;
  }
}
