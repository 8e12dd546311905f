// The reporting vocabulary of the quotes stage as data: speech and belief verbs with the complements
// they take, cue nouns, pronouns and honorifics. Each row carries the reason it is there.

/**
 * What may follow a cue verb and count as the reported content:
 * - `that`: a that-clause ("noted that …");
 * - `bare`: a clause without "that" ("said the talks failed");
 * - `quote`: a direct quotation ("said: “…”", "“…,” he said");
 * - `object`: an addressee before the content ("told reporters that …", "warned voters that …");
 * - `to`: an infinitive ("vowed to retaliate", "urged voters to …");
 * - `wh`: an embedded question ("asked whether …");
 * - `how`: an exclamative or manner clause only ("lamented how hard it is", "described how he fled"),
 *   for verbs after which other wh-words open adverbial clauses ("complained when …" is no content);
 * - `np`: a noun phrase as content ("denied the allegations").
 */
export type Complement = "that" | "bare" | "quote" | "object" | "to" | "wh" | "how" | "np";

/**
 * Speech verbs report what was said; belief verbs report a stated position ("believes that …");
 * evidence verbs report what a poll, study or document says ("the survey shows that …"); stance
 * verbs report a verbal act summarised by its object ("condemned the attack"); intent verbs report a
 * declared plan or wish ("plans to visit", "wants voters to …"). PolNeAR annotates all five as
 * attributions (statements, beliefs, stances, plans).
 */
export type CueClass = "speech" | "belief" | "evidence" | "stance" | "intent";

/** Every cue class, the stage's default. */
export const CUE_CLASSES: readonly CueClass[] = ["speech", "belief", "evidence", "stance", "intent"];

export interface CueVerb {
  readonly lemma: string;
  readonly cueClass: CueClass;
  readonly complements: ReadonlySet<Complement>;
  readonly reason: string;
  /**
   * The subject must be able to hold a view (a person, group or organisation, or a pronoun for one):
   * set for verbs that also describe things ("the bridge supports the deck", "the road seeks …").
   */
  readonly sourceSubject: boolean;
  /**
   * The subject must be a document, poll or record ("the survey gave Trump a lead", "the analysis
   * included …"): set for verbs that report evidence only when a record is their subject.
   */
  readonly documentSubject: boolean;
  /** A particle that belongs to the cue ("sent out", "fired off"), for cues built from context. */
  readonly particle?: string;
  /**
   * For a verb that reports only with a fixed noun and preposition ("took issue with", "made mention
   * of"): the nouns with their prepositions; they join the cue and what follows is the content.
   */
  readonly objectNouns?: ReadonlyMap<string, ReadonlySet<string>>;
}

type Row = readonly [lemma: string, cueClass: CueClass, complements: string, reason: string, subject?: "source" | "document"];

const VERB_ROWS: readonly Row[] = [
  ["say", "speech", "that bare quote", "the default reporting verb of news prose"],
  ["tell", "speech", "object that bare quote to", "reports speech with an addressee: told reporters (that) …"],
  ["add", "speech", "that bare quote", "continues a report: “…,” he added / adding that …"],
  ["note", "speech", "that bare quote", "reporting verb of news agencies: X noted that …"],
  ["stress", "speech", "that bare quote", "emphatic reporting verb: X stressed that …"],
  ["emphasize", "speech", "that bare quote", "emphatic reporting verb (US spelling)"],
  ["emphasise", "speech", "that bare quote", "emphatic reporting verb (British spelling)"],
  ["underline", "speech", "that quote", "emphatic reporting verb: X underlined that …"],
  ["underscore", "speech", "that quote", "emphatic reporting verb: X underscored that …"],
  ["warn", "speech", "object that bare quote to", "reports a warning, often with an addressee: warned voters that …"],
  ["announce", "speech", "that quote np", "official statements: announced that … / announced the withdrawal"],
  ["claim", "speech", "that bare quote to", "reports a contested statement: X claimed (that) …"],
  ["insist", "speech", "that bare quote", "reports a firm statement: X insisted (that) …"],
  ["deny", "speech", "that quote np", "reports a denial; the denied proposition or noun phrase is the content"],
  ["state", "speech", "that bare quote", "formal reporting verb: X stated (that) …"],
  ["declare", "speech", "that bare quote", "formal reporting verb: X declared (that) …"],
  ["explain", "speech", "that quote wh", "reports an explanation: explained that … / explained why …"],
  ["argue", "speech", "that bare quote", "reports an argument: X argued (that) …"],
  ["assert", "speech", "that bare quote", "reports an assertion"],
  ["affirm", "speech", "that quote", "reports an affirmation"],
  ["reaffirm", "speech", "that quote np", "reports a repeated affirmation"],
  ["reiterate", "speech", "that quote np", "reports a repeated statement: reiterated that … / reiterated its support"],
  ["repeat", "speech", "that quote np", "reports a repeated statement: repeated his claim that …"],
  ["confirm", "speech", "that quote np", "reports a confirmation: confirmed that … / confirmed the report"],
  ["acknowledge", "speech", "that bare quote np", "reports an admission: acknowledged that …"],
  ["admit", "speech", "that bare quote np", "reports an admission: admitted (that) …"],
  ["concede", "speech", "that bare quote", "reports a concession: conceded (that) …"],
  ["suggest", "speech", "that bare quote", "reports a suggestion: suggested (that) …"],
  ["mention", "speech", "that quote", "reports a remark: mentioned that …"],
  ["remark", "speech", "that quote", "reports a remark: remarked that …"],
  ["comment", "speech", "that quote", "reports a comment: commented that …"],
  ["report", "speech", "that quote", "a source reporting: the agency reported that …"],
  ["write", "speech", "that bare quote", "written statements: X wrote (that) … / wrote: “…”"],
  ["tweet", "speech", "that bare quote", "statements on Twitter: X tweeted (that) …"],
  ["post", "speech", "that quote", "statements on social media: X posted: “…”"],
  ["reply", "speech", "that quote", "reports an answer: X replied that …"],
  ["respond", "speech", "that quote", "reports an answer: X responded that …"],
  ["answer", "speech", "that quote", "reports an answer: X answered that …"],
  ["question", "speech", "wh np", "reports doubt voiced: questioned whether … / questioned the need"],
  ["retort", "speech", "that quote", "reports a sharp answer"],
  ["counter", "speech", "that quote", "reports a counter-argument: X countered that …"],
  ["ask", "speech", "object quote to wh", "reports a question or request: asked whether … / asked voters to …"],
  ["urge", "speech", "object that quote to", "reports an appeal: urged voters to … / urged that …"],
  ["demand", "speech", "that quote to np", "reports a demand: demanded that … / demanded an apology"],
  ["vow", "speech", "that bare quote to", "reports a promise: vowed to … / vowed (that) …"],
  ["pledge", "speech", "that bare quote to np", "reports a promise: pledged to … / pledged support"],
  ["promise", "speech", "object that bare quote to np", "reports a promise: promised (voters) (that) … / promised to …"],
  ["threaten", "speech", "that quote to", "reports a threat: threatened to …"],
  ["predict", "speech", "that bare quote", "reports a prediction: predicted (that) …"],
  ["complain", "speech", "that bare quote how", "reports a complaint: complained (that) …"],
  ["boast", "speech", "that bare quote how", "reports a boast: boasted (that) …"],
  ["charge", "speech", "that quote", "accusatory reporting verb: X charged that …"],
  ["allege", "speech", "that bare quote", "reports an allegation: alleged (that) …"],
  ["accuse", "speech", "np quote", "reports an accusation; the accused and the charge are the content: accused X of …"],
  ["caution", "speech", "object that quote", "reports a warning: cautioned (X) that …"],
  ["recall", "speech", "that quote how", "reports a recollection: recalled that …; not bare (\"recalled its ambassador\" withdraws a diplomat)"],
  ["observe", "speech", "that quote", "reports an observation: observed that …"],
  ["maintain", "speech", "that quote", "reports a held position: maintained that …"],
  ["contend", "speech", "that bare quote", "reports a contention: contended (that) …"],
  ["testify", "speech", "that quote", "sworn statements: testified that …"],
  ["disclose", "speech", "that quote np", "reports a disclosure: disclosed that …"],
  ["reveal", "speech", "that quote", "reports a revelation: revealed that …"],
  ["inform", "speech", "object that quote", "reports speech with an addressee: informed X that …"],
  ["assure", "speech", "object that quote", "reports an assurance: assured X that …"],
  ["reassure", "speech", "object that quote", "reports an assurance: reassured X that …"],
  ["remind", "speech", "object that quote", "reports speech with an addressee: reminded X that …"],
  ["advise", "speech", "object that quote to", "reports advice: advised X to …"],
  ["propose", "speech", "that quote to np", "reports a proposal: proposed that … / proposed to …"],
  ["recommend", "speech", "that quote np", "reports a recommendation"],
  ["proclaim", "speech", "that quote", "reports a proclamation"],
  ["quip", "speech", "that quote", "reports a quip, usually with a direct quotation"],
  ["joke", "speech", "that bare quote", "reports a joke, usually with a direct quotation"],
  ["exclaim", "speech", "quote", "reports an exclamation"],
  ["shout", "speech", "quote", "reports shouting, usually with a direct quotation"],
  ["yell", "speech", "quote", "reports shouting, usually with a direct quotation"],
  ["chant", "speech", "quote", "crowds chanting slogans"],
  ["whisper", "speech", "quote", "reports a whispered quotation"],
  ["sigh", "speech", "quote", "manner of speaking, with a quotation: sighed: “…”"],
  ["muse", "speech", "quote wh", "manner of speaking: mused why …"],
  ["interject", "speech", "quote", "an interruption, with a quotation: “…,” Trump interjected"],
  ["scoff", "speech", "quote", "manner of speaking, with a quotation"],
  ["snap", "speech", "quote", "manner of speaking, with a quotation"],
  ["gush", "speech", "quote", "manner of speaking, with a quotation"],
  ["mutter", "speech", "quote", "manner of speaking, with a quotation"],
  ["murmur", "speech", "quote", "manner of speaking, with a quotation"],
  ["scream", "speech", "quote", "manner of speaking, with a quotation"],
  ["cry", "speech", "quote", "manner of speaking, with a quotation: cried, “…”"],
  ["exult", "speech", "quote", "manner of speaking, with a quotation"],
  ["grumble", "speech", "quote that", "manner of speaking: grumbled that …"],
  ["blurt", "speech", "quote", "manner of speaking, with a quotation: blurted out, “…”"],
  ["continue", "speech", "quote", "a quotation carried on: “…,” he continued"],
  ["begin", "speech", "quote", "the opening of a message: The email began, “…”"],
  ["conclude", "speech", "that quote", "reports a conclusion: concluded that …"],
  ["agree", "speech", "that bare quote to", "reports agreement with a proposition: agreed (that) …"],
  ["lament", "speech", "that quote how", "reports a lament: lamented that …"],
  ["hint", "speech", "that quote", "reports a hint: hinted that …"],
  ["indicate", "speech", "that bare quote", "reports an indication: indicated (that) …"],
  ["signal", "speech", "that quote", "reports a signal: signalled that …"],
  ["imply", "speech", "that quote", "reports an implication: implied that …"],
  ["point", "speech", "", "only as 'pointed out' (see PHRASAL_CUES)"],
  ["portray", "stance", "np", "a portrayal, only with 'as': portrayed him as a reformer (see AS_PORTRAYALS)", "source"],
  ["characterize", "stance", "np", "a portrayal: characterized the talks as productive", "source"],
  ["characterise", "stance", "np", "a portrayal (British spelling)", "source"],
  ["brand", "stance", "np", "a portrayal: branded him a traitor", "source"],
  ["cast", "stance", "np", "a portrayal, only with 'as': cast her candidacy as a safe harbor (see AS_PORTRAYALS)", "source"],
  ["paint", "stance", "np", "a portrayal, only with 'as': painted him as a danger (see AS_PORTRAYALS)", "source"],
  ["frame", "stance", "np", "a portrayal, only with 'as': framed the vote as a referendum (see AS_PORTRAYALS)", "source"],
  ["mull", "intent", "np wh", "deliberation over a course: has been mulling potential responses", "source"],
  ["ponder", "intent", "np wh", "deliberation over a course: pondered whether to run", "source"],
  ["contemplate", "intent", "np", "deliberation over a course: contemplated a run for office", "source"],
  ["lay", "speech", "", "only as 'laid out' (see PHRASAL_CUES)", "source"],
  ["spell", "speech", "", "only as 'spelled out' (see PHRASAL_CUES)", "source"],
  ["make", "speech", "", "only as 'made clear', 'made plain' (see PHRASAL_CUES)"],
  ["talk", "speech", "quote", "'talked about' (see PHRASAL_CUES); introduces a quotation: talked to reporters: “…”"],
  ["speak", "speech", "quote", "'spoke about' (see PHRASAL_CUES); introduces a quotation: spoke to the press: “…”"],
  ["speculate", "speech", "that quote", "reports speculation: speculated that …"],
  ["estimate", "speech", "that quote", "reports an estimate: estimated that …"],
  ["describe", "speech", "quote np how", "characterisation: described X as “…”"],
  ["call", "speech", "quote np", "characterisation: called X “…”; appeals: called for …"],
  ["believe", "belief", "that bare", "a stated belief is attributed to its holder: X believes (that) …"],
  ["think", "belief", "that bare", "a stated opinion is attributed to its holder: X thinks (that) …"],
  ["fear", "belief", "that bare", "a stated fear is attributed to its holder: X fears (that) …"],
  ["worry", "belief", "that bare", "a stated worry: X worried (that) …"],
  ["hope", "belief", "that bare to", "a stated hope: X hopes (that) … / hopes to …"],
  ["doubt", "belief", "that bare wh", "a stated doubt: X doubts (that) …"],
  ["expect", "belief", "that to", "a stated expectation: X expects (that) …; passive 'is expected to' has no holder"],
  ["feel", "belief", "that", "a stated feeling: X feels that …"],
  ["insinuate", "speech", "that quote", "reports an insinuation"],
  ["express", "speech", "np", "a stated attitude: expressed optimism that … / expressed frustration"],
  ["voice", "speech", "np", "a stated attitude: voiced concern about … (see ATTITUDE_NOUNS)", "source"],
  ["criticize", "stance", "np that", "a verbal act summarised by its object: criticized the decision"],
  ["criticise", "stance", "np that", "a verbal act summarised by its object (British spelling)"],
  ["praise", "stance", "np", "a verbal act: praised the agreement"],
  ["condemn", "stance", "np", "a verbal act: condemned the attack"],
  ["denounce", "stance", "np", "a verbal act: denounced the acquisition"],
  ["blame", "stance", "np", "a verbal act: blamed Moscow for the hack"],
  ["reject", "stance", "np that", "a verbal act: rejected the offer / rejected claims that …"],
  ["dismiss", "stance", "np", "a verbal act: dismissed the report as …"],
  ["endorse", "stance", "np", "a declared endorsement: endorsed a Democrat for president"],
  ["label", "stance", "np", "a characterisation: labeled Clinton the worst abuser"],
  ["slam", "stance", "np", "news usage for harsh criticism: slammed the ruling"],
  ["applaud", "stance", "np", "a verbal act: applauded the decision"],
  ["thank", "stance", "np", "a verbal act: thanked voters for …"],
  ["show", "evidence", "that bare np", "a poll, study or document as the source: polls show (that) …"],
  ["find", "evidence", "that", "a study or inquiry as the source: the survey found that …"],
  ["demonstrate", "evidence", "that", "evidence as the source: the data demonstrate that …"],
  ["prove", "evidence", "that", "evidence as the source: the case proves that …"],
  // Communication acts summarised by what they are about.
  ["discuss", "speech", "np wh", "a reported topic: discussed how to handle the question", "source"],
  ["recount", "speech", "that np how", "a told story: recounted the injustices they suffered", "source"],
  ["clarify", "speech", "that wh", "a correction: later clarified that most workers won't be affected"],
  ["cite", "speech", "np", "a reason given: citing safety concerns", "source"],
  ["detail", "speech", "np wh", "an account: detailing how donors met the secretary"],
  ["highlight", "speech", "that np", "an emphasis: highlighted the coverage of his support"],
  ["tout", "speech", "that np", "self-praise: touts his ability to create jobs", "source"],
  ["extol", "stance", "np", "praise: extolled their bravery", "source"],
  ["echo", "speech", "np", "repeating another's view: echoed Pence's suggestion", "source"],
  ["reference", "speech", "np", "a mention: referenced their pleas", "source"],
  ["refer", "speech", "", "only as 'referred to' (see PHRASAL_CUES)", "source"],
  ["bemoan", "stance", "that np how", "a complaint: bemoaned a lack of unity", "source"],
  ["decry", "stance", "that np", "a public complaint: decried the ruling", "source"],
  ["deplore", "stance", "that np", "a public complaint: deplored the violence", "source"],
  ["hail", "stance", "np", "public praise: hailed the agreement", "source"],
  ["welcome", "stance", "np", "a stated approval: welcomed the decision", "source"],
  ["congratulate", "stance", "np", "a verbal act: congratulated the winner", "source"],
  ["mock", "stance", "np", "ridicule: mocked him for losing", "source"],
  ["ridicule", "stance", "np", "ridicule: ridiculed the plan", "source"],
  ["deride", "stance", "np", "ridicule: derided the proposal", "source"],
  ["taunt", "stance", "np", "ridicule: taunted the reporter", "source"],
  ["lambaste", "stance", "np", "harsh criticism: lambasted the decision", "source"],
  ["chide", "stance", "np", "a reproach: chided his rivals", "source"],
  ["rebuke", "stance", "np", "a reproach: rebuked the senator", "source"],
  ["scold", "stance", "np", "a reproach: scolded the press", "source"],
  ["berate", "stance", "np", "a reproach: berated the referee", "source"],
  ["trash", "stance", "np", "news slang for harsh criticism: trashing the nominee", "source"],
  ["dispute", "stance", "that np", "a contested claim: disputed the figures", "source"],
  ["protest", "stance", "that np", "an objection: protested the use of tropes", "source"],
  ["oppose", "stance", "np", "a declared position: opposed the merger", "source"],
  ["support", "stance", "np", "a declared position: supports Republicans in the House", "source"],
  ["back", "stance", "np", "a declared position: backs Clinton for president", "source"],
  ["favor", "stance", "np to", "a declared preference: generally favor loss carry-overs", "source"],
  ["favour", "stance", "np to", "a declared preference (British spelling)", "source"],
  ["disagree", "stance", "that", "a stated disagreement: disagreed that …; 'disagreed with' (see PHRASAL_CUES)", "source"],
  ["apologize", "speech", "", "only as 'apologized for' (see PHRASAL_CUES)", "source"],
  ["apologise", "speech", "", "only as 'apologised for' (see PHRASAL_CUES)", "source"],
  ["brag", "speech", "that how", "a boast: bragged that …; 'bragged about' (see PHRASAL_CUES)", "source"],
  ["crow", "speech", "", "only as 'crowed about' (see PHRASAL_CUES)", "source"],
  ["fume", "speech", "that quote", "an angry remark: fumed that …", "source"],
  ["rail", "stance", "", "only as 'railed against' (see PHRASAL_CUES)", "source"],
  ["swipe", "stance", "", "only as 'swiped at' (see PHRASAL_CUES)", "source"],
  ["lobby", "intent", "object to", "advocacy: lobbied lawmakers to …; 'lobbied for' (see PHRASAL_CUES)", "source"],
  ["press", "intent", "object to", "pressure: pressed the White House to …; 'pressed for' (see PHRASAL_CUES)", "source"],
  ["push", "intent", "", "only as 'pushed for' (see PHRASAL_CUES)", "source"],
  ["implore", "speech", "object to quote", "an appeal: implored voters to …", "source"],
  ["beg", "speech", "object to quote", "an appeal: begged them to …", "source"],
  ["plead", "speech", "to quote", "an appeal: pleaded to …; 'pleaded for' (see PHRASAL_CUES)", "source"],
  ["encourage", "speech", "object to", "an appeal: encouraged supporters to …", "source"],
  ["instruct", "speech", "object to", "a directive: instructed aides to …", "source"],
  ["order", "speech", "object to", "a directive: ordered the department to release …", "source"],
  ["direct", "speech", "object to", "a directive: directed his supporters to monitor polling places", "source"],
  ["request", "speech", "that np", "a request: requested that … / requested a recount", "source"],
  ["appeal", "speech", "", "only as 'appealed for' (see PHRASAL_CUES)", "source"],
  // Verbs of verbal attack that also name physical attacks: read only with a verbal target (see VERBAL_TARGETS).
  ["attack", "stance", "np", "verbal criticism: attacked Clinton's national security record", "source"],
  ["hammer", "stance", "np", "news usage for repeated criticism: hammered Ryan over …", "source"],
  ["blast", "stance", "np", "news usage for harsh criticism: blasted Clinton as …", "source"],
  ["knock", "stance", "np", "news usage for criticism: knocked Clinton's handling of …", "source"],
  ["bash", "stance", "np", "news usage for harsh criticism: bashed the media", "source"],
  ["assail", "stance", "np", "harsh criticism: assailed the decision", "source"],
  // Declared plans and wishes.
  ["plan", "intent", "to np", "a declared plan: planned to rally in Ann Arbor / planned a marathon day", "source"],
  ["intend", "intent", "to that", "a declared intention: intends to …", "source"],
  ["aim", "intent", "to", "a declared aim: aims to …", "source"],
  ["seek", "intent", "to np", "a declared aim: sought to downplay …", "source"],
  ["want", "intent", "to object", "a stated wish: wants the party to remain behind him", "source"],
  ["wish", "intent", "to that", "a stated wish: wishes to …", "source"],
  ["decide", "intent", "that bare to", "a decision: decided (that) … / decided to …", "source"],
  ["refuse", "intent", "to", "a declared refusal: has refused to stand for the anthem", "source"],
  ["decline", "intent", "to", "a declared refusal: declined to comment", "source"],
  ["offer", "intent", "to", "a declared offer: offered to mediate", "source"],
  // Knowledge and opinion.
  ["know", "belief", "that", "stated knowledge: we know that …", "source"],
  ["realize", "belief", "that", "a stated realisation: realized that …", "source"],
  ["realise", "belief", "that", "a stated realisation (British spelling)", "source"],
  ["recognize", "belief", "that", "a stated recognition: recognized that …", "source"],
  ["recognise", "belief", "that", "a stated recognition (British spelling)", "source"],
  ["understand", "belief", "that", "stated understanding: understands that …", "source"],
  ["assume", "belief", "that", "a stated assumption: assumed that …", "source"],
  ["suspect", "belief", "that", "a stated suspicion: suspected that …", "source"],
  ["wonder", "belief", "wh quote", "a stated doubt: wondered whether …", "source"],
  ["imagine", "belief", "that", "a stated conjecture: imagined that …", "source"],
  ["guess", "belief", "that", "a stated conjecture: guessed that …", "source"],
  ["determine", "belief", "that", "a stated finding: determined that …"],
  ["anticipate", "belief", "that", "a stated expectation: anticipated that …", "source"],
  ["forecast", "belief", "that", "a stated forecast: forecast that …"],
  ["project", "belief", "that", "a stated projection: projected that …"],
  // Records as sources: these verbs report evidence only with a poll, document or record as subject;
  // a lemma already above keeps its own row and tries this one when its own complements do not fit.
  ["give", "evidence", "np", "a poll's finding: the survey gave Trump a one-point lead", "document"],
  ["have", "evidence", "np", "a poll's finding: the poll has Trump leading (main verb, not auxiliary)", "document"],
  ["put", "evidence", "np", "a poll's finding: the poll puts Clinton ahead", "document"],
  ["include", "evidence", "np", "a record's content: the analysis included contributions to …", "document"],
  ["read", "evidence", "quote", "a document's wording: the statement read: “…”", "document"],
  ["capture", "evidence", "np", "a record's content: a 2001 story captured Mr. Weiner leering at …", "document"],
  ["contain", "evidence", "np", "a record's content: the emails contain references to …", "document"],
  ["document", "evidence", "np that", "a record's content: the report documents abuses", "document"],
  ["confirm", "evidence", "np that", "a record's content: records confirm the payments", "document"],
  ["list", "evidence", "np", "a record's content: the filing lists assets worth …", "document"],
  ["mention", "evidence", "np", "a record's content: the email mentions a meeting", "document"],
  ["describe", "evidence", "np", "a record's content: the memo describes the plan", "document"],
  ["detail", "evidence", "np", "a record's content: the report details the abuses", "document"],
  ["outline", "evidence", "np", "a record's content: the document outlines the plan", "document"],
  ["depict", "evidence", "np", "a record's content: the video depicts the attack", "document"],
  ["portray", "evidence", "np", "a record's content: the story portrays him as …", "document"],
  ["reveal", "evidence", "np", "a record's content: the returns reveal enough about the loopholes", "document"],
  ["find", "evidence", "np", "a study's finding: the poll found Clinton ahead", "document"],
  // Further speech and stance acts.
  ["retweet", "speech", "np quote", "sharing a statement on Twitter: later retweeted the false rumor", "source"],
  ["publish", "speech", "np", "a source putting out a text: The Times published the story", "source"],
  ["celebrate", "stance", "np", "a declared attitude: is now celebrating his freedom from the GOP establishment", "source"],
];

/** Head nouns of polls, documents and records that can be the subject of evidence verbs. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "poll", "survey", "study", "report", "analysis", "review", "audit", "investigation", "inquiry", "probe", "research",
  "email", "e-mail", "memo", "document", "record", "file", "filing", "data", "figure", "statistic", "number", "result",
  "return", "video", "tape", "recording", "footage", "audio", "story", "article", "letter", "transcript", "book", "census",
  "tally", "count", "estimate", "model", "projection", "forecast", "index", "photo", "picture", "image", "message",
  "tweet", "post", "cable", "excerpt", "disclosure", "roundup", "attachment", "account", "statement", "release", "paper",
  "indictment", "complaint", "lawsuit", "suit", "ruling", "decision", "order", "opinion", "editorial", "column",
  "chart", "map", "graph", "table", "database", "list", "log", "minutes", "notes", "dossier", "leak", "summary", "text",
  "communique", "communiqué", "declaration",
]);

function parseComplements(spec: string): ReadonlySet<Complement> {
  return new Set(spec.split(/\s+/).filter(Boolean) as Complement[]);
}

function verbTable(documents: boolean): ReadonlyMap<string, CueVerb> {
  const map = new Map<string, CueVerb>();
  for (const [lemma, cueClass, complements, reason, subject] of VERB_ROWS) {
    if ((subject === "document") !== documents || map.has(lemma)) continue;
    map.set(lemma, { lemma, cueClass, complements: parseComplements(complements), reason, sourceSubject: subject === "source", documentSubject: subject === "document" });
  }
  return map;
}

/** Cue verbs by lemma; later rows for the same lemma do not override earlier ones. */
export const CUE_VERBS: ReadonlyMap<string, CueVerb> = verbTable(false);

/** Evidence verbs whose subject must be a poll, document or record (DOCUMENT_NOUNS), by lemma. */
export const DOCUMENT_VERBS: ReadonlyMap<string, CueVerb> = verbTable(true);

/**
 * Inflected forms whose lemma the tagger sometimes gets wrong (a past tense read as an adjective or a
 * noun): map the surface form to the table lemma.
 */
export const CUE_FORMS: ReadonlyMap<string, string> = new Map([
  ["said", "say"],
  ["says", "say"],
  ["saying", "say"],
  ["told", "tell"],
  ["tells", "tell"],
  ["telling", "tell"],
  ["wrote", "write"],
  ["written", "write"],
  ["tweeted", "tweet"],
  ["thought", "think"],
  ["added", "add"],
  ["adding", "add"],
  ["noted", "note"],
  ["noting", "note"],
  ["stressed", "stress"],
  ["warned", "warn"],
  ["warning", "warn"],
  ["claimed", "claim"],
  ["insisted", "insist"],
  ["denied", "deny"],
  ["argued", "argue"],
  ["announced", "announce"],
]);

/**
 * Particles that turn a verb into a reporting verb with its own complements: "called for a special
 * prosecutor", "called on him to withdraw", "warned of Russian efforts", "pointed out that …".
 */
export const PHRASAL_CUES: ReadonlyMap<string, ReadonlyMap<string, { complements: ReadonlySet<Complement>; reason: string }>> = new Map(
  (
    [
      ["call", "for", "np", "an appeal: called for an inquiry"],
      ["call", "on", "object to", "an appeal to someone: called on him to withdraw"],
      ["call", "out", "np", "a public accusation: called out the press"],
      ["warn", "of", "np", "a warning about something: warned of Russian efforts"],
      ["warn", "against", "np", "a warning: warned against the excesses"],
      ["warn", "about", "np", "a warning: warned about fraud"],
      ["point", "out", "that bare", "a remark: pointed out that …"],
      ["blurt", "out", "quote", "a sudden remark: blurted out, “…”"],
      ["lay", "out", "wh", "an exposition: laid out how … (with a noun it may be furniture: laid out the chairs)"],
      ["spell", "out", "np wh", "an exposition: spelled out the terms"],
      ["make", "clear", "that bare wh", "an emphatic statement: made (it) clear that …"],
      ["make", "plain", "that bare wh", "an emphatic statement: made (it) plain that …"],
      ["boast", "about", "np how", "a boast: boasted about the golf course"],
      ["complain", "about", "np how", "a complaint: complained about the press"],
      ["talk", "about", "np", "a reported topic: talked about the economy"],
      ["speak", "about", "np", "a reported topic: spoke about the economy"],
      ["comment", "on", "np", "a comment: commented on the tape"],
      ["report", "on", "np", "a report: reported on the losses"],
      ["ask", "about", "np", "a question: asked about the emails"],
      ["ask", "for", "np", "a request: asked for the investigative steps"],
      ["agree", "to", "to", "an agreement: agreed to keep the case open"],
      ["agree", "with", "np", "a stated agreement: agreed with calls for …"],
      ["disagree", "with", "np", "a stated disagreement: disagreed with the ruling"],
      ["refer", "to", "np", "a mention or characterisation: referred to her as …"],
      ["respond", "to", "np", "an answer: responded to the questions"],
      ["reply", "to", "np", "an answer: replied to the letter"],
      ["apologize", "for", "np", "an apology: apologized for the remarks"],
      ["apologise", "for", "np", "an apology (British spelling)"],
      ["brag", "about", "np how", "a boast: bragged about his wealth"],
      ["crow", "about", "np", "a boast: crowed about the twist"],
      ["fume", "at", "np", "anger voiced: fuming at the damage"],
      ["fume", "about", "np", "anger voiced: fumed about the ruling"],
      ["rail", "against", "np", "harsh criticism: railed against the elites"],
      ["swipe", "at", "np", "a verbal jab: swiped at Ryan"],
      ["lobby", "for", "np", "advocacy: lobbied for visa issues"],
      ["press", "for", "np", "pressure: pressed for an inquiry"],
      ["push", "for", "np", "advocacy: pushed for Trump to leave the ticket"],
      ["plead", "for", "np", "an appeal: pleaded for calm"],
      ["appeal", "for", "np", "an appeal: appealed for calm"],
      ["speak", "of", "np", "a reported topic: speaking of her advisers"],
      ["talk", "of", "np", "a reported topic: talked of a stolen election"],
      ["warn", "over", "np", "a warning: warned over the risks"],
    ] as const
  ).reduce((map, [verb, particle, complements, reason]) => {
    const inner = (map.get(verb) as Map<string, { complements: ReadonlySet<Complement>; reason: string }> | undefined) ?? new Map();
    inner.set(particle, { complements: new Set(complements.split(" ") as Complement[]), reason });
    map.set(verb, inner);
    return map;
  }, new Map<string, ReadonlyMap<string, { complements: ReadonlySet<Complement>; reason: string }>>()),
);

/**
 * Adjectives of attitude that attribute a view to the subject of "be" ("was optimistic that …",
 * "were outraged at …", "is willing to …"), with the prepositions that introduce their content.
 */
export const ATTITUDE_ADJECTIVES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ["worried", "about over"], ["concerned", "about over by"], ["confident", "of about in"], ["optimistic", "about"],
      ["pessimistic", "about"], ["skeptical", "of about"], ["sceptical", "of about"], ["hopeful", "of about"],
      ["certain", "of about"], ["sure", "of about"], ["convinced", "of by"], ["aware", "of"], ["afraid", "of"],
      ["angry", "at about over with"], ["furious", "at about over with"], ["outraged", "at by over"], ["upset", "about over with by"],
      ["frustrated", "with by at over"], ["disappointed", "with by in at"], ["pleased", "with by about"], ["happy", "with about"],
      ["glad", "about"], ["grateful", "for to"], ["proud", "of"], ["nervous", "about over"], ["anxious", "about over"],
      ["dismissive", "of"], ["critical", "of"], ["supportive", "of"], ["willing", ""], ["eager", ""], ["determined", ""],
      ["reluctant", ""], ["unwilling", ""], ["opposed", "to"], ["unhappy", "with about"], ["wary", "of"], ["fearful", "of"],
      ["alarmed", "by at about"], ["troubled", "by"], ["surprised", "by at"], ["shocked", "by at"], ["disgusted", "by with at"],
      ["delighted", "by with at"], ["satisfied", "with"], ["dissatisfied", "with"], ["uninterested", "in"], ["interested", "in"],
      ["agitated", "over about by"], ["enthusiastic", "about"], ["adamant", ""], ["insistent", ""],
    ] as const
  ).map(([adjective, prepositions]) => [adjective, new Set(prepositions.split(" ").filter(Boolean))]),
);

/**
 * Verbs that name verbal and physical attacks alike: they are cues only when the target is verbal —
 * a person named or referred to ("attacked Clinton", "blasted him"), or a stance, record or remark
 * ("knocked Clinton's handling of …") — or the attack is "over/for/as" something said or done.
 */
export const VERBAL_ATTACKS: ReadonlySet<string> = new Set(["attack", "hammer", "blast", "knock", "bash", "assail"]);

/**
 * Verbs of a declared position that also name material help or a prospect ("gave $1 million to support
 * the party", "voters likely to back him"): in an infinitive of purpose they report no stance.
 */
export const POSITION_VERBS: ReadonlySet<string> = new Set(["support", "back", "oppose", "favor", "favour"]);

/** Heads of objects that make an attack verb verbal: "attacked her record", "knocked his handling of …". */
export const VERBAL_TARGETS: ReadonlySet<string> = new Set([
  "record", "handling", "policy", "remark", "comment", "statement", "decision", "plan", "proposal", "position",
  "stance", "leadership", "integrity", "character", "judgment", "judgement", "credibility", "competence", "tenure",
  "response", "approach", "rhetoric", "view", "idea", "claim", "report", "media", "press", "establishment", "critic",
]);

/**
 * Nouns of a stated attitude that a light verb puts out ("expressed support for", "voiced concern
 * about", "showed open hostility towards"): in such a support-verb construction the noun and its
 * preposition belong to the cue, as PARC and PolNeAR mark it, and the content is what the attitude is
 * about. Each entry is the noun lemma; the prepositions that may follow are in ATTITUDE_NOUN_LINKS.
 */
export const ATTITUDE_NOUNS: ReadonlySet<string> = new Set([
  "support", "opposition", "hostility", "frustration", "concern", "optimism", "pessimism", "confidence", "doubt",
  "skepticism", "scepticism", "anger", "outrage", "regret", "sympathy", "condolence", "gratitude", "appreciation",
  "disappointment", "dismay", "fear", "hope", "interest", "disapproval", "approval", "satisfaction", "dissatisfaction",
  "solidarity", "willingness", "readiness", "reservation", "alarm", "shock", "surprise", "admiration", "contempt",
  "disdain", "displeasure", "unease", "impatience", "enthusiasm", "openness", "commitment", "preference", "objection",
]);

/**
 * Prepositions that open the object of any attitude noun ("support for", "hostility towards", "concern
 * about"). "in", "on" and "at" mostly name the occasion or medium ("expressed concern in a statement",
 * "outrage on social media"), so only the nouns in ATTITUDE_NOUN_EXTRA_LINKS take them.
 */
export const ATTITUDE_NOUN_LINKS: ReadonlySet<string> = new Set([
  "for", "to", "towards", "toward", "of", "about", "over", "with", "against",
]);

/** Attitude nouns whose object may follow "in" or "at" ("confidence in", "anger at"). */
export const ATTITUDE_NOUN_EXTRA_LINKS: ReadonlyMap<string, readonly string[]> = new Map([
  ["confidence", ["in"]], ["interest", ["in"]], ["disappointment", ["in", "at"]], ["anger", ["at"]], ["outrage", ["at"]],
  ["alarm", ["at"]], ["shock", ["at"]], ["surprise", ["at"]], ["dismay", ["at"]], ["displeasure", ["at"]], ["impatience", ["at"]],
]);

/**
 * Attitude verbs that report nothing without their attitude noun: "voiced concern about …" is a cue,
 * "voiced the character of Elsa" is acting.
 */
export const ATTITUDE_ONLY_VERBS: ReadonlySet<string> = new Set(["voice"]);

/** Light verbs that put out an attitude noun as a cue ("expressed", "voiced", "showed", "signalled"). */
export const ATTITUDE_VERBS: ReadonlySet<string> = new Set([
  "express", "voice", "show", "signal", "reiterate", "reaffirm", "declare", "pledge",
]);

/** Nouns after a fronted "On" that name an occasion, medium, place or side, not a topic ("On the campaign trail,"). */
export const OCCASION_NOUNS: ReadonlySet<string> = new Set([
  "trail", "stage", "show", "program", "programme", "broadcast", "interview", "conference", "call", "visit", "trip", "tour",
  "air", "radio", "television", "tv", "twitter", "facebook", "website", "phone", "occasion", "hand", "side", "mainland",
  "ground", "coast", "front", "floor", "eve", "way", "basis", "behalf", "average", "whole", "contrary",
  "sideline", "sidelines", "condition", "arrival", "departure", "return", "record", "camera", "background", "board", "margin",
  "margins", "heels", "top", "balance", "account", "anniversary", "orders", "request",
  // Platforms and broadcasters by name ("On Instagram,", "On CNN,"), and places named by their kind
  // ("On Capitol Hill,", "On Bourbon Street,"), also where no entity layer tags them.
  "instagram", "youtube", "tiktok", "snapchat", "linkedin", "whatsapp", "telegram", "reddit", "weibo",
  "cnn", "msnbc", "fox", "bbc", "nbc", "cbs", "abc", "npr", "pbs", "sky",
  "hill", "street", "avenue", "square", "island", "islands",
]);

/**
 * Verbs that portray only with "as" after their object ("cast her candidacy as …"; "cast a vote" is
 * none; "portrays a soldier in the film" is acting).
 */
export const AS_PORTRAYALS: ReadonlySet<string> = new Set(["cast", "paint", "frame", "portray"]);

/**
 * Verbs of feeling whose object feels it ("the move infuriated some agents"): the object's reaction is
 * an attitude towards the subject, which PolNeAR marks as an attribution with the object as source.
 * Verbs with other common senses ("upset the balance", "concerns a man", "pleased to", "stunned
 * Barcelona 3-0", "rattled the windows") are left out.
 */
export const EXPERIENCER_VERBS: ReadonlySet<string> = new Set([
  "alarm", "anger", "enrage", "infuriate", "incense", "outrage", "disgust", "embarrass", "frustrate", "irritate", "annoy",
  "dismay", "appal", "appall", "shock", "delight", "disappoint", "unnerve", "offend", "horrify", "anguish",
]);

/**
 * Idioms of communication built from a plain verb, a noun and a preposition ("took issue with the
 * remarks", "made little mention of Trump", "paid tribute to the victims"): verb lemma → noun lemma →
 * prepositions. The verb, the noun (with any modifiers) and the preposition are the cue; the object of
 * the preposition is the content.
 */
export const IDIOM_CUES: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>> = new Map(
  (
    [
      ["take", "issue", "with"], ["take", "note", "of"], ["take", "credit", "for"], ["take", "aim", "at"],
      ["take", "exception", "to"], ["take", "umbrage", "at"], ["make", "mention", "of"], ["make", "case", "for against"],
      ["pay", "tribute", "to"], ["lay", "blame", "on"], ["cast", "doubt", "on over"], ["sound", "alarm", "about over"],
      ["raise", "question", "about over"], ["raise", "concern", "about over"], ["raise", "doubt", "about over"],
      ["offer", "word", "about of for"], ["offer", "praise", "for"], ["offer", "condolence", "to"], ["offer", "apology", "for to"],
      ["share", "thought", "on about"], ["share", "view", "on about"],
      ["paint", "picture", "of"], ["present", "vision", "of for"], ["present", "picture", "of"], ["present", "case", "for against"],
      ["aim", "criticism", "at"], ["direct", "criticism", "at"], ["level", "criticism", "at against"], ["level", "accusation", "at against"],
    ] as const
  ).reduce((map, [verb, noun, preps]) => {
    const inner = (map.get(verb) as Map<string, ReadonlySet<string>> | undefined) ?? new Map<string, ReadonlySet<string>>();
    inner.set(noun, new Set(preps.split(" ")));
    map.set(verb, inner);
    return map;
  }, new Map<string, ReadonlyMap<string, ReadonlySet<string>>>()),
);

/** Nouns for a message that a "saying" participle can report: "issued a statement saying …". */
export const MESSAGE_NOUNS: ReadonlySet<string> = new Set([
  "statement", "tweet", "message", "letter", "note", "memo", "release", "post", "email", "e-mail", "video", "ad",
  "advertisement", "communique", "communiqué", "declaration", "notice", "bulletin", "op-ed", "editorial", "reply", "response",
]);

/** Verbs that put out a message ("released a statement", "sent out a tweet", "issues a lengthy statement"). */
export const MESSAGE_VERBS: ReadonlySet<string> = new Set([
  "issue", "release", "send", "put", "post", "publish", "write", "deliver", "make", "give", "dash", "fire", "tweet", "provide", "file", "air", "run",
]);

/**
 * A cue noun: what may follow it as content ("that" clause, "to" infinitive, prepositions, "to-np" for
 * a prepositional "to": "opposition to the plan"), and why. A plain "to" is the infinitive only: "his
 * appeal to voters" names an attraction, "his call to Putin" a phone call.
 */
export interface CueNoun {
  /** "that", "to", "is", "quote" (a colon and a quotation: "X's reply: “…”") or a preposition ("to-np" for a prepositional "to"). */
  readonly complements: ReadonlySet<string>;
  readonly reason: string;
}

/**
 * Nouns that report a statement, stance or plan when they have a possessor: "X's remarks that …",
 * "Mrs. Clinton's proposals to raise taxes", "the woman's cancellation of a press conference".
 */
export const CUE_NOUNS: ReadonlyMap<string, CueNoun> = new Map(
  (
    [
      ["remark", "that about on quote", "a reported remark: X's remarks that …"],
      ["comment", "that about on quote", "a reported comment: X's comments on …"],
      ["claim", "that of", "a reported claim: X's claim that …"],
      ["assertion", "that", "a reported assertion: X's assertion that …"],
      ["statement", "that on about quote", "a reported statement: X's statement that …"],
      ["suggestion", "that", "a reported suggestion: X's suggestion that …"],
      ["warning", "that about of quote", "a reported warning: X's warning that …"],
      ["argument", "that", "a reported argument: X's argument that …"],
      ["insistence", "that on", "a reported insistence: X's insistence that …"],
      ["allegation", "that of", "a reported allegation: X's allegation that …"],
      ["announcement", "that of", "a reported announcement: X's announcement of peace talks"],
      ["promise", "that to of", "a reported promise: X's promise to …"],
      ["pledge", "that to of", "a reported pledge: X's pledge to …"],
      ["vow", "that to", "a reported vow: X's vow to …"],
      ["assurance", "that", "a reported assurance: X's assurance that …"],
      ["accusation", "that of", "a reported accusation: X's accusation that …"],
      ["denial", "that of", "a reported denial: X's denial of …"],
      ["belief", "that in", "a reported belief: X's belief that …"],
      ["view", "that on of", "a reported view: X's view that …"],
      ["contention", "that", "a reported contention: X's contention that …"],
      ["prediction", "that of", "a reported prediction: X's prediction that …"],
      ["proposal", "that to for", "a reported proposal: X's proposals to increase taxes"],
      ["plan", "to for", "a declared plan: X's plan to …"],
      ["decision", "to that", "a declared decision: X's decision to send a letter"],
      ["call", "for to", "a reported appeal: X's call for …"],
      ["demand", "that for", "a reported demand: X's demand for …"],
      ["request", "that for to", "a reported request: X's request for …"],
      ["appeal", "for to", "a reported appeal: X's appeal for …"],
      ["criticism", "of", "a reported stance: X's criticism of …"],
      ["endorsement", "of", "a declared stance: X's endorsement of …"],
      ["support", "for of", "a declared stance: X's support for …"],
      ["opposition", "to-np", "a declared stance: X's opposition to …"],
      ["condemnation", "of", "a declared stance: X's condemnation of …"],
      ["praise", "for of", "a declared stance: X's praise for …"],
      ["story", "that", "an account given: X's story that …"],
      ["account", "of", "an account given: X's account of …"],
      ["explanation", "that for of", "an account given: X's explanation that …"],
      ["description", "of", "a characterisation: X's description of …"],
      ["cancellation", "of", "a declared decision: X's cancellation of a press conference"],
      ["cancelation", "of", "a declared decision (US spelling, and the tagger's lemma for 'cancellation')"],
      ["refusal", "to", "a declared refusal: X's refusal to …"],
      ["rejection", "of", "a declared stance: X's rejection of …"],
      ["admission", "that of", "a reported admission: X's admission that …"],
      ["threat", "to that of", "a reported threat: X's threat to …"],
      ["offer", "to of", "a reported offer: X's offer to …"],
      ["concern", "that about over", "a stated concern: X's concern that …"],
      ["fear", "that of", "a stated fear: X's fear that …"],
      ["hope", "that for", "a stated hope: X's hope that …"],
      ["question", "about of", "a reported question: X's questions about …"],
      ["complaint", "that about", "a reported complaint: X's complaint that …"],
      ["report", "that on", "a source's report: the Times' report on …"],
      ["reply", "quote", "a reported answer: X's reply: “…” (not 'reply to the letter': what it answers is no content)"],
      ["response", "quote", "a reported answer: X's response: “…” (not 'response to the crisis', often an act)"],
      ["answer", "quote", "a reported answer: X's answer: “…”"],
    ] as const
  ).map(([noun, complements, reason]) => [noun, { complements: new Set(complements.split(" ")), reason }]),
);

/**
 * Nouns that name a claim, charge or stated attitude even when nobody is named as its holder ("claims
 * of voter fraud", "the announcement that the F.B.I. is reviewing …", "fears that turnout will drop"):
 * PolNeAR annotates these as attributions without a source. Only complements that carry the
 * proposition count here (a "that" clause, the preposition naming what is claimed, or, with "is", a
 * copula specifying it: "the worry is that …"),
 * and only nouns whose bare use is itself a statement: a bare "decision to" or "plan for" describes
 * an act, not something said, so those stay possessed-only (CUE_NOUNS).
 */
export const BARE_CUE_NOUNS: ReadonlyMap<string, CueNoun> = new Map(
  (
    [
      ["claim", "that of is", "a claim without a named claimant: claims of voter fraud / the claim is that …"],
      ["allegation", "that of", "a charge without a named accuser: allegations that …"],
      ["accusation", "that of", "a charge without a named accuser: accusations of misconduct"],
      ["assertion", "that", "an assertion: the assertion that …"],
      ["announcement", "that", "an announcement: the announcement that the inquiry is reopened"],
      ["warning", "that", "a warning: warnings that …"],
      ["suggestion", "that", "a suggestion: suggestions that …"],
      ["speculation", "that about", "a conjecture voiced: speculation that the emails are significant"],
      ["assumption", "that", "a stated premise: the assumption that prices will fall"],
      ["rumor", "that", "hearsay: rumors that …"],
      ["rumour", "that", "hearsay (British spelling)"],
      ["revelation", "that about", "a disclosure: the revelation that …"],
      ["fear", "that is", "a stated fear: fears that the vote will be delayed / the fear is that …"],
      ["hope", "that is", "a stated hope: hopes that the hostages would be released / the hope is that …"],
      ["denial", "that", "a denial: denials that …"],
      ["admission", "that", "an admission: the admission that …"],
      ["insistence", "that", "a firm statement: the insistence that …"],
      ["prediction", "that", "a prediction: predictions that …"],
      ["promise", "that", "a promise: promises that …"],
      ["pledge", "that", "a pledge: pledges that …"],
      ["condemnation", "of", "a stance voiced: condemnation of the attack"],
      ["criticism", "of", "a stance voiced: criticism of the ruling"],
      ["call", "for", "an appeal: calls for his resignation"],
      ["demand", "that for", "a demand: demands for an inquiry"],
      ["question", "about is", "doubts voiced: questions about his health / the question is whether …"],
      ["worry", "that is", "a stated worry: worries that … / the worry is that …"],
      ["concern", "is", "a stated concern: the concern is that …"],
      ["argument", "is", "a line of argument: the argument is that …"],
      ["complaint", "that about", "a complaint: complaints about the count"],
    ] as const
  ).map(([noun, complements, reason]) => [noun, { complements: new Set(complements.split(" ")), reason }]),
);

/**
 * Fixed compound nouns whose first word is a verb form ("a think tank", "a talk show"): that word is
 * a noun here, neither a cue nor a verb that ends a speaker's apposition.
 */
export const VERB_FORM_COMPOUNDS: ReadonlySet<string> = new Set(["think tank", "think tanks", "talk show", "talk shows", "show trial", "report card", "claim form"]);

/** First words of VERB_FORM_COMPOUNDS: most verbs are none, so no pair string is built for them. */
const VERB_FORM_FIRST: ReadonlySet<string> = new Set([...VERB_FORM_COMPOUNDS].map((c) => c.split(" ")[0]));

/** Whether `first second` is one of VERB_FORM_COMPOUNDS (`second` undefined at the end of the text). */
export function isVerbFormCompound(first: string, second: string | undefined): boolean {
  return VERB_FORM_FIRST.has(first) && VERB_FORM_COMPOUNDS.has(`${first} ${second ?? ""}`);
}

/** Prepositions that may continue a speaker noun phrase: "the chief of staff", "a fellow at Brookings". */
export const NP_LINKS: ReadonlySet<string> = new Set(["of", "for", "at", "from", "with", "in", "to", "like"]);

/** Words after a cue that are adjuncts, not content: "said Sunday", "said earlier", "said again". */
export const CUE_ADJUNCT_WORDS: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "today", "yesterday", "tonight", "earlier", "later", "again", "also", "previously", "recently",
  "repeatedly", "publicly", "privately", "separately", "afterward", "afterwards", "then", "last", "this",
  "week", "month", "year", "morning", "afternoon", "evening", "night",
]);

/** Prepositions that open adjuncts between a cue and its content: "said in a statement that …". */
export const CUE_ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set([
  "on", "in", "at", "during", "to", "after", "before", "from", "over", "via", "through", "while",
]);

/** Pronouns that can be speakers, with what they can refer back to. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, { gender: "m" | "f" | null; plural: boolean; person: 1 | 2 | 3 }> = new Map([
  ["he", { gender: "m", plural: false, person: 3 }],
  ["she", { gender: "f", plural: false, person: 3 }],
  ["they", { gender: null, plural: true, person: 3 }],
  ["it", { gender: null, plural: false, person: 3 }],
  ["we", { gender: null, plural: true, person: 1 }],
  ["i", { gender: null, plural: false, person: 1 }],
  ["you", { gender: null, plural: false, person: 2 }],
]);

/** Honorifics and titles that tell a person's gender, used to check pronoun agreement. */
export const GENDERED_TITLES: ReadonlyMap<string, "m" | "f"> = new Map([
  ["mr", "m"], ["mr.", "m"], ["sir", "m"], ["lord", "m"], ["king", "m"], ["prince", "m"], ["sheikh", "m"],
  ["mrs", "f"], ["mrs.", "f"], ["ms", "f"], ["ms.", "f"], ["miss", "f"], ["madam", "f"], ["lady", "f"],
  ["dame", "f"], ["queen", "f"], ["princess", "f"],
]);

/** Elided words written with a leading apostrophe: "'em", "'til", "’cause" — never an opening quote. */
export const ELISIONS: ReadonlySet<string> = new Set(["em", "til", "cause", "tis", "twas", "n", "bout", "round", "s", "d", "ll", "re", "ve", "m"]);

/** Titles and ranks written before a name; stripped when a speaker's name is reported. */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord", "lady",
  "gen", "gen.", "general", "major", "maj.", "lieutenant", "lt.", "colonel", "col.", "brigadier", "admiral", "adm.",
  "captain", "capt.", "sgt.", "sergeant", "commander", "president", "vice", "prime", "minister", "secretary",
  "senator", "sen.", "rep.", "representative", "gov.", "governor", "mayor", "judge", "justice", "ambassador",
  "chairman", "chairwoman", "chief", "spokesman", "spokeswoman", "king", "queen", "prince", "princess",
  "sheikh", "ayatollah", "pope", "rev.", "reverend", "father", "cardinal", "defense", "defence", "foreign",
  "interior", "deputy", "former", "top", "superintendent", "inspector", "commissioner", "director", "officer",
  "spokesperson", "sergeant", "private", "corporal", "field", "marshal", "supreme", "leader", "ceo", "chair",
]);

/** Head nouns of speaker phrases that denote a person ("the spokesman said"), for he/she agreement. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  "trader", "follower", "chair", "ceo", "challenger", "incumbent",
  "official", "minister", "spokesman", "spokeswoman", "spokesperson", "president", "leader", "chief", "commander",
  "general", "senator", "lawmaker", "legislator", "diplomat", "envoy", "ambassador", "governor", "mayor", "secretary",
  "adviser", "advisor", "aide", "analyst", "expert", "candidate", "nominee", "lawyer", "attorney", "director",
  "chairman", "chairwoman", "head", "member", "officer", "representative", "negotiator", "prosecutor", "judge",
  "man", "woman", "resident", "witness", "activist", "economist", "strategist", "professor", "researcher", "scholar",
  "executive", "founder", "king", "queen", "prince", "cleric", "pastor", "priest", "soldier", "colonel", "captain",
  "journalist", "reporter", "correspondent", "host", "anchor", "voter", "supporter", "critic", "opponent", "father",
  "mother", "son", "daughter", "wife", "husband", "friend", "neighbor", "neighbour", "owner", "manager", "worker",
  "student", "teacher", "doctor", "nurse", "surgeon", "pilot", "driver", "farmer", "player", "coach", "veteran",
  "consultant", "pollster", "operative", "donor", "chancellor", "premier", "monarch", "emir", "sheikh", "ayatollah",
  // Roles in public life that news prose lets speak and take positions ("advocates who have backed …").
  "advocate", "campaigner", "protester", "protestor", "demonstrator", "commentator", "pundit",
  "columnist", "editor", "writer", "author", "blogger", "historian", "scientist", "physician", "observer", "insider",
  "backer", "surrogate", "staffer", "employee", "citizen", "parent", "victim", "survivor", "refugee",
  "migrant", "immigrant", "prisoner", "detainee", "rebel", "militant", "insurgent", "agent", "investigator", "inspector",
  "detective", "defendant", "plaintiff", "accuser", "congressman", "congresswoman", "delegate", "deputy", "chairperson",
  "sheriff", "councillor", "councilor", "councilman", "councilwoman", "trustee", "imam", "rabbi", "bishop", "cardinal",
  "pope", "monk", "medic", "paramedic", "firefighter", "rescuer", "entrepreneur", "investor", "banker", "lobbyist",
  "regulator", "attendee", "participant", "mediator",
]);

/**
 * Head nouns of groups and institutions that hold and voice views ("the campaign wants …", "the
 * ministry plans …"), for verbs whose subject must be a source.
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  "government", "administration", "ministry", "department", "agency", "office", "campaign", "party", "committee",
  "council", "court", "parliament", "congress", "senate", "house", "assembly", "cabinet", "military", "army", "navy",
  "police", "company", "firm", "corporation", "bank", "union", "group", "organization", "organisation", "coalition",
  "alliance", "movement", "network", "newspaper", "paper", "board", "commission", "panel", "team", "club", "church",
  "school", "university", "institute", "foundation", "charity", "people", "public", "community", "majority", "minority",
  "side", "camp", "opposition", "leadership", "establishment", "regime", "state", "country", "nation", "authority", "authorities",
  "force", "forces", "staff", "crowd", "audience", "family", "everyone", "everybody", "somebody", "someone", "nobody",
  "official", "lawmaker", "leader", "republican", "democrat", "liberal", "conservative", "ally", "rival", "daily",
  "outlet", "media", "station", "broadcaster", "channel", "magazine", "website", "newsroom", "editorial",
  // Seats of power that speak for their occupants in news prose ("the palace said", "the embassy said").
  "palace", "embassy", "consulate", "mission", "presidency", "secretariat", "headquarters",
  // Businesses named by their trade ("the tech giant lobbied for …", "the retailer said").
  "giant", "conglomerate", "retailer", "automaker", "carmaker", "airline", "insurer", "lender", "manufacturer", "publisher",
  "studio", "publication", "watchdog", "regulator", "fund",
  // Bodies that act as one ("the legislature voted"). (Not places such as "the city": "the city welcomed
  // 2 million tourists", "the county supports 500 jobs" state no view.)
  "legislature", "junta", "militia", "faction", "electorate",
]);

/** Capitalised labels that open a paragraph with a colon but name no speaker ("UPDATE: …"). */
export const NON_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  "update", "updated", "breaking", "watch", "read", "more", "related", "photos", "photo", "video", "correction",
  "note", "editor's note", "editor’s note", "advertisement", "source", "sources", "credit", "disclaimer", "warning",
  "exclusive", "analysis", "opinion", "live", "listen", "subscribe", "see also", "also read", "read more",
]);

/**
 * The attribution patterns the stage applies, with an example and the reason each exists; every
 * quote names the pattern that found it (`explainQuotes`). The matching code is in quotes.ts (direct
 * quotations) and attribution.ts with its readers (verb-patterns.ts, noun-patterns.ts); this table
 * is what `sitrep explain` and the documentation show.
 */
export const QUOTE_RULES = {
  "quote-before-cue": { example: "“…,” he said. / “…,” said Mr. Kelly, a retired astronaut.", reason: "news style puts the attribution right after the quotation, often inverted" },
  "cue-before-quote": { example: "The minister told reporters: “…” / adding, “…”", reason: "a colon or comma after the cue introduces the quotation" },
  "that-clause": { example: "Baqeri further noted that …", reason: "a that-clause after a reporting verb is its content" },
  "clause-after-cue": { example: "Trump said defeating IS is a priority. / urged voters to …", reason: "reporting verbs take bare clauses, infinitives, questions or objects as content" },
  "clause-final": { example: "The two countries have prepared a document …, Baqeri said.", reason: "an attribution after a comma at the end reports the clause before it" },
  parenthetical: { example: "They, he added, also visited an exhibition.", reason: "an attribution inside a clause reports the whole clause" },
  "according-to": { example: "According to the ministry, … / …, according to state media.", reason: "'according to' names a source before or after its clause" },
  "cue-noun": { example: "Trump's remarks that the election was rigged … / the claims of voter fraud", reason: "a possessed speech noun with its complement reports speech; a bare claim noun reports a claim whose source the text does not name" },
  topic: { example: "On Syria's civil war, Trump said Clinton could …", reason: "a fronted 'On' phrase names the topic of what the reporting clause's subject says" },
  "headline-colon": { example: "Defense ties will boost Iraq's security: Gen. Baqeri", reason: "headlines attribute with a colon and a name at the end" },
  "speaker-colon": { example: "MS. CLINTON: We have to do better on trade.", reason: "transcripts and headlines open with the speaker's name and a colon" },
  continuation: { example: "“…,” he said.\n\n“And now …”", reason: "a quotation following an attributed one without its own cue keeps the same speaker" },
  unattributed: { example: "“We will never give up the fight for our rights.”", reason: "a quotation (long or punctuated, not a title) whose speaker the text does not give" },
} as const satisfies Record<string, { example: string; reason: string }>;

/** The id of a pattern in QUOTE_RULES. */
export type QuoteRule = keyof typeof QUOTE_RULES;
