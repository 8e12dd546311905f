// Closed word classes the event coder relies on. Data, not code: each list says why it exists.
/** Verbs of leaving a place: their object is where one departs from. */
export const DEPARTURE_VERBS = new Set(["leave", "depart", "quit", "exit"]);

/**
 * Verbs of coming and going: those who arrive together did not visit each other ("the nurses and the
 * doctor arrived in Sofia"). Not "come", with which two also come to an agreement.
 */
export const ARRIVAL_VERBS = new Set(["arrive", "go", "return", "travel", "fly", "land", "tour", "visit"]);

/** What parties make, keep or trade between them ("signed an agreement", "restored ties", "shared intelligence"). */
export const JOINT_INSTRUMENT_NOUNS = new Set(
  ("agreement accord deal treaty pact memorandum protocol declaration communique document charter convention contract " +
    "tie relation relationship cooperation co-operation partnership alliance friendship talk negotiation dialogue consultation " +
    "intelligence information prisoner ambassador envoy view note greeting truce ceasefire cease-fire armistice " +
    "exercise drill maneuver manoeuvre").split(" "),
);

/** Planes, ships and vehicles, which can do or suffer harm but take part in no other act. */
export const VEHICLE_WORDS = new Set(
  ("airliner airliners aircraft plane planes airplane airplanes jet jets warplane warplanes helicopter helicopters drone drones " +
    "ship ships vessel vessels boat boats tanker tankers ferry ferries warship warships submarine submarines " +
    "train trains bus buses truck trucks lorry lorries car cars vehicle vehicles tank tanks").split(" "),
);

/**
 * Verbs symmetric by meaning: those who clash, skirmish or exchange (fire, prisoners, views) do it to
 * each other ("Indian and Chinese troops clashed"). Not "fight" or "battle", which allies do side by side.
 */
export const SYMMETRIC_VERBS = new Set(["clash", "skirmish", "quarrel", "feud", "spar", "scuffle", "brawl", "duel", "wrestle", "exchange"]);

/** Verbs whose complement is a belief, not a report of what happened. */
export const BELIEF_VERBS = new Set(["think", "believe", "hope", "fear", "doubt", "expect", "suspect", "assume", "imagine", "predict"]);

/** Verbs whose infinitive is tried, and so happened as an attempt ("attempted to assassinate"). */
export const ATTEMPT_VERBS = new Set(["attempt", "try"]);

/** Verbs of struggle that before an infinitive mean trying hard ("struggled to censor", "fought to keep"). */
export const EFFORT_VERBS = new Set(["struggle", "fight", "battle", "strive", "scramble", "race", "wrestle"]);

/** Currency nouns: a country's name before one names money, not an actor ("US dollar", "Iranian rials"). */
export const CURRENCY_NOUNS = new Set(["dollar", "dollars", "euro", "euros", "sterling", "yen", "yuan", "renminbi", "rouble", "roubles", "ruble", "rubles", "rupee", "rupees", "rial", "rials", "riyal", "riyals", "dinar", "dinars", "lira", "franc", "francs", "peso", "pesos", "shekel", "shekels", "krona", "kronor", "krone", "kroner", "rand", "naira", "shilling", "shillings"]);

/** Prepositions of movement: a place after them is where someone goes or comes from. */
export const MOVEMENT_PREPOSITIONS = new Set(["from", "to", "into", "towards", "toward"]);

/** Nouns of asking whose that-clause says what is asked for ("its demand that Israel ease …"). */
export const DEMAND_NOUNS = new Set(["demand", "call", "request", "appeal", "proposal", "plea", "ultimatum", "insistence", "recommendation", "order"]);

/** Verbs of stopping or withholding: the event their object names does not happen ("halted aid to …"). */
export const STOPPING_VERBS = new Set(["halt", "suspend", "cancel", "stop", "freeze", "withhold", "postpone", "block", "scrap", "terminate", "abandon", "delay", "deny", "refuse", "reject", "cut", "veto", "shelve", "lift", "ease"]);

/** Nouns of permission or ability whose infinitive says what may be done ("the right to fire"); singular common nouns only ("the authorities", "the Palestinian Authority" act). */
export const POTENTIAL_NOUNS = new Set(["right", "power", "authority", "permission", "freedom", "ability", "capacity", "capability", "option", "chance", "opportunity", "licence", "license", "mandate", "means"]);

/** Nouns whose "of" names an event that is withheld or called off, not done ("withholding of aid", "suspension of talks"). */
export const WITHHOLDING_NOUNS = new Set(["withholding", "suspension", "cancellation", "postponement", "denial", "refusal", "rejection", "lack", "absence", "freeze", "halt", "cessation", "cutoff", "blocking", "delay"]);

/** Verbs of complaint that can close a sentence like "said" ("…, a rights group protested"). */
export const COMPLAINT_VERBS = new Set(["protest", "complain", "charge", "allege", "object"]);

/** Nouns naming a settlement ("the Bosnian town of Gorazde", "Iraqi towns"). */
export const SETTLEMENT_NOUNS = new Set(["town", "city", "village", "enclave", "suburb", "neighbourhood", "neighborhood", "township", "camp", "district", "capital", "hamlet", "settlement", "port"]);

/** Nouns of a location around or within a place, named by their "of" ("the vicinity of X", "the outskirts of X"). */
export const LOCATION_NOUNS = new Set(["vicinity", "outskirts", "environs", "suburbs", "surroundings", "area", "region", "heart", "centre", "center", "edge", "fringes", "border", "borders"]);

/** Nouns that head a place's name after it ("Montenegro province", "Basra city"). */
export const PLACE_NOUNS = new Set(["province", "region", "state", "district", "city", "capital", "town", "village", "area", "territory", "county", "governorate", "prefecture", "enclave"]);

/** Place records that are settlements or parts of one. */
export const SETTLEMENT_FEATURES = new Set(["city", "district"]);


/** Prepositions of place: after them only the phrase's head names a party ("in Iraq's north" is a place). */
export const LOCATIVE_PREPOSITIONS = new Set(["in", "at", "near", "inside", "outside", "across", "around", "throughout", "within", "through", "along"]);

/**
 * Verbs with which a group owns a deed: "claimed responsibility for", "took credit for". Not "bear":
 * one who "will bear responsibility for any attack" is held to account, not the attacker.
 */
export const CLAIMING_VERBS = new Set(["claim", "take", "accept", "admit", "assume"]);

/** What is claimed for a deed (after CLAIMING_VERBS). */
export const RESPONSIBILITY_NOUNS = new Set(["responsibility", "credit"]);

/** Nouns for someone defined by a relation to another ("Russia's allies", "a Clinton supporter"): not that other. */
export const RELATION_NOUNS = new Set([
  "ally", "partner", "neighbour", "neighbor", "rival", "critic", "opponent", "foe", "enemy", "adversary",
  "detractor", "challenger", "supporter", "backer", "sympathizer", "sympathiser", "victim",
]);

/** Nouns of relation that oppose: "opponents of" a state's government or leader are its opposition. */
export const OPPOSITION_NOUNS = new Set(["opponent", "critic", "detractor"]);

/** Reflexive pronouns: the clause's subject named again, never a party of its own. */
export const REFLEXIVE_PRONOUNS = new Set(["himself", "herself", "itself", "themselves", "themself", "ourselves", "myself", "yourself", "yourselves", "oneself"]);

/** What is met by fulfilling it ("met the standards", "meet the deadline"), not by meeting someone. */
export const STANDARD_NOUNS = new Set([
  "standard", "requirement", "criterion", "criteria", "target", "goal", "deadline", "need", "expectation",
  "obligation", "condition", "threshold", "quota", "cost", "challenge", "definition",
]);

/** Verbs by which evidence points to something ("figures suggest …", "the data show …"). */
export const INDICATING_VERBS = new Set(["suggest", "indicate", "show", "reveal", "demonstrate", "confirm"]);

/** What evidence is (the subject of INDICATING_VERBS): no one who appeals or accuses. */
export const EVIDENCE_NOUNS = new Set([
  "figure", "data", "datum", "statistic", "report", "study", "survey", "poll", "evidence", "result", "finding",
  "analysis", "research", "record", "document", "footage", "image", "photo", "test", "estimate", "census",
]);

/** Verbs of giving back: what is returned goes to those it was taken from. */
export const RETURNING_VERBS = new Set(["return", "restore", "hand"]);

/** Verbs of taking something from someone ("seized from", "captured from"). */
/** Verbs of taking by force, whose code depends on what is taken (a place, people or things). */
export const CAPTURING_VERBS = new Set(["capture", "recapture", "seize", "grab", "snatch", "nab", "catch", "annex"]);
export const TAKING_VERBS = new Set(["seize", "take", "capture", "confiscate", "steal", "loot", "grab", "impound", "remove"]);

/** Diseases, disasters and accidents: what they do is nobody's act, and fighting them is no coercion. */
export const NATURAL_EVENT_NOUNS = new Set([
  "outbreak", "epidemic", "pandemic", "disease", "virus", "flu", "influenza", "cholera", "ebola", "malaria", "measles",
  "illness", "infection", "storm", "hurricane", "cyclone", "typhoon", "tornado", "flood", "flooding", "earthquake",
  "quake", "tsunami", "drought", "wildfire", "landslide", "mudslide", "avalanche", "heatwave", "famine", "accident", "crash",
]);

/** Verbs of withdrawing something from somewhere: the event is aimed at where it is withdrawn from. */
export const WITHDRAWING_VERBS = new Set(["withdraw", "pull", "remove", "evacuate", "recall"]);

/** What is released by publishing it ("released footage", "released a statement"), not by freeing it. */
export const INFORMATION_NOUNS = new Set([
  ...EVIDENCE_NOUNS,
  "video", "statement", "detail", "photograph", "recording", "list", "transcript", "information", "audio", "tape", "book",
  "album", "film", "song", "single", "version", "update", "schedule", "guidance", "guideline", "budget", "forecast",
  "letter", "memo", "email", "text", "draft", "plan", "proposal", "picture", "trailer", "app", "summary", "readout", "footage",
]);

/** Verbs that tell someone what to do ("told airlines not to buy …"): what is told has not been done. */
export const INSTRUCTING_VERBS = new Set(["tell", "instruct", "advise", "direct", "command", "encourage", "invite", "warn"]);

/** Verbs of being ahead or behind in a count ("leads Trump 46 percent to 41"): with a count, no act. */
export const COUNT_LEAD_VERBS = new Set(["lead", "trail", "beat", "edge", "top", "outpoll", "overtake"]);

/** Verbs whose object is an event still to come ("arrange a meeting", "proposed talks"): it is intended, not done. */
export const PLANNING_VERBS = new Set(["arrange", "plan", "schedule", "organize", "organise", "propose", "seek", "request", "prepare", "offer", "suggest", "want"]);

/**
 * Verbs of judging or answering an act: whoever praises, condemns or avenges violence is not thereby its
 * doer ("praised the attack on the consulate", "vowed to avenge the killing of Soleimani").
 */
export const EVALUATING_VERBS = new Set(["praise", "hail", "applaud", "welcome", "celebrate", "commend", "laud", "condemn", "denounce", "criticize", "criticise", "deplore", "decry", "slam", "blame", "mourn", "lament", "justify", "defend", "condone", "tolerate", "protest", "oppose", "avenge", "revenge"]);

/** Verbs of looking into or living through an act: whoever investigates or survives violence is not thereby its doer ("UN experts investigated the attack on Iraqi troops"). */
export const EXAMINING_VERBS = new Set(["investigate", "probe", "examine", "review", "study", "document", "witness", "monitor", "observe", "discuss", "describe", "recall", "remember", "survive", "escape", "film", "photograph", "cover"]);

/** Verbs of wishing that someone act ("wanted Trump to step aside"): what is wished is not done, nor intended by the one wished to act. */
export const DESIRE_VERBS = new Set(["want", "wish", "expect", "need", "like", "prefer", "hope"]);

/** Verbs of accidents ("crashed, killing 228"): what follows from them is nobody's deed. */
export const ACCIDENT_VERBS = new Set(["crash", "sink", "capsize", "collapse", "derail", "collide", "overturn", "plunge", "erupt", "skid", "fall", "topple"]);

/** Verbs that help an armed group (the uncoded ones PETRARCH's support transformation is about): reported, they accuse. */
export const SUPPORTING_VERBS = new Set([
  "revive", "redeploy", "deploy", "arm", "rearm", "fund", "finance", "bankroll", "back", "support", "sponsor", "train",
  "equip", "supply", "send", "shelter", "harbor", "harbour", "protect", "help", "aid", "assist", "recruit", "create",
  "build", "strengthen", "host", "smuggle", "transfer", "move", "resettle", "relocate", "release", "free", "empower", "nurture",
]);

/** Nouns of a document that acts once adopted ("a plan that will not allow …", "a law which bans …"). */
export const DOCUMENT_NOUNS = new Set(["law", "bill", "resolution", "decree", "plan", "measure", "proposal", "legislation", "motion", "amendment", "ordinance", "act"]);
/** What may be proposed, backed or ratified: documents, demands and agreements ("would not support the deal"). */
export const PROPOSED_NOUNS = new Set([...DOCUMENT_NOUNS, ...DEMAND_NOUNS, "deal", "agreement", "accord", "treaty", "pact", "ceasefire", "truce", "compromise", "settlement", "convention", "charter"]);

/** Subordinators that open the condition of a conditional threat ("unless Israel withdraws"). */
export const CONDITIONAL_SUBORDINATORS = new Set(["unless", "if"]);

/** Sectors of armed non-state groups (the default of CoderResources.armedGroupSectors). */
export const ARMED_GROUP_SECTORS = new Set(["REB", "RAD", "INS", "TER", "IMG", "SEP", "UAF"]);

/** Words naming armed non-state fighters: a phrase they head is an armed group whatever code it gets. */
export const ARMED_GROUP_WORDS = new Set(["terrorist", "terrorists", "militant", "militants", "extremist", "extremists", "insurgent", "insurgents", "jihadist", "jihadists", "rebel", "rebels", "mercenaries", "mercenary"]);

/** Buildings and sites: when visited they are where a visit happens, not its host ("visited the hospital"). */
export const VENUE_NOUNS = new Set(["hospital", "clinic", "school", "university", "college", "museum", "church", "mosque", "cathedral", "temple", "synagogue", "shrine", "prison", "jail", "camp", "site", "scene", "factory", "plant", "mine", "port", "airport", "station", "stadium", "hotel", "market", "base", "building", "facility", "headquarters", "town", "village", "city", "district", "area", "region", "province", "neighbourhood", "neighborhood", "border", "front", "memorial", "monument", "cemetery", "ruins"]);

/** Nouns of an armed action whose owner did what happened in it ("was killed in a US counterterrorism operation", "in a raid by …"). */
export const OPERATION_NOUNS = new Set(["operation", "raid", "ambush", "mission", "crackdown", "assault"]);

/** Verbs of holding office: a state's agent doing them to that state governs it, no event between the two ("Mugabe ruled Zimbabwe"). */
export const OFFICE_VERBS = new Set(["rule", "govern", "lead", "run", "head", "administer", "reign"]);
/** Verbs that bring people or things together, which CAMEO 2.0 files as meetings (040): "assemble troops", "assemble weapons". */
export const GATHERING_VERBS = new Set(["assemble", "gather", "collect", "unite", "combine", "hear", "muster"]);
/** Verbs of giving in general, whose object may be anything ("give an answer", "grant a reprieve", "award a medal"). */
export const GIVING_VERBS = new Set(["give", "grant", "accord", "award", "add", "issue", "bestow", "endow", "entrust"]);
/** Verbs of taking in general, whose object may be anything ("take a snooze", "catch a flight"). */
export const GENERAL_TAKING_VERBS = new Set(["take", "catch", "get"]);
/** Verbs of holding control, command or office: a state, not an event, unless a pattern says what is done. */
export const CONTROL_VERBS = new Set([...OFFICE_VERBS, "control", "command", "conduct", "direct", "manage", "oversee", "supervise", "supervize", "regulate", "handle", "steer", "dictate", "prescribe"]);

/** Verbs of force also used for attacks in words ("Trump attacked Clinton", "blasted", "hammered"). */
export const FIGURATIVE_ATTACK_VERBS = new Set(["attack", "blast", "hit", "slam", "assail", "hammer", "bash", "savage", "pummel", "lash", "batter", "torpedo"]);

/** Nouns of a person's conduct in office or politics: attacking one is criticism in words too ("attacked Mrs. Clinton's national security record"). */
export const CONDUCT_NOUNS = new Set(["record", "handling", "candidacy", "agenda", "rhetoric", "tenure", "approach", "character", "temperament", "judgment"]);

/** Nouns of what is said or decided: attacking one is criticism in words ("attacked the proclamation", "assailed the decision"). */
export const UTTERANCE_NOUNS = new Set([...DOCUMENT_NOUNS, "decision", "proclamation", "declaration", "statement", "policy", "remark", "comment", "announcement", "report", "claim", "recognition", "speech", "stance", "verdict", "ruling", "accusation", "allegation", "charge", "criticism", "assertion"]);

/** Verbs of arrest by authorities (CAMEO 173). */
export const ARREST_VERBS = new Set(["arrest", "detain", "apprehend"]);

/** Nouns of what is done to someone: a subject they head names an event whose actors underwent it ("the minister's murder constitutes …"). */
export const SUFFERED_EVENT_NOUNS = new Set(["murder", "death", "killing", "assassination", "execution", "arrest", "detention", "kidnapping", "abduction", "disappearance", "imprisonment", "injury", "funeral", "burial"]);

/** Directive verbs whose that-clause mostly reports a fact ("reports suggest that …", "insisted that Iran attacked first"): not a request. */
export const FACTUAL_THAT_DIRECTIVES = new Set(["suggest", "insist"]);

/** Prepositions of the means by which something is said ("announced by live television", "via Twitter"). */
export const CHANNEL_PREPOSITIONS = new Set(["by", "via", "through", "over", "on"]);

/** Verbs of beating a rival: between political rivals they report a vote won, not force ("Trump narrowly beat Hillary Clinton in Wisconsin"). */
export const CONTEST_VERBS = new Set(["beat", "defeat"]);

/** Verbs of warning: "warned of" a danger, with no one warned, comments on it rather than threatens it. */
export const WARNING_VERBS = new Set(["warn", "caution"]);

/** Coercive acts a warning "of" them threatens ("warned of retaliation", "of serious consequences"). */
export const THREATENED_ACT_NOUNS = new Set(["retaliation", "reprisal", "response", "consequence", "action", "measure", "force", "war"]);

/** Verbs of pressing for something ("pressed for Iran to withdraw"): what follows "for … to" is asked of others, like a directive's. */
export const ADVOCACY_VERBS = new Set(["appeal", "press", "push", "lobby", "petition", "campaign", "plead"]);

/** Prepositions of time or circumstance: what follows them is when or amid what, never whom ("during the election"); not "throughout", which is also locative ("bombings throughout Iraq"). */
export const CIRCUMSTANCE_PREPOSITIONS = new Set(["during", "amid", "amidst", "since", "until", "till", "despite"]);

/** Nouns of fighting and mass violence: what one engages in when one uses force ("engaged in fierce fighting", "in ethnic cleansing"). */
export const COMBAT_NOUNS = new Set([
  ..."fighting fight clash battle combat war warfare hostility skirmish gunfight firefight gunbattle violence conflict attack assault operation".split(" "),
  ..."cleansing genocide massacre atrocity insurgency rebellion riot rioting looting terrorism sabotage raid".split(" "),
]);
/** Force (CAMEO 18–20). */
export const FORCE_CODES = /^(18|19|20)/;
/** Codes of acts a place in the doers' own country is only the venue of: statements, appeals, intents, meetings (01–04), demands, disapproval, rejection (10–12). */
export const VENUE_CODES = /^(0[1-4]|1[0-2])/;
/** Sectors that stand against or apart from their country's state. */
export const NON_STATE_SECTOR_CODES = /^(REB|OPP|INS|SEP|UAF|RAD|PTY)/;

/** A plural noun's singular, by the regular endings ("militias" → "militia"). */
export function singular(word: string): string {
  return word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/** Verbs of accusing someone of a wrong: their gerund is alleged ("was accused of attacking", "is suspected of", "blamed for"). */
export const ALLEGING_VERBS = new Set(["accuse", "suspect", "charge", "allege", "blame", "indict", "convict"]);

/** Verbs of owning up to a fact, whose that-clause is no praise or recognition of anyone ("recognized that …"). */
export const RECOGNIZING_VERBS = new Set(["recognize", "recognise", "acknowledge", "admit", "accept", "concede"]);

/** Nouns of gatherings, where a place after them says where they are held ("talks in London"). */
export const GATHERING_NOUNS = new Set(["talk", "meeting", "negotiation", "conference", "summit", "session", "hearing", "forum", "congress", "convention"]);

/**
 * Words that judge a party's conduct or character badly when a speaker says the party (or its act)
 * is that: "said Brazile's actions were unethical", "said Putin is a dangerous man" (criticism, 111).
 * Judgements of conduct only: not states a party may be in ("weak", "isolated", "poor").
 */
export const CONDEMNING_WORDS = new Set(
  ("illegal unlawful illegitimate unconstitutional unethical immoral wrong unacceptable intolerable inexcusable irresponsible reckless " +
    "dangerous provocative aggressive hostile belligerent corrupt criminal dishonest deceitful racist bigoted disgraceful shameful " +
    "outrageous deplorable despicable disgusting horrifying horrific appalling abhorrent absurd ridiculous hypocritical incompetent " +
    "unfit destabilizing destabilising counterproductive unjust unfair biased crooked treacherous barbaric inhumane cruel brutal " +
    "liar crook thug tyrant dictator despot aggressor traitor fraud disgrace menace puppet hypocrite murderer terrorist " +
    "rapist thief killer bully coward idiot moron fool clown loser lunatic madman devil monster butcher warmonger").split(" "),
);

/**
 * Words that judge a party's conduct or character well ("the newspaper wrote Clinton is smart", "said
 * Macron was an excellent partner": praise, 051).
 */
export const PRAISING_WORDS = new Set(
  ("excellent outstanding admirable courageous brave honest smart wise capable competent dedicated resilient trustworthy reliable " +
    "principled visionary heroic exemplary constructive commendable praiseworthy hero champion").split(" "),
);

/** Verbs that judge a deed, and so whoever did it ("condemned the execution of … by Iran"). */
export const DEED_JUDGING_VERBS = new Set(["condemn", "criticize", "criticise", "denounce", "deplore", "decry", "slam", "blast", "censure", "praise", "welcome", "hail", "applaud", "commend", "protest"]);

/** Verbs that describe their object as something ("described Putin as dangerous", "portrayed Iran as a threat"). */
export const DESCRIBING_VERBS = new Set(["describe", "portray", "characterize", "characterise", "depict", "paint", "denounce"]);
