// Story filtering on Reuters news: the CoNLL-2003 eng.testa documents keep their headlines, whose
// desk slug ("SOCCER - …", "TENNIS - …") says which stories are sports. The headline is dropped
// before annotating, so the filter sees only the story, as it would in a feed.
import { join } from "node:path";
import type { Annotator } from "../annotator.js";
import { readConll, type ConllSentence } from "./gold/conll.js";
import { subsetNote } from "./plover-run.js";
import { measured } from "./rows.js";
import { percent } from "./scorers/prf.js";
import type { EvalOptions, RowSpec, ScoreRow } from "./types.js";

export const STORY_SET = "CoNLL-2003 eng.testa stories";
const STORY_FILE = "gold/ner/eng.testa";

/** Reuters desk slugs that open a sports headline ("SOCCER - …", "Boxing-Bruno quits …", "RTRS - Tennis - …", run-together "BASKETBALLSOCCER - …"). */
const SPORTS_SLUG = /^(rtrs\s*-\s*)?(soccer|cricket|baseball|tennis|cycling|golf|athletics|rugby union|rugby league|rallying|motor racing|basketball|horse racing|badminton|motorcycling|squash|motocross|swimming|boxing|ice hockey|nfl|nhl|american football|australian rules|yachting|rowing|skiing|alpine skiing|judo|volleyball|hockey)[a-z]*\s*-/i;

export const storyFilterSpecs: RowSpec[] = [
  { capability: "events", goldSet: STORY_SET, metric: "sports stories with no event", unit: "%" },
  { capability: "events", goldSet: STORY_SET, metric: "other stories discarded whole", unit: "count" },
];

/** One story: whether its headline marks it as sports, and its body text (headline and dateline dropped). */
export interface Story {
  sports: boolean;
  text: string;
}

/** Join CoNLL words back into text: no space before closing punctuation and clitics, or inside quotes. */
export function detokenize(words: readonly string[]): string {
  let out = "";
  let openQuote = false;
  for (const w of words) {
    if (w === '"') {
      out += openQuote ? '"' : `${out ? " " : ""}"`;
      openQuote = !openQuote;
      continue;
    }
    const glue = /^([.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i.test(w) || (openQuote && out.endsWith('"')) || /[([{$]$/.test(out);
    out += (out && !glue ? " " : "") + w;
  }
  return out;
}

/** The stories of a CoNLL file: sentences grouped by document; the first is the headline, a short line ending in a date is the dateline. */
export function storiesOf(sentences: readonly ConllSentence[]): Story[] {
  const byDocument = new Map<number, ConllSentence[]>();
  for (const s of sentences) {
    const doc = byDocument.get(s.document);
    if (doc) doc.push(s);
    else byDocument.set(s.document, [s]);
  }
  const stories: Story[] = [];
  for (const doc of byDocument.values()) {
    if (doc.length < 2) continue;
    const headline = detokenize(doc[0].words);
    const dateline = doc.findIndex((s) => s.words.length <= 6 && /^\d{4}-\d{2}-\d{2}$/.test(s.words[s.words.length - 1]));
    const body = doc.slice(dateline >= 0 && dateline <= 3 ? dateline + 1 : 1).map((s) => detokenize(s.words));
    if (body.length > 0) stories.push({ sports: SPORTS_SLUG.test(headline), text: `${body.join("\n\n")}\n` });
  }
  return stories;
}

/** Score the story filter: sports stories should code no event; other stories should not be discarded whole. */
export function runStoryFilter(annotator: Annotator, options: EvalOptions): ScoreRow[] {
  const all = storiesOf(readConll(join(options.sharedDir, STORY_FILE)));
  const stories = options.limit !== undefined ? all.slice(0, options.limit) : all;
  let sports = 0;
  let sportsSilent = 0;
  let other = 0;
  let otherDiscarded = 0;
  stories.forEach((story, i) => {
    const doc = annotator.annotate({ id: `conll-testa-${i}`, text: story.text, published: null, source: STORY_SET });
    if (story.sports) {
      sports++;
      if (doc.events.length === 0) sportsSilent++;
    } else {
      other++;
      if (doc.diagnostics.some((d) => d.code === "events.story-discarded")) otherDiscarded++;
    }
  });
  const subset = subsetNote(stories.length, all.length, "stories");
  const [silentRow, discardedRow] = storyFilterSpecs;
  return [
    measured(silentRow, percent(sports ? sportsSilent / sports : 0), [subset, `${sportsSilent}/${sports}`].filter(Boolean).join("; ")),
    measured(discardedRow, otherDiscarded, `of ${other} stories`),
  ];
}
