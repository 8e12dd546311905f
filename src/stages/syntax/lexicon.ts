// Closed word classes the shallow analyser relies on. Data, not code: each list says why it exists.

const set = (words: string) => new Set(words.trim().split(/\s+/));
const union = (...sets: ReadonlySet<string>[]) => new Set(sets.flatMap((x) => [...x]));

/** Auxiliaries and modals by what they tell about the clause. */
export const BE_FORMS = set("be is are was were been being am 's 're");
export const GET_FORMS = set("get gets got gotten getting");
export const HAVE_FORMS = set("have has had having 've 'd");
/** Future / planned: the event has not happened ("will be signed"). */
export const FUTURE_MODALS = set("will shall 'll wo");
/** Possibility or condition: the event is hypothetical ("could attack", "would sign if"). */
export const HYPOTHETICAL_MODALS = set("would could might may should must ought can ca 'd");
/** Verbs whose infinitive complement is intended, not done ("plans to visit", "agreed to sign"). */
export const INTENT_VERBS = set(
  "plan plot conspire scheme intend aim seek try attempt want wish hope expect prepare propose offer promise pledge vow swear threaten decide agree schedule set mean look consider vote resolve opt wait await",
);
/** Adjectives whose infinitive complement is intended ("ready to contribute", "willing to send"). */
export const INTENT_ADJECTIVES = set("ready willing prepared determined eager poised keen committed set");
/** Verbs whose infinitive complement is refused, not done ("refused to deploy", "declined to meet"). */
export const REFUSAL_VERBS = set("refuse decline reject oppose resist rule");
/** Verbs whose infinitive complement is a threat ("threatened to attack", "vowed to retaliate", "have sworn to fight"). */
export const THREAT_VERBS = set("threaten vow swear warn");
/** Modals of obligation: "X must withdraw" said by someone else is a demand. */
export const OBLIGATION_MODALS = set("must should ought");
/** Verbs whose that-clause says what someone should do, not what happened ("urged that …"). */
export const DIRECTIVE_VERBS = set("demand insist urge ask request propose recommend suggest order call");
/** Non-speech verbs that take a that-clause naming who is to act ("demanded that Israel ease …"). */
export const COMPLEMENT_VERBS = set(
  "demand insist urge ask request propose recommend suggest agree promise pledge vow decide hope expect fear accuse charge allege threaten order call",
);
/** Verbs of finding and knowing whose object may be a clause without "that" ("concluded evidence supported …"). */
export const FINDING_VERBS = set("conclude find show reveal prove establish determine learn know discover realise realize feel hear recognize recognise acknowledge admit understand");
/** Nouns of effort, whose infinitive says what the effort is for ("efforts to revive", "a bid to oust"). */
export const EFFORT_NOUNS = set("step measure effort action attempt move bid initiative");
/** Verbs that take no object, so their past form is never a passive ("a journalist died in jail"; not "gather": "evidence gathered by UN investigators"). */
export const INTRANSITIVE_VERBS = set("die arrive occur happen emerge disappear vanish exist remain appear come go fall rise sleep");
/** Negators inside a verb group. */
export const NEGATORS = set("not n't never no neither nor");
/** Words that open a subordinate clause. */
export const SUBORDINATORS = set(
  "when while as after before because since although though if unless until whereas whether once how why",
);
/** Prepositions and subordinators that open a gerund clause done by the subject of the clause it hangs on ("after meeting Patten", "by sending troops"). */
export const GERUND_OPENERS = set("after before since upon while without by when");
/** Verbs of ceasing, whose gerund is what was stopped ("stopped sending aid"). */
export const CEASING_VERBS = set("stop cease halt suspend quit discontinue end");
/** Relative pronouns: open a relative clause whose gap refers back to the preceding noun phrase. */
export const RELATIVE_PRONOUNS = set("who whom which that whose where");
/** Speech and attribution verbs (lemmas): their complement is reported, and they cue quotations. */
export const SPEECH_VERBS = set(
  "say tell state add note stress emphasize emphasise insist claim announce declare report warn caution urge argue explain " +
    "assert affirm reiterate confirm deny acknowledge admit suggest write remark comment reply respond observe point " +
    "indicate underline underscore highlight mention predict believe think",
);
/** Speech verbs whose object is the one spoken to, not what is said ("urged Iran", "told reporters"). */
export const ADDRESSEE_VERBS = set("tell urge warn ask inform remind assure brief");
/** Verbs an -ing form after them completes ("kept visiting Iraq", "denied visiting"), not describes a noun phrase. */
export const CATENATIVE_VERBS = set("keep continue start begin stop avoid finish enjoy resume consider like love hate quit risk recall deny admit mind miss suggest recommend go come spend be");
/** Light verbs whose object noun carries the event ("held talks", "made a visit"). */
export const LIGHT_VERBS = set("hold make take give have conduct carry launch stage pay sign reach issue deliver");
/** Verbs whose subject carries out the event their object names ("mounted an invasion", "speeded up the withdrawal"), unlike "survived the attack". */
export const DOING_VERBS = set("mount launch wage stage conduct carry begin start open resume continue complete finish speed step intensify escalate undertake lead order spearhead renew");
/** -ing forms used as prepositions ("following the invasion", "including attacks"): not verbs that do their object's event. */
export const PREPOSITIONAL_PARTICIPLES = set("following including regarding concerning considering excluding pending barring");
/** -ing forms that with "to" make a preposition ("according to", "relating to the presence of troops"): no verbs at all. */
export const TO_PREPOSITION_PARTICIPLES = set("according relating pertaining owing");
/** Determiners and quantifiers that can open a noun phrase. */
export const DETERMINERS = set("the a an another this that these those both each every all some any no several many few its their his her our your my");
/** Prepositions introducing an agent in passives. */
export const AGENT_PREPOSITIONS = set("by");
/** Irregular past participles (regular ones end in -ed). */
export const IRREGULAR_PARTICIPLES = set(
  "arisen awoken been born borne beaten become begun bent bet bid bitten bled blown broken brought built burnt bought caught chosen " +
    "come cost crept cut dealt dug done drawn dreamt drunk driven eaten fallen fed felt fought found fled flown forbidden forgotten " +
    "forgiven frozen gotten given gone ground grown hung heard hidden hit held hurt kept known laid led left lent let lain lit lost made " +
    "meant met paid put quit read ridden rung risen run said seen sought sold sent set shaken shed shot shown shut sung sunk sat slain " +
    "slept slid spoken spent spun split spread sprung stood stolen stuck stung struck sworn swept swum swung taken taught torn told " +
    "thought thrown understood undertaken upset woken worn woven wept won wound withdrawn written overthrown overtaken overrun " +
    "shelled killed wounded",
);
/** "US-backed rebels" are not US rebels: a name hyphenated to one of these names a patron or a place, not the group. */
export const PATRON_PARTICIPLES = set("backed sponsored supported funded armed trained allied aligned friendly based brokered imposed made");
/** Verbs often demanded in the subjunctive ("demanded that Israel end …"), which taggers read as nouns. */
export const SUBJUNCTIVE_VERBS = set(
  "end stop halt cease release free return withdraw pull cancel lift abandon resign leave recognize recognise accept respect " +
    "allow apologize apologise investigate hand reverse drop ease renounce comply disarm negotiate pay refrain reconsider",
);
/** Weapons and messages: what their user acts through ("launched missiles targeting US troops", "posted a message blaming Iran"). */
export const MEANS_NOUNS = set(
  "missile missiles rocket rockets bomb bombs shell shells drone drones mortar mortars grenade grenades weapon weapons munition munitions projectile projectiles " +
    "airstrike airstrikes strike strikes shot shots bullet bullets round rounds gas canister canisters volley volleys salvo salvos cannon cannons flare flares artillery ammunition torpedo torpedoes barrage barrages warhead warheads " +
    "gun guns firearm firearms rifle rifles explosive explosives knife knives cocktail cocktails " +
    "message messages statement statements letter letters tweet tweets post posts note notes video videos",
);

/**
 * Verbs that act against their object: a message or weapon someone blocks or intercepts is not theirs,
 * so what it does ("blocked an EU statement criticising China") is not their act.
 */
export const OPPOSING_VERBS = set("block veto reject oppose ban bar stop prevent halt suspend condemn denounce criticize criticise intercept destroy delete censor");

/** Of those, verbs that keep what their object would do from happening ("blocked a statement criticising China"). */
export const PREVENTING_VERBS = set("block veto ban bar stop prevent halt suspend censor delete");

/** Verbs whose subject undergoes the event ("he died"): with no one else named, they have no doer. */
export const PATIENT_SUBJECT_VERBS = set("die perish drown starve");
/**
 * Posts, bases and units on the move, which belong to whoever the words before them name ("a guerrilla
 * outpost", "the UN's Baghdad headquarters", "an army convoy"): to attack one is to attack its holder.
 */
export const FACILITY_NOUNS = set(
  "outpost outposts checkpoint checkpoints base bases camp camps positions stronghold strongholds bunker bunkers " +
    "barracks garrison garrisons headquarters compound station stations office offices convoy convoys patrol patrols embassy consulate",
);
/**
 * Nouns for an outlet that speaks for whoever runs it ("the official news agency", "rebel radio",
 * "a government website"): with no agent of their own, the outlet is read as its holder, as TABARI and
 * PETRARCH read an agent word anywhere in a phrase.
 */
export const OUTLET_NOUNS = set("news agency agencies television tv radio broadcaster broadcasters channel website daily");
/** Nouns for an attack, which a relative clause after the places it names is about ("the attack on peacekeepers in Mali that killed …"). */
export const ATTACK_NOUNS = set("attack attacks bombing bombings strike strikes airstrike airstrikes raid raids explosion explosions blast blasts assault assaults ambush ambushes shelling offensive");
/**
 * Nouns for a decision or text that does what its -ing participle says ("a court ruling ordering
 * Mitsubishi to pay", "a resolution condemning Israel"), wherever the phrase stands.
 */
export const RULING_NOUNS = set("ruling rulings decision decisions verdict judgment judgement order orders law laws bill bills resolution resolutions decree decrees statement statements report reports");
/** Nouns of relation for those who back a side, named by their "of" complement ("supporters of the opposition"). */
export const SUPPORTER_NOUNS = set("supporter backer sympathizer sympathiser");
/** Nouns of quantity that head a phrase whose "of" complement says who they are ("thousands of Kurds"). */
export const QUANTITY_NOUNS = set("thousands hundreds dozens millions scores tens thousand hundred dozen million score number group crowd crowds some many most half third thirds quarter quarters majority part percent");
/** Verbs whose infinitive complement did not happen ("failed to reach agreement" = did not reach it). */
export const FAILURE_VERBS = set("fail");
/** Nouns used as adverbs of time: they modify the verb, not the phrase before them ("Israel Friday reimposed …"). */
export const ADVERBIAL_TIME_NOUNS = set("monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight");
/** Calendar periods and parts of the day ("this week", "on Sunday morning"). */
const CALENDAR_PERIODS = set("week month year weekend morning afternoon evening night");
/** Nouns naming a time ("on Wednesday", "this week"): adverbials, never the participants of an event. */
export const TIME_WORDS = union(ADVERBIAL_TIME_NOUNS, CALENDAR_PERIODS);
/** Words that place a time unit after them relative to now ("last month", "this week"). */
export const TIME_DEICTICS = set("last next this past coming");
/** What may follow "last", "next", "this" in an adverbial of time ("last month", "this spring", "next Monday"). */
export const DEICTIC_TIME_UNITS = union(TIME_WORDS, set("spring summer autumn fall winter"));
/** Verbs that let someone do something ("allowed Iraq to …", "was permitted to …"); not "enable", whose
 * infinitive is done ("US weapons enabled Iraq to attack Iran"). */
export const PERMITTING_VERBS = set("allow permit authorize authorise entitle");
/** Verbs whose infinitive needs someone named before it ("allowed Iraq to …", "forced him to …"). */
export const OBJECT_BEFORE_INFINITIVE_VERBS = union(PERMITTING_VERBS, set("force compel oblige order urge tell instruct require"));
/** Month names, as a date spells them ("December 18"). */
export const MONTHS = set("january february march april may june july august september october november december");
/** "the following day", "the next week": words placing a time relative to the one before. */
export const RELATIVE_TIME_WORDS = set("following next previous preceding same");
/** "late Thursday", "early Monday": words placing a time within the day named after them. */
export const TIME_QUALIFIERS = set("late early");
/** Possessive determiners: "their credentials" — they open a noun phrase and name no actor by themselves. */
export const POSSESSIVE_DETERMINERS = set("his her its their our my your");
/** Units of duration, by lemma ("the measures announced 10 days ago", "after four years"). */
export const DURATION_UNITS = set("second minute hour day week month year decade century");
/** Particles of phrasal verbs that take an object after them ("called off the talks", "set up a committee"). */
export const PHRASAL_PARTICLES = set("off out up down back over");
/** Every particle that may close a phrasal verb, also those that double as prepositions ("carry on", "give in"). */
export const VERB_PARTICLES = union(PHRASAL_PARTICLES, set("on in"));
/** Verbs that name or describe their object by a second noun phrase ("called the move an act of aggression", "dubbed him a traitor"). */
export const NAMING_VERBS = set("call label brand dub term name deem consider");
/** Naming verbs that also judge their object by an adjective ("considered it inappropriate"; "called Iran early" is a call). */
export const JUDGING_VERBS = set("deem consider");

/** Prepositions giving the reason for an act ("blamed X for Y", "sanctions on Russia over its invasion"). */
export const REASON_PREPOSITIONS = set("for over");

/**
 * People at large, by lemma, whom a state evacuates, rescues or counts as its own abroad ("evacuated
 * its citizens from Sudan", "its nationals in Ukraine").
 */
export const PEOPLE_NOUNS = set("citizen national civilian resident people tourist family child student villager inhabitant patient worker expatriate");
