import { describe, expect, it } from "vitest";
import type { PatternElement, VerbBlock } from "../types.js";
import { parseVerbDictionary, pluralPhrase, regularForms } from "./verb-dictionary.js";

const FIXTURE = `# A test dictionary in the CAMEO.2.0 layout
####### SYNONYM SETS #######

&AUXVERB_
+WILL
+WOULD

&WEAPON
+RIFLE
+MACHINE_GUN
+PRESS
+AMMO_

&ARMS
+&WEAPON
+TANK

####### VERB PATTERNS #######

---  VISIT   [042:043]  ---
VISIT
TRAVEL  [---]
+CALL_ON {+CALLS_ON +CALLED_ON +CALLING_ON}
KLM_NOP_+RST
SPEED {SPEEDING SPEEDS SPED }  # jw 11/14/91
- * (TO +)                                   [042:043]     # VISIT
- $ * (BEFORE COURT)                         [:173]        # APPEAR
- * &ARMS (FROM ^)                           [194]         # LAUNCH
- % * {JOINT EXERCISES}                      [062:062]
- SPY_*_DEAL                                 [---]         # PLAN
- * (BY/WITH &WEAPON)                        [194]
- * VENTURE (WITH VISIT)   VISIT)            [043]
- * COUNTER-ATTACK                           [190]
- * &UNDEFINED                               [190]
- * &WEAPON_STOCKS                            [072]
- * NO CODE HERE

---  THREATEN   [130]  ---
THREATEN
HURRY {HURRIES HURRYING HURRIED }
- * &AUXVERB STRIKE   [138]   ; old comment

~ a (a b ATTACK) SAY = a b 015
`;

const parsed = parseVerbDictionary(FIXTURE, { source: "test" });
const dict = parsed.value;
const block = (name: string): VerbBlock => {
  const found = dict.blocks.find((b) => b.name === name);
  if (!found) throw new Error(`no block ${name}`);
  return found;
};
const codes = parsed.diagnostics.map((d) => d.code);

describe("parseVerbDictionary", () => {
  it("reads blocks with their default codes", () => {
    expect(dict.blocks.map((b) => b.id)).toEqual(["test:VISIT", "test:THREATEN"]);
    expect(block("VISIT").code).toEqual({ code: "042", reciprocal: "043" });
    expect(block("THREATEN").code).toEqual({ code: "130", reciprocal: null });
    expect(block("VISIT").line).toBe(20);
  });

  it("generates regular forms and keeps irregular ones exactly", () => {
    const verbs = block("VISIT").verbs;
    expect(verbs[0]).toMatchObject({ lemma: "visit", forms: ["visit", "visits", "visited", "visiting"], irregular: false });
    const speed = verbs.find((v) => v.lemma === "speed");
    expect(speed?.forms).toEqual(["speed", "speeding", "speeds", "sped"]);
    expect(speed?.irregular).toBe(true);
    expect(block("THREATEN").verbs[1].forms).toEqual(["hurry", "hurries", "hurrying", "hurried"]);
  });

  it("reads multi-word verbs with the + marking the inflected word", () => {
    const verbs = block("VISIT").verbs;
    const callOn = verbs.find((v) => v.lemma === "call on");
    expect(callOn).toMatchObject({ words: ["call", "on"], head: 0, irregular: true });
    expect(callOn?.forms).toEqual(["call on", "calls on", "called on", "calling on"]);
    const rst = verbs.find((v) => v.lemma === "klm nop rst");
    expect(rst?.head).toBe(2);
    expect(rst?.forms).toContain("klm nop rsts");
  });

  it("keeps a verb's own code, including the null code", () => {
    const travel = block("VISIT").verbs.find((v) => v.lemma === "travel");
    expect(travel?.code).toEqual({ code: null, reciprocal: null });
    expect(block("VISIT").verbs[0].code).toBeNull();
  });

  it("reads paired, reverse-only and null result codes", () => {
    const p = block("VISIT").patterns;
    expect(p[0].code).toEqual({ code: "042", reciprocal: "043" });
    expect(p[1].code).toEqual({ code: null, reciprocal: "173" });
    expect(p[4].code).toEqual({ code: null, reciprocal: null });
  });

  it("gives every pattern a stable id, its line and its note", () => {
    const p = block("VISIT").patterns[0];
    expect(p).toMatchObject({ id: "test:VISIT:1", line: 26, note: "VISIT", text: "* (TO +)" });
    expect(block("THREATEN").patterns[0].note).toBe("old comment");
  });

  it("parses source, target, compound, skip, noun phrases and prepositional phrases in order", () => {
    const [toTarget, sourceCourt, armsFrom, compound] = block("VISIT").patterns;
    expect(toTarget.elements).toEqual<PatternElement[]>([
      { kind: "verb" },
      { kind: "prep", prepositions: ["to"], elements: [{ kind: "target" }] },
    ]);
    expect(sourceCourt.elements.map((e) => e.kind)).toEqual(["source", "verb", "prep"]);
    expect(armsFrom.elements).toEqual<PatternElement[]>([
      { kind: "verb" },
      { kind: "synset", name: "&ARMS" },
      { kind: "prep", prepositions: ["from"], elements: [{ kind: "skip" }] },
    ]);
    expect(compound.elements).toEqual<PatternElement[]>([
      { kind: "compound" },
      { kind: "verb" },
      { kind: "phrase", elements: [{ kind: "word", words: ["joint"] }, { kind: "word", words: ["exercises"] }] },
    ]);
  });

  it("marks underscore-joined elements adjacent, the verb included", () => {
    expect(block("VISIT").patterns[4].elements).toEqual<PatternElement[]>([
      { kind: "word", words: ["spy"] },
      { kind: "verb", adjacent: true },
      { kind: "word", words: ["deal"], adjacent: true },
    ]);
  });

  it("reads slash alternatives and splits hyphenated words into adjacent words", () => {
    const p = block("VISIT").patterns;
    expect(p[5].elements[1]).toEqual({ kind: "prep", prepositions: ["by", "with"], elements: [{ kind: "synset", name: "&WEAPON" }] });
    expect(p[7].elements.slice(1)).toEqual([
      { kind: "word", words: ["counter"] },
      { kind: "word", words: ["attack"], adjacent: true },
    ]);
  });

  it("drops a broken fragment before a stray closing parenthesis, with a diagnostic", () => {
    const p = block("VISIT").patterns[6];
    expect(p.elements.map((e) => e.kind)).toEqual(["verb", "word", "prep"]);
    expect(codes).toContain("verbs.unbalanced");
  });

  it("splits an undefined synset name at a defined prefix, and reports ones it cannot place", () => {
    const p = block("VISIT").patterns;
    expect(p[9].elements.slice(1)).toEqual([
      { kind: "synset", name: "&WEAPON" },
      { kind: "word", words: ["stocks"], adjacent: true },
    ]);
    expect(parsed.diagnostics.some((d) => d.code === "verbs.unknown-synset" && d.message.includes("&UNDEFINED"))).toBe(true);
  });

  it("skips a pattern without a code, with a diagnostic", () => {
    expect(block("VISIT").patterns).toHaveLength(10);
    expect(codes).toContain("verbs.no-code");
  });

  it("ignores a code with no digit in it: its pattern is skipped and a block has no default, with a diagnostic", () => {
    const read = parseVerbDictionary(`####### VERB PATTERNS #######

---  BLAST   [+++]  ---
BLAST

---  RESTORE   [064]  ---
RESTORE
- * FULL DIPLOMATIC  [+++]
- * THE FULL  [xxy]
- * FOR_ASYLUM  [174K]
`, { source: "test" });
    const [blast, restore] = read.value.blocks;
    expect(blast.code).toEqual({ code: null, reciprocal: null });
    expect(restore.patterns.map((p) => [p.text, p.code?.code])).toEqual([["* FOR_ASYLUM", "174K"]]);
    expect(read.diagnostics.filter((d) => d.code === "verbs.invalid-code")).toHaveLength(3);
  });

  it("expands synsets: plurals unless marked with _, nested sets flattened", () => {
    const byName = new Map(dict.synsets.map((s) => [s.name, s]));
    expect(byName.get("&AUXVERB")).toMatchObject({ plural: false, members: ["will", "would"] });
    expect(byName.get("&WEAPON")?.members).toEqual(["rifle", "rifles", "machine gun", "machine guns", "press", "presses", "ammo"]);
    expect(byName.get("&ARMS")?.members).toEqual(["rifle", "rifles", "machine gun", "machine guns", "press", "presses", "ammo", "tank", "tanks"]);
  });

  it("reads transformations into their parts", () => {
    expect(dict.transformations).toEqual([
      {
        id: "test:transform:1",
        line: 43,
        text: "~ a (a b ATTACK) SAY = a b 015",
        outer: { source: "a", verb: "SAY" },
        inner: { source: "a", target: "b", verb: "ATTACK" },
        result: { source: "a", target: "b", code: "015" },
      },
    ]);
  });
});

describe("inflection helpers", () => {
  it("makes regular verb forms", () => {
    expect(regularForms("accuse")).toEqual(["accuses", "accused", "accusing"]);
    expect(regularForms("deny")).toEqual(["denies", "denied", "denying"]);
    expect(regularForms("push")).toEqual(["pushes", "pushed", "pushing"]);
    expect(regularForms("agree")).toEqual(["agrees", "agreed", "agreeing"]);
    expect(regularForms("die")).toEqual(["dies", "died", "dying"]);
  });

  it("makes plurals of a phrase's last word, none for words already ending in s", () => {
    expect(pluralPhrase(["prime", "minister"])).toEqual(["prime", "ministers"]);
    expect(pluralPhrase(["militia"])).toEqual(["militias"]);
    expect(pluralPhrase(["party"])).toEqual(["parties"]);
    expect(pluralPhrase(["press"])).toEqual(["presses"]);
    expect(pluralPhrase(["arms"])).toBeNull();
  });
});
