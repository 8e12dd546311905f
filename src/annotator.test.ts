import { describe, expect, it } from "vitest";
import { createAnnotator } from "./annotator.js";

/** Each event of a text as "SOURCE CAMEO TARGET", coded with the production dictionaries. */
const defaultAnnotator = createAnnotator();
const coded = (text: string, published = "2020-11-15") =>
  defaultAnnotator.annotate({ text, published }).events.map((e) => `${e.source?.code} ${e.cameo.code} ${e.target?.code ?? "-"}`);

describe("createAnnotator", () => {
  it("passes the event coder's conventions through (newActorLength)", () => {
    const text = "The Guild of Wizards attacked Iraq on Monday.";
    const codes = (annotator: ReturnType<typeof createAnnotator>) =>
      annotator.annotate({ text, published: "2020-11-15" }).events.map((e) => `${e.source?.code} ${e.cameo.code.slice(0, 2)} ${e.target?.code}`);
    expect(codes(createAnnotator({ events: { newActorLength: 4 } }))).toContain('"THE GUILD OF WIZARDS" 19 IRQ');
    expect(codes(createAnnotator()).some((c) => c.startsWith('"'))).toBe(false);
  });

  it("accuses no one of an attack that a participle describes inside what is reported", () => {
    const text = "Rami Abdurrahman, the head of the Syrian Observatory, said the Syrian government wanted the release of their fighters taken hostage by the rebels.";
    const events = createAnnotator().annotate({ text, published: "2020-11-15" }).events;
    expect(events.map((e) => e.cameo.code)).toContain("1053");
    expect(events.filter((e) => e.rule.startsWith("transform:report-of-hostility"))).toEqual([]);
  });

  it("makes a government telling of its own forces' attack no accuser of them, but still of others' ('Russia's defence ministry said Russian forces …')", () => {
    expect(coded("Russia's defence ministry said Russian forces had captured the village of Krasnohorivka.")).toEqual(["RUSMIL 192 -"]);
    expect(coded("Russia's defence ministry said Ukrainian forces had captured the village of Krasnohorivka.")).toContain("RUSGOVMIL 112 UKRMIL");
  });

  it("codes force by a crowd of protesters as a riot (145), whatever it is aimed at; troops' stays force", () => {
    expect(coded("Protesters in Baghdad stormed the Swedish embassy.")).toEqual(["IRQOPP 145 SWEGOV"]);
    expect(coded("Iraqi troops stormed the Swedish embassy.").map((x) => x.split(" ")[1].slice(0, 2))).toEqual(["19"]);
  });

  it("keeps an -s noun in a phrase after a preposition a plural noun before a name ('sanctions against U.S. defence contractors Lockheed Martin')", () => {
    expect(coded("China announced sanctions against U.S. defence contractors Lockheed Martin.")).toContain("CHN 163 MNCUSA");
  });

  it("reads a country right before a body within it as whose the body is ('Yemen's Houthi rebels' are YEMREB, not Yemen)", () => {
    expect(coded("Yemen's Houthi rebels attacked a Saudi oil facility.")).toEqual(["YEMREB 190 SAU"]);
    expect(coded("Yemen and the Houthi rebels signed a ceasefire.").map((x) => x.split(" ")[0])).toContain("YEM");
  });

  it("codes a ship seized as property (171), and people seized by a state's agents as arrested (173)", () => {
    expect(coded("Iran seized a British tanker in the Strait of Hormuz.")).toEqual(["IRN 171 GBRBUS"]);
    expect(coded("Russian police seized two Ukrainian diplomats.").map((x) => x.split(" ")[1])).toEqual(["173"]);
  });

  it("codes a territory annexed as occupied (192), also when the place is read as its people", () => {
    expect(coded("Russia annexed Crimea in 2014.")).toEqual(["RUS 192 UKR"]);
    expect(coded("Morocco annexed Western Sahara.").map((x) => x.split(" ")[1])).toEqual(["192"]);
  });

  it("codes talks hosted between others as mediation (045) when done, and as an intent to mediate (039) when still to come", () => {
    expect(coded("Qatar hosted talks between the United States and the Taliban.").map((x) => x.split(" ")[1])).toEqual(["045", "045"]);
    expect(coded("Qatar will host talks between the United States and the Taliban.").map((x) => x.split(" ")[1])).toEqual(["039", "039"]);
  });

  it("reads the authorities of the place an agentless arrest happened in as its doer, also at a place ('detained at Tehran airport')", () => {
    expect(coded("Two British journalists were detained at Tehran airport.")).toEqual(["IRN 173 GBRMED"]);
    // (An actor named after "at" is where it happened, not who arrested: Iraq's authorities, not the U.S.)
    expect(coded("A Briton was arrested at the U.S. embassy in Baghdad.")).toEqual(["IRQ 173 GBR"]);
    expect(coded("Police caught three smugglers near the border.")).toEqual(["---COP 173 ---CRM"]);
    // Not for what authorities do not do: people killed in a town were not killed by it.
    expect(coded("Three Iranians were killed in Aleppo.")).toEqual([]);
  });

  it("reads a capital an ambassador is recalled from as its state, and accuses no one of what an 'after' clause tells", () => {
    expect(coded("Pakistan recalled its ambassador from Kabul on Thursday after Afghan forces fired mortar shells across the border.")).toEqual(["PAK 161 AFG"]);
  });

  it("reads what someone plots to do as intended, not done", () => {
    const modalities = (text: string) => defaultAnnotator.annotate({ text, published: "2020-11-15" }).events.filter((e) => e.cameo.code.startsWith("18")).map((e) => e.modality);
    expect(modalities("The rebels plotted to overthrow the government.")).toEqual(["intended"]);
  });

  it("reports an attempt that someone is accused of, not asserts it ('accused the opposition of trying to seize power')", () => {
    const modalities = (text: string) => defaultAnnotator.annotate({ text, published: "2020-11-15" }).events.map((e) => e.modality);
    expect(modalities("She accused the opposition of trying to seize power through violence.")).toEqual(["reported"]);
    expect(modalities("The opposition tried to seize power through violence.")).toEqual(["asserted"]);
  });

  it("reads a listed organisation's name after a nationality or ethnic adjective as that organisation ('Kurdish YPG'), unless the adjective names another country", () => {
    expect(coded("Turkish troops shelled Kurdish YPG positions near the Syrian town of Afrin.")).toEqual(["TURMIL 190 SYRREB"]);
    expect(coded("Pakistani Taliban fighters attacked a school.").map((x) => x.split(" ")[0])).toEqual(["PAKREB"]);
  });

  it("reads forces a country deploys, sends or withdraws as its own, not the country named after them", () => {
    const doc = defaultAnnotator.annotate({ text: "Kenya deployed additional troops to its border with Somalia after clashes with al Shabaab militants.", published: "2020-11-15" });
    expect(doc.actors.find((a) => a.name === "additional troops")?.code).toBe("KENMIL");
    expect(doc.events.map((e) => e.cameo.code)).not.toContain("062");
  });

  it("does not make one who vows to avenge a killing its doer", () => {
    expect(coded("Hezbollah leader Hassan Nasrallah vowed to avenge the killing of Iranian General Qassem Soleimani.").filter((x) => x.includes(" 190 "))).toEqual([]);
  });

  it("codes a party denying a deed of its own as denying responsibility (016), not the deed; another's deed denied is no such denial", () => {
    expect(coded("Russia has repeatedly denied supplying weapons to the rebels in eastern Ukraine.")).toEqual(["RUS 016 UKRREB"]);
    expect(coded("Iran denied that it had attacked the Saudi tanker.").map((x) => x.split(" ")[1])).toEqual(["016"]);
    expect(coded("Iran denied that Iraq had attacked Kuwait.").map((x) => x.split(" ")[1])).not.toContain("016");
    // A leader's own country's deed is the leader's to deny, with a time phrase before what is denied.
    expect(coded("Rwandan President Paul Kagame denied on Thursday that his country was supporting rebels in eastern Congo.")).toEqual(["RWAGOV 016 CODREB"]);
  });

  it("codes a state's body coercing a named person of its own code ('Myanmar's junta placed Aung San Suu Kyi under house arrest')", () => {
    expect(coded("Myanmar's junta placed Aung San Suu Kyi under house arrest.")).toEqual(["MMRGOV 173 MMRGOV"]);
    // (Not a body consulting its own: no self-event.)
    expect(coded("Myanmar's junta met Aung San Suu Kyi.")).toEqual([]);
  });

  it("codes a capital or town captured as occupied (192), also when no one it is taken from is named", () => {
    expect(coded("Ethiopian forces captured the Tigrayan capital Mekelle.")).toEqual(["ETHMIL 192 -"]);
    expect(coded("Rebels seized weapons.").map((x) => x.split(" ")[1])).not.toContain("192");
  });

  it("codes a state's protest as an official complaint (114), a crowd's as dissent", () => {
    expect(coded("The Philippines has filed a diplomatic protest against China over the presence of Chinese vessels.")).toEqual(["PHL 114 CHN"]);
    expect(coded("Students held a protest against Israel.").map((x) => x.split(" ")[1])).toEqual(["141"]);
  });

  it("reads a suicide bomber as a person, not an aircraft (no 195 aerial weapons); a stealth bomber is still a machine", () => {
    expect(coded("A suicide bomber blew himself up at a market in Baghdad, killing 32 people.").map((x) => x.split(" ")[1])).not.toContain("195");
    // (CAMEO 2.0's "{SUICIDE &WEAPON} *" still codes a suicide bombing.)
    expect(coded("A suicide bomber killed at least 20 people at a mosque in Peshawar.")).toEqual(["---REB 1831 PAKPPL"]);
    expect(coded("Russian bombers struck targets in Idlib.").map((x) => x.split(" ")[1])).toEqual(["195"]);
  });

  it("codes force by the state's police or soldiers on a crowd of protesters as violent repression (175)", () => {
    expect(coded("Iraqi security forces opened fire on protesters in Baghdad.")).toEqual(["IRQCOP 175 IRQOPP"]);
  });

  it("reads the people a count of counts is of as the doers ('Tens of thousands of people protested')", () => {
    expect(coded("Tens of thousands of people protested in Minsk against Alexander Lukashenko.")).toEqual(["BLRPPL 140 BLRGOV"]);
  });

  it("places people harmed in the sentence's one country of places ('… in Baghdad, killing 32 people'), or in the country of the police who harm them", () => {
    expect(coded("Kurdish guerrillas killed two people at a roadblock in eastern Turkey.")).toEqual(["---REB 190 TURPPL"]);
    // And people a country's police arrest are that country's, past a count's hedge.
    expect(coded("Hong Kong police detained more than 200 pro-democracy demonstrators as protests against Beijing's security law spread.")[0]).toBe("HKGCOP 175 HKGOPP");
  });

  it("places a crowd of private people in the country its verb is done in, not where what they say happens", () => {
    expect(coded("Students protested in Paris against Chinese policy.")).toEqual(["FRAEDU 140 CHN"]);
    // Before the country of a foreign body the sentence names ("the U.S. embassy in Baghdad").
    expect(coded("Protesters set fire to the U.S. embassy in Baghdad.")).toEqual(["IRQOPP 145 USAGOV"]);
    const sayers = defaultAnnotator.annotate({ text: "Human rights workers say the army in Serbia and Bosnian Serb territory beat refugees.", published: "2020-11-15" });
    expect(sayers.actors.find((a) => a.name.includes("workers"))?.code).toBe("---LAB");
  });

  it("codes the deed a verb of answering names with 'with' as the answerer's ('Russia responded with sanctions against Britain')", () => {
    expect(coded("Russia responded with sanctions against Britain.")).toEqual(["RUS 163 GBR"]);
    expect(coded("Israel responded with air strikes on Gaza.")).toEqual(["ISR 195 PSE"]);
  });

  it("reads a country's Treasury, Justice and State Departments and a State Counsellor as its government", () => {
    expect(coded("The U.S. Treasury Department imposed sanctions on Iran.")).toEqual(["USAGOV 163 IRN"]);
    // (So is Myanmar's State Counsellor, not a lawyer.)
    expect(coded("Myanmar's military detained State Counsellor Aung San Suu Kyi.")).toEqual(["MMRMIL 173 MMRGOV"]);
  });

  it("codes a speaker's word that another will pay a price as a threat (130), not a payment", () => {
    expect(coded("Iran said Israel would pay a heavy price.")).toEqual(["IRN 130 ISR"]);
    expect(coded("Consumers will pay a higher price for fuel, the Iranian minister said.")).toEqual([]);
  });

  it("codes force a party will not renounce or rule out as a threat of force (138) at whom it would be used against", () => {
    expect(coded("Israel did not rule out military action against Iran.")).toEqual(["ISR 138 IRN"]);
    expect(coded("China would never renounce the use of force to reunify Taiwan.")).toEqual(["CHN 138 TWN"]);
    expect(coded("Israel did not rule out talks with Iran.")).toEqual([]);
  });

  it("takes a body the dictionary knows after its country's name as the role's actor ('U.S. Senate Intelligence Committee chairman' is a legislator, not the country)", () => {
    expect(coded("U.S. Senate Intelligence Committee chairman Arlen Specter met Saudi officials on Monday.", "1996-07-01")).toEqual(["USAGOVLEG 040 SAUGOV"]);
  });

  it("codes having no intention of doing something as refusing it ('no intention of holding talks' 125; an attack so refused is not done)", () => {
    expect(coded("Iran has no intention of holding talks with Washington.")).toEqual(["IRN 125 USAGOV"]);
    expect(coded("Iran has no intention of attacking Israel.")).toEqual([]);
  });

  it("gives a deed someone is punished for no doer from the punishing clause ('expelled diplomats for links to killings')", () => {
    const text = "Turkey expelled four Iranian diplomats for alleged links to killings of Iranian exiles.";
    const events = createAnnotator().annotate({ text, published: "2020-11-15" }).events;
    expect(events.map((e) => `${e.source?.code} ${e.cameo.code}`)).toContain("TUR 161");
    expect(events.filter((e) => e.cameo.code.startsWith("19"))).toEqual([]);
  });

  it("reads radio and state television as news media, so a statement to them is no event with their country ('told German radio')", () => {
    const annotate = (text: string) => createAnnotator().annotate({ text, published: "2020-11-15" });
    const told = annotate("Putin told German radio that Russia had no plans.");
    expect(told.events.map((e) => `${e.cameo.code} ${e.target?.code ?? "-"}`)).toEqual([]);
    const state = annotate("Iranian state television said the talks had ended.");
    expect(state.actors.map((a) => a.code)).toContain("IRNGOVMED");
  });

  it("aims no rescue at those people are rescued from ('rescued 100 hostages from Boko Haram')", () => {
    const events = createAnnotator().annotate({ text: "Nigeria's army rescued 100 hostages from Boko Haram.", published: "2020-11-15" }).events;
    expect(events.filter((e) => e.target?.code === "NGAREB")).toEqual([]);
  });
});
