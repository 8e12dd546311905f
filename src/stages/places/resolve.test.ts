import { describe, expect, it } from "vitest";
import { resolveToponyms, within, type ToponymMention } from "./resolve.js";
import { fixtureGazetteer, ONTARIO_ENTRIES } from "./testing.js";

const gazetteer = fixtureGazetteer();

/** Mentions of every occurrence of each name in the text, in text order. */
function mentionsOf(text: string, names: string[]): ToponymMention[] {
  const out: ToponymMention[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) out.push({ start: at, end: at + name.length, text: name });
  }
  return out.sort((a, b) => a.start - b.start);
}

function resolve(text: string, names: string[], options = {}) {
  return resolveToponyms(gazetteer, text, mentionsOf(text, names), options);
}

describe("resolveToponyms", () => {
  it("prefers the populous capital when nothing else is known", () => {
    const [paris] = resolve("Talks were held in Paris.", ["Paris"]);
    expect(paris.record?.country).toBe("FRA");
    expect(paris.reason).toBe("prior");
  });

  it("follows the article's context: Paris in an article about Texas is Paris, Texas", () => {
    const text = "Storms hit Texas on Monday. In Dallas, officials said Paris was flooded.";
    const resolved = resolve(text, ["Texas", "Dallas", "Paris"]);
    const paris = resolved.find((r) => r.mention.text === "Paris")!;
    expect(paris.record).toMatchObject({ country: "USA", admin1: "TX" });
    expect(paris.reason).toBe("context");
  });

  it("resolves a county the gazetteer has to its county record, the most populous of its name without context", () => {
    const [county] = resolve("Flooding closed roads in Washington County on Monday.", ["Washington County"]);
    expect(county.record).toMatchObject({ name: "Washington County", featureType: "admin2", admin1: "OR" });
  });

  it("does not read a bare county name as the county", () => {
    const [washington] = resolve("Talks were held in Washington.", ["Washington"]);
    expect(washington.record?.featureType).not.toBe("admin2");
  });

  it("puts a county of a common name in the state the rest of the article is about", () => {
    const text = "Storms hit Georgia on Monday. In Atlanta, officials said Washington County and Georgia's coast were flooded.";
    const county = resolve(text, ["Georgia", "Atlanta", "Washington County"]).find((r) => r.mention.text === "Washington County")!;
    expect(county.record).toMatchObject({ featureType: "admin2", admin1: "GA" });
  });

  it("follows the state named right after a county: 'Washington County, Texas'", () => {
    const [county] = resolve("Deputies in Washington County, Texas, said roads were closed.", ["Washington County", "Texas"]);
    expect(county.record).toMatchObject({ featureType: "admin2", admin1: "TX" });
  });

  it("keeps another country's division of the bare name as a candidate: 'Kent County' in a British article", () => {
    const text = "British police said flooding in Kent County closed roads across the United Kingdom.";
    const county = resolve(text, ["Kent County", "United Kingdom"]).find((r) => r.mention.text === "Kent County")!;
    expect(county.record).toMatchObject({ name: "Kent", country: "GBR" });
    const [delaware] = resolve("Flooding in Kent County closed roads.", ["Kent County"]);
    expect(delaware.record).toMatchObject({ country: "USA", admin1: "DE" });
  });

  it("reads a borough the gazetteer lacks as the town of its name", () => {
    const [borough] = resolve("Flooding hit Dallas Borough on Monday.", ["Dallas Borough"]);
    expect(borough.record).toMatchObject({ name: "Dallas", featureType: "city" });
  });

  it("never puts a state inside a county whose point lies near the state's", () => {
    const oregon = gazetteer.record(gazetteer.idsForKey("oregon")[0]);
    const county = gazetteer.record(gazetteer.idsForKey("washington county").find((id) => gazetteer.record(id).admin1 === "OR")!);
    // Moved next to the state's point, the county still does not contain the state.
    expect(within(oregon, { ...county, lat: oregon.lat, lon: oregon.lon })).toBe(false);
    expect(within({ ...county, lat: oregon.lat, lon: oregon.lon }, oregon)).toBe(true);
  });

  it("never puts a state inside a town whose point lies near the state's ('New York' and Rome, New York)", () => {
    const newYork = gazetteer.record(gazetteer.idsForKey("new york").find((id) => gazetteer.record(id).featureType === "admin1")!);
    const rome = gazetteer.record(gazetteer.idsForKey("rome").find((id) => gazetteer.record(id).country === "USA")!);
    expect(within(newYork, rome)).toBe(false);
    expect(within(rome, newYork)).toBe(true);
    // So a state the article names does not pull its capital's namesake town in as the state's container.
    const resolved = resolve("Italy and New York signed a tourism deal in Rome on Monday.", ["Italy", "New York", "Rome"]);
    expect(resolved[2].record).toMatchObject({ name: "Rome", country: "ITA" });
  });

  it("does not count a town in the next state as near a state the article names ('Plymouth' with Massachusetts)", () => {
    const resolved = resolve("Massachusetts officials said Plymouth was flooded.", ["Massachusetts", "Plymouth"]);
    expect(resolved[1].record).toMatchObject({ name: "Plymouth", admin1: "MA" });
  });

  it("settles names that no confident anchor placed on the namesakes that lie together (pass 3)", () => {
    // Alone, each name takes its own best namesake: Litchfield, New Hampshire.
    expect(resolve("Police in Litchfield said roads were closed.", ["Litchfield"])[0].record).toMatchObject({ admin1: "NH" });
    // Danbury's prior is no confident anchor over its English namesake, yet its sense places Litchfield.
    const resolved = resolve("Police in Danbury and Litchfield said roads were closed.", ["Danbury", "Litchfield"]);
    expect(resolved.map((r) => r.record?.admin1)).toEqual(["CT", "CT"]);
    expect(resolved[1].reason).toBe("context");
  });

  it("lets no guessed sense make a division of a capital's name, nor vote for its country (pass 3)", () => {
    // Parkland's Washington State sense is a guess: it does not turn Washington into the state.
    const capital = resolve("Investigators arrived in Parkland on Monday, officials in Washington and New York said.", ["Parkland", "Washington", "New York"]);
    expect(capital[1].record).toMatchObject({ name: "Washington, D.C." });
    // Washington and New York, each unsure of its own sense, do not make Dublin an American town.
    const dublin = resolve("Officials in Washington and New York said talks in Dublin would resume.", ["Washington", "New York", "Dublin"]);
    expect(dublin[2].record).toMatchObject({ country: "IRL" });
  });

  it("lets a guessed sense tip only near-ties: its point counts half a confident one's (pass 3)", () => {
    // Alone, Manchester is England's: its prior leads Connecticut's town by one order of magnitude.
    expect(resolve("Police in Manchester said roads were closed.", ["Manchester"])[0].record).toMatchObject({ country: "GBR" });
    // Beside a confidently placed town nearby (Hartford), the Connecticut town wins.
    expect(resolve("Police in Hartford and Manchester said roads were closed.", ["Hartford", "Manchester"])[1].record).toMatchObject({ admin1: "CT" });
    // Danbury is only guessed to be Connecticut's (its English namesake is close behind): its point does not
    // outweigh Manchester's lead, though it settles the near-tie of Litchfield (pass 3 test above).
    const guessed = resolve("Police in Danbury and Manchester said roads were closed.", ["Danbury", "Manchester"]);
    expect(guessed[0].record).toMatchObject({ admin1: "CT" });
    expect(guessed[1].record).toMatchObject({ country: "GBR" });
  });

  it("makes a namesake sibling a division only beside a confidently named division (pass 3)", () => {
    // Texas, named confidently, makes New York the state…
    expect(resolve("The governor left Texas for New York on Monday.", ["Texas", "New York"])[1].record).toMatchObject({ featureType: "admin1" });
    // …but Georgia, read as the state only from Atlanta (its prior says the country), is a guess: New York stays the city.
    const resolved = resolve("The governor left Atlanta for New York, where Georgia's delegation met donors.", ["Atlanta", "New York", "Georgia"]);
    expect(resolved[2].record).toMatchObject({ featureType: "admin1", admin1: "GA" });
    expect(resolved[1].record).toMatchObject({ name: "New York City" });
  });

  it("weighs a known town's country against the countries of its namesakes only ('London' in a Canadian story about Iraq)", () => {
    const story = (country: string) => `Organizers of a London rally on the war in Iraq thanked ${country}. Iraq and Iran were named. ${country}'s stand was praised.`;
    const withOntario = fixtureGazetteer(ONTARIO_ENTRIES);
    const inOntario = (text: string, names: string[]) => resolveToponyms(withOntario, text, mentionsOf(text, names));
    expect(inOntario(story("Canada"), ["London", "Iraq", "Iran", "Canada"])[0].record).toMatchObject({ name: "London", country: "CAN" });
    expect(inOntario(story("Britain"), ["London", "Iraq", "Iran", "Britain"])[0].record).toMatchObject({ country: "GBR" });
    expect(inOntario("Organizers of a London rally on the war in Iraq thanked Iran.", ["London", "Iraq", "Iran"])[0].record).toMatchObject({ country: "GBR" });
    // A province that outranks every namesake, all of them towns, is sure of its country though not of its sense.
    expect(inOntario("The Ontario government said London police charged a man.", ["Ontario", "London"])[1].record).toMatchObject({ country: "CAN" });
    expect(inOntario("UK police in London said the suspect fled to Ontario.", ["UK", "London", "Ontario"])[1].record).toMatchObject({ country: "GBR" });
    // A village's country is named for other reasons: Dublin in a story naming the United States stays Ireland's.
    const dublin = resolve("Talks in Dublin on Iraq and Iran were led by the United States. Iraq and the United States agreed.", ["Dublin", "Iraq", "Iran", "United States"]);
    expect(dublin[0].record).toMatchObject({ country: "IRL" });
    // A name that also names a region across borders is weighed against every country the story names.
    const kurdistan = resolve("Fighters in Kurdistan crossed from Iraq as Iran watched.", ["Kurdistan", "Iraq", "Iran"]);
    expect(kurdistan[0].record).toMatchObject({ featureType: "region" });
  });

  it("ranks a first-level division below a big city of another country that shares its name, unless its own country is named beside it", () => {
    const manchester = { name: "Manchester", featureType: "city", featureCode: "PPLA2", country: "GBR", admin1: "ENG", population: 395_515, lat: 53.48, lon: -2.24, source: "fixture" } as const;
    const parish = { name: "Manchester", featureType: "admin1", country: "JAM", admin1: "04", lat: 18.05, lon: -77.5, source: "fixture" } as const;
    const gazetteer = fixtureGazetteer([manchester, parish]);
    const text = "Police in Manchester said roads were closed.";
    expect(resolveToponyms(gazetteer, text, mentionsOf(text, ["Manchester"]))[0].record).toMatchObject({ country: "GBR" });
    // Its own country named beside it still gives the division.
    const jamaica = { name: "Jamaica", featureType: "country", featureCode: "PCLI", country: "JAM", admin1: "", lat: 18.1, lon: -77.3, source: "fixture" } as const;
    const parishText = "Floods hit Manchester, Jamaica.";
    expect(resolveToponyms(fixtureGazetteer([manchester, parish, jamaica]), parishText, mentionsOf(parishText, ["Manchester", "Jamaica"]))[0].record).toMatchObject({ country: "JAM" });
  });

  it("lets a division sure only of its country vote for a known town there, not a village ('the Ontario premier in Paris')", () => {
    const paris = { name: "Paris", featureType: "city", featureCode: "PPL", country: "CAN", admin1: "08", population: 12_310, lat: 43.2, lon: -80.38, source: "fixture" } as const;
    const text = "The Ontario premier met the French president in Paris.";
    expect(resolveToponyms(fixtureGazetteer([...ONTARIO_ENTRIES, paris]), text, mentionsOf(text, ["Ontario", "Paris"]))[1].record).toMatchObject({ country: "FRA" });
  });

  it("weighs a country named once against the whole article, not only its namesakes' countries ('London' in a story on Iraq thanking Canada once)", () => {
    const text = "Organizers of a London rally on the war in Iraq thanked Canada. Iraq and Iran were named. Iraq's stand was praised.";
    const resolved = resolveToponyms(fixtureGazetteer(ONTARIO_ENTRIES), text, mentionsOf(text, ["London", "Iraq", "Iran", "Canada"]));
    expect(resolved[0].record).toMatchObject({ country: "GBR" });
  });

  it("refuses a small town known only in a country where the article places nothing else, far from all its places", () => {
    const [, , tottenham] = resolve("Police in London and Manchester said a man from Tottenham was arrested.", ["London", "Manchester", "Tottenham"]);
    expect(tottenham.record).toBeNull();
    expect(tottenham.reason).toBe("unlisted");
    // A passing mention of its country does not make the article's region for a name of several namesakes ("Whitehall")…
    const text = "Police in London and Manchester said Whitehall was briefed. London and Manchester police asked America for help.";
    expect(resolve(text, ["London", "Manchester", "Whitehall", "America"])[2].record).toBeNull();
    // …nor does the passing mention's own point, though it lies within reach of the namesake ("Kensington", South Africa).
    const kensington = "Police in London and Manchester said Kensington was searched. London and Manchester police thanked South Africa.";
    expect(resolve(kensington, ["London", "Manchester", "Kensington", "South Africa"])[2].record).toBeNull();
    // …but the only town of its name, in a country the article names, is that town ("Srebrenica" … "Bosnia").
    const srebrenica = "Police in London and Manchester remembered Srebrenica. London and Manchester police helped Bosnia.";
    expect(resolve(srebrenica, ["London", "Manchester", "Srebrenica", "Bosnia"])[2].record).toMatchObject({ country: "BIH" });
    // Near the article's other places, or in a country it names, the town stays.
    expect(resolve("Police in Toronto and London said a man from Tottenham was arrested.", ["Toronto", "London", "Tottenham"])[2].record).toMatchObject({ country: "CAN" });
    expect(resolve("Festivals in Rome, Venice and Cannes drew crowds.", ["Rome", "Venice", "Cannes"])[2].record).toMatchObject({ country: "FRA" });
    // With nothing else placed there is no article region to compare with.
    expect(resolve("A man from Tottenham was arrested.", ["Tottenham"])[0].record).toMatchObject({ country: "CAN" });
  });

  it("reads a name spelled otherwise than the gazetteer's as the town of that spelling in the article's country", () => {
    const libya = fixtureGazetteer([
      { name: "Libya", featureType: "country", featureCode: "PCLI", country: "LBY", lat: 28, lon: 17, source: "fixture" },
      { name: "Benghazi", featureType: "city", featureCode: "PPLA", country: "LBY", admin1: "54", population: 650_629, lat: 32.11, lon: 20.07, source: "fixture" },
      { name: "Tripoli", featureType: "city", featureCode: "PPLC", country: "LBY", admin1: "77", population: 1_150_989, lat: 32.89, lon: 13.19, source: "fixture" },
      { name: "Darnah", featureType: "city", featureCode: "PPLA", country: "LBY", admin1: "70", population: 78_782, lat: 32.77, lon: 22.64, source: "fixture" },
      { name: "Derna", featureType: "city", featureCode: "PPLA2", country: "ROU", admin1: "05", population: 2_963, lat: 47.2, lon: 22.3, source: "fixture" },
      { name: "Janīn", featureType: "city", featureCode: "PPL", country: "LBY", admin1: "70", population: 30_000, lat: 32.5, lon: 22.0, source: "fixture" },
      { name: "Sobha", featureType: "city", featureCode: "PPL", country: "LBY", admin1: "70", population: 8_000, lat: 32.6, lon: 22.1, source: "fixture" },
    ]);
    const run = (text: string, names: string[]) => resolveToponyms(libya, text, mentionsOf(text, names));
    // A far namesake of the article's spelling gives way to the Libyan spelling; so does a name the gazetteer lacks.
    const [derna, , , jenin] = run("Fighting in Derna spread to Benghazi and Tripoli, and to Jenin.", ["Derna", "Benghazi", "Tripoli", "Jenin"]);
    expect(derna).toMatchObject({ reason: "variant", record: { name: "Darnah", country: "LBY" } });
    expect(jenin).toMatchObject({ reason: "variant", record: { name: "Janīn" } });
    // Two vowels written otherwise make another name ("Subhe" is no Sobha).
    expect(run("Fighting in Subhe spread to Benghazi and Tripoli.", ["Subhe", "Benghazi", "Tripoli"])[0].record).toBeNull();
    // Without two of the article's mentions in the variant's country, nothing is guessed.
    expect(run("Fighting in Derna spread to Benghazi.", ["Derna", "Benghazi"])[0].record?.name).not.toBe("Darnah");
    expect(run("Fighting in Jenin.", ["Jenin"])[0].record).toBeNull();
  });

  it("refuses a village whose namesakes all lie far from every place the article names in their country", () => {
    const [, , litchfield] = resolve("Storms hit Texas on Monday. In Dallas, Litchfield was flooded.", ["Texas", "Dallas", "Litchfield"]);
    expect(litchfield.record).toBeNull();
    expect(litchfield.reason).toBe("unlisted");
    // A name the gazetteer knows once is taken to be that village ("Christmas", Florida).
    expect(resolve("Storms hit Texas on Monday. In Dallas, Christmas was flooded.", ["Texas", "Dallas", "Christmas"])[2].record).toMatchObject({ admin1: "FL" });
    // A county seat is known beyond its county ("Los Alamos").
    expect(resolve("Storms hit Texas on Monday. In Dallas, Los Alamos was praised.", ["Texas", "Dallas", "Los Alamos"])[2].record).toMatchObject({ admin1: "NM" });
    // Near another of the article's places in that country, the village stays.
    const near = resolve("Storms hit Texas and Connecticut. In Danbury, Litchfield was flooded.", ["Texas", "Danbury", "Litchfield"]);
    expect(near[2].record).toMatchObject({ name: "Litchfield", admin1: "CT" });
  });

  it("refuses a local town listed among towns of one country when all its namesakes lie far from them", () => {
    const names = ["Dallas", "Tottenham", "Atlanta", "Canada"];
    const [, tottenham] = resolve("Storms hit Dallas, Tottenham and Atlanta, and later Canada.", names);
    expect(tottenham.record).toBeNull();
    expect(tottenham.reason).toBe("unlisted");
    // Listed with towns near it, the town stays.
    const kept = resolve("Storms hit Toronto, Tottenham and Montreal, and later Canada.", ["Toronto", "Tottenham", "Montreal", "Canada"]);
    expect(kept[1].record).toMatchObject({ name: "Tottenham", country: "CAN" });
  });

  it("puts a county the gazetteer lacks in the article's state, not at a namesake town elsewhere", () => {
    const text = "Storms hit Texas on Monday. Deputies in Atlanta County and Dallas said roads were closed.";
    const county = resolve(text, ["Texas", "Atlanta County", "Dallas"]).find((r) => r.mention.text === "Atlanta County")!;
    expect(county.record).toMatchObject({ name: "Texas", featureType: "admin1" });
    expect(county.reason).toBe("container");
  });

  it("puts a county the gazetteer lacks in the state named right after it", () => {
    const [county] = resolve("Deputies in Atlanta County, Georgia, said roads were closed.", ["Atlanta County", "Georgia"]);
    expect(county.record).toMatchObject({ featureType: "admin1", admin1: "GA" });
    expect(county.reason).toBe("container");
  });

  it("keeps a county's namesake town when it lies in the article's state", () => {
    const text = "Storms hit Texas on Monday. Deputies in Paris County and Dallas said roads were closed.";
    const county = resolve(text, ["Texas", "Paris County", "Dallas"]).find((r) => r.mention.text === "Paris County")!;
    expect(county.record).toMatchObject({ featureType: "city", admin1: "TX" });
  });

  it("reads a name as a state when the words around it say so", () => {
    for (const text of ["Cases rose in Georgia state.", "Cases rose in the state of Georgia.", "Former Georgia Gov. Smith spoke."]) {
      const [georgia] = resolve(text, ["Georgia"]);
      expect(georgia.record).toMatchObject({ featureType: "admin1", country: "USA" });
    }
    expect(resolve("Cases rose in Georgia.", ["Georgia"])[0].record?.featureType).toBe("country");
  });

  it("lets a name read as a town contain a town of its division sense ('Buffalo, New York')", () => {
    const resolved = resolve("She was born in Buffalo, New York, and moved to New York.", ["Buffalo", "New York"]);
    expect(resolved.map((r) => r.record?.featureType)).toEqual(["city", "admin1", "admin1"]);
    expect(resolve("She moved to New York.", ["New York"])[0].record?.name).toBe("New York City");
  });

  it("reads a name listed among states as a state, even one that names a capital", () => {
    const resolved = resolve("Cases were found in Texas, Louisiana, Washington and Georgia.", ["Texas", "Louisiana", "Washington", "Georgia"]);
    expect(resolved[2].record).toMatchObject({ featureType: "admin1", admin1: "WA" });
    expect(resolved[2].reason).toBe("list");
    expect(resolve("Talks were held in Washington.", ["Washington"])[0].record?.featureCode).toBe("PPLC");
  });

  it("reads a name listed among countries as a country, not as a state of its neighbour", () => {
    const resolved = resolve("Envoys from Iran, Georgia, United States and Iraq met.", ["Iran", "Georgia", "United States", "Iraq"]);
    expect(resolved[1].record).toMatchObject({ featureType: "country", country: "GEO" });
    expect(resolved[1].reason).toBe("list");
  });

  it("carries an adjacent container's decision to the name's other mentions", () => {
    const resolved = resolve("She was born in Paris, Texas. Back in Paris, friends said she left for France.", ["Paris", "Texas", "France"]);
    const paris = resolved.filter((r) => r.mention.text === "Paris");
    expect(paris).toHaveLength(2);
    for (const p of paris) expect(p.record).toMatchObject({ country: "USA", admin1: "TX" });
  });

  it("reads a name listed with another division of one country as a division ('Texas and Georgia')", () => {
    const resolved = resolve("Storms hit Texas and Georgia on Monday.", ["Texas", "Georgia"]);
    expect(resolved[1].record).toMatchObject({ featureType: "admin1", country: "USA" });
    const alone = resolve("Storms hit Georgia on Monday.", ["Georgia"]);
    expect(alone[0].record?.featureType).toBe("country");
  });

  it("places a name said to lie near or in a direction of another at the namesake within reach of it", () => {
    const [paris] = resolve("A storm hit Paris, about 100 miles north-east of Dallas, on Monday.", ["Paris", "Dallas"]);
    expect(paris.record).toMatchObject({ country: "USA", admin1: "TX" });
    // The other mentions of the name follow.
    const later = resolve("Roads near Paris, south-east of Dallas, closed. Paris schools shut.", ["Paris", "Dallas"]).filter((r) => r.mention.text === "Paris");
    expect(later.map((r) => r.record?.admin1)).toEqual(["TX", "TX"]);
    // A town its container fixed moves its reference instead: "Dallas, Texas, … of Paris".
    const [, , reference] = resolve("He lives in Dallas, Texas, 100 miles south-west of Paris.", ["Dallas", "Texas", "Paris"]);
    expect(reference.record).toMatchObject({ country: "USA", admin1: "TX" });
    // No namesake within reach: the name keeps its sense.
    const [far] = resolve("Officials met in Paris, west of Tehran.", ["Paris", "Tehran"]);
    expect(far.record?.country).toBe("FRA");
  });

  it("places a part of a town named after it at the town when the gazetteer knows it only far away or not at all", () => {
    const [, suburb] = resolve("A man from the Atlanta suburb of Buffalo was charged.", ["Atlanta", "Buffalo"]);
    expect(suburb.record).toMatchObject({ name: "Atlanta", country: "USA" });
    expect(suburb).toMatchObject({ reason: "container", ownType: "district" });
    const [, district] = resolve("A bomb hit the Baghdad district of Karrada.", ["Baghdad", "Karrada"]);
    expect(district.record).toMatchObject({ name: "Baghdad" });
    // A second name read as more than a town contains the first: "the Montreal district of Quebec".
    expect(resolve("Floods hit the Montreal district of Quebec.", ["Montreal", "Quebec"])[1].record).toMatchObject({ featureType: "admin1" });
  });

  it("places a name the gazetteer lacks at the town or division the words around it put it in", () => {
    // "in": the name and those listed before it.
    const listed = resolve("Rebels shelled the villages of Foua and Kfraya in Texas.", ["Foua", "Kfraya", "Texas"]);
    expect(listed.slice(0, 2).map((r) => [r.record?.name, r.reason, r.ownType])).toEqual([
      ["Texas", "container", "city"],
      ["Texas", "container", "city"],
    ]);
    // A possessive, with an adjective between: the site's head noun says what it is.
    const [, park] = resolve("A tree fell at Dallas's iconic Penn Park.", ["Dallas", "Penn Park"]);
    expect(park).toMatchObject({ record: { name: "Dallas" }, reason: "container", ownType: "landmark" });
    // A part named before the town it is part of.
    const [district] = resolve("Police raided a bakery in the Adhamiyah district of Baghdad.", ["Adhamiyah", "Baghdad"]);
    expect(district).toMatchObject({ record: { name: "Baghdad" }, reason: "container", ownType: "district" });
    // "Town, container", even with the container's country after it; and a later bare mention follows.
    const comma = resolve("A diner in Greenlane, Atlanta, United States, closed. Greenlane residents were tested.", ["Greenlane", "Atlanta", "United States"]);
    expect(comma.filter((r) => r.mention.text === "Greenlane").map((r) => r.record?.name)).toEqual(["Atlanta", "Atlanta"]);
    expect(resolve("The Jolo Cathedral in Texas was hit.", ["Jolo Cathedral", "Texas"])[0].ownType).toBe("building");
    expect(resolve("Shots were fired on Cedar Flat Rd. in Texas.", ["Cedar Flat Rd.", "Texas"])[0].ownType).toBe("landmark");
    expect(resolve("Crowds filled St. Marc in Texas.", ["St. Marc", "Texas"])[0].ownType).toBe("city");
    // A noun the name leads may stand before "in", and says what it is; a compass adjective after it narrows the container.
    expect(resolve("Aid reached Abu Shok refugee camp in northern Texas.", ["Abu Shok", "Texas"])[0]).toMatchObject({ record: { name: "Texas" }, reason: "container" });
    expect(resolve("Rockets hit Ain al-Asad air base in Texas.", ["Ain al-Asad", "Texas"])[0]).toMatchObject({ record: { name: "Texas" }, ownType: "base" });
    // A county or province named before what it is part of.
    expect(resolve("Two died in the Puge county of Texas.", ["Puge", "Texas"])[0]).toMatchObject({ record: { name: "Texas" }, reason: "container" });
    // A descriptor and a comma: "the Wedza district, Texas".
    expect(resolve("Farmers in the Wedza district, Texas, are worried.", ["Wedza", "Texas"])[0]).toMatchObject({ record: { name: "Texas" }, reason: "container" });
    // A valley named with the word "region" after it is still a valley.
    expect(resolve("Spinach was traced to the Salinas Valley region of Texas.", ["Salinas Valley", "Texas"])[0].ownType).toBe("landmark");
  });

  it("places a name the gazetteer lacks at the place an appositive says it is part of, or lies near", () => {
    const [suburb] = resolve("A resident of Mabvuku, a suburb of Atlanta, said water ran out.", ["Mabvuku", "Atlanta"]);
    expect(suburb).toMatchObject({ record: { name: "Atlanta" }, reason: "container", ownType: "district" });
    const [near] = resolve("The cow was found in Fraser Valley, a farming community located east of Atlanta.", ["Fraser Valley", "Atlanta"]);
    expect(near).toMatchObject({ record: { name: "Atlanta" }, reason: "beside", ownType: "landmark" });
    // A known town beside another takes its namesake within reach of it, not its better-known namesake.
    const minnesota = fixtureGazetteer([{ name: "Minneapolis", featureType: "city", featureCode: "PPL", country: "USA", admin1: "MN", population: 410_000, lat: 44.98, lon: -93.26, source: "fixture" }]);
    const text = "Officials said Buffalo, a small town near Minneapolis, flooded.";
    const [buffalo] = resolveToponyms(minnesota, text, mentionsOf(text, ["Buffalo", "Minneapolis"]));
    expect(buffalo.record).toMatchObject({ name: "Buffalo", admin1: "MN" });
  });

  it("places no name of a list at the next name of the list, nor at a country that only 'in' or a possessive relates it to", () => {
    const list = resolve("Floods hit Homa Bay, Rongo, Dallas and Atlanta.", ["Homa Bay", "Rongo", "Dallas", "Atlanta"]);
    expect(list[1].record).toBeNull();
    expect(resolve("Cases were found in Kampungu in Iraq.", ["Kampungu", "Iraq"])[0].record).toBeNull();
    expect(resolve("Iraq's Kampungu militia fought on.", ["Iraq", "Kampungu"])[1].record).toBeNull();
  });

  it("places a name the gazetteer lacks written with its country at the country ('Kutama, Zimbabwe')", () => {
    const [kutama] = resolve("He was born in Kutama, Iraq, in 1924.", ["Kutama", "Iraq"]);
    expect(kutama).toMatchObject({ record: { name: "Iraq", featureType: "country" }, reason: "container", ownType: "city" });
    // An appositive says so as plainly.
    const [town] = resolve("The children came from Kunkuz, a farming town in eastern Iraq.", ["Kunkuz", "Iraq"]);
    expect(town).toMatchObject({ record: { name: "Iraq" }, reason: "container", ownType: "city" });
  });

  it("takes a known name said to lie in a place at its namesake there, and otherwise keeps its sense ('the role of Tehran in Baghdad')", () => {
    const paris = resolve("France and Iraq sent aid after storms hit Paris in Texas.", ["France", "Iraq", "Paris", "Texas"])[2];
    expect(paris).toMatchObject({ record: { country: "USA", admin1: "TX" }, reason: "adjacent" });
    expect(resolve("The influence of Tehran in Baghdad grew.", ["Tehran", "Baghdad"])[0].record).toMatchObject({ name: "Tehran", country: "IRN" });
  });

  it("places a small town known only in another state at the county the text puts it in, the county first settled by its state", () => {
    const text = "Sick ducks were found in the Danbury area of Washington County located in Texas.";
    const [danbury, county] = resolve(text, ["Danbury", "Washington County", "Texas"]);
    expect(county.record).toMatchObject({ featureType: "admin2", admin1: "TX" });
    expect(danbury).toMatchObject({ record: { name: "Washington County", admin1: "TX" }, reason: "container", ownType: "city" });
  });

  it("refuses a name known only without its compass word when it lies far from every place of the article, in a country it names nowhere else", () => {
    const plateau = fixtureGazetteer([{ name: "Plateau State", names: ["Plateau"], featureType: "admin1", country: "NGA", admin1: "49", lat: 9.2, lon: 9.5, source: "fixture" }]);
    const text = "Cases rose in Baghdad and across Iraq, and in the Central Plateau, officials in Iraq said.";
    const [, , central] = resolveToponyms(plateau, text, mentionsOf(text, ["Baghdad", "Iraq", "Central Plateau"]));
    expect(central).toMatchObject({ record: null, reason: "unlisted" });
    // Beside a place of its country it is that place's compass part.
    const near = "Storms hit Dallas, Paris and Central Texas.";
    expect(resolveToponyms(plateau, near, mentionsOf(near, ["Dallas", "Paris", "Central Texas"]))[2].record).toMatchObject({ name: "Texas" });
  });

  it("keeps two towns of one division at their own points in 'the <town> district of <town>'", () => {
    const town = (name: string, population: number, lat: number, lon: number) => ({ name, featureType: "city", featureCode: "PPL", country: "AFG", admin1: "11", population, lat, lon, source: "fixture" }) as const;
    const afghan = fixtureGazetteer([town("Herat", 272_806, 34.35, 62.2), town("Shindand", 30_000, 33.3, 62.15)]);
    const text = "Fighters attacked the Shindand district of Herat.";
    const [shindand, herat] = resolveToponyms(afghan, text, mentionsOf(text, ["Shindand", "Herat"]));
    expect(shindand.record).toMatchObject({ name: "Shindand" });
    expect(herat.record).toMatchObject({ name: "Herat", lat: 34.35 });
  });

  it("places a town listed next to a confidently placed town at its namesake within reach of it", () => {
    const listed = resolve("Mercury spilled in the communities of San Juan, Choropampa and Magdalena.", ["San Juan", "Choropampa"]);
    expect(listed[0].record).toMatchObject({ name: "San Juan", country: "PER" });
    expect(listed[0].reason).toBe("list");
    expect(resolve("Mercury spilled in San Juan on Monday.", ["San Juan"])[0].record).toMatchObject({ country: "PRI" });
    // A list whose placed towns lie far apart is no local one: Paris stays France's though Ontario has one by Toronto.
    const ontarioParis = fixtureGazetteer([{ name: "Paris", featureType: "city", featureCode: "PPL", country: "CAN", admin1: "08", population: 12_310, lat: 43.2, lon: -80.38, source: "fixture" }]);
    const tour = "The tour stops in Toronto, Paris, London and Rome.";
    expect(resolveToponyms(ontarioParis, tour, mentionsOf(tour, ["Toronto", "Paris", "London", "Rome"]))[1].record).toMatchObject({ country: "FRA" });
    // A name read as more than a town is no town of the list.
    expect(resolve("Storms hit Newburgh, Florida and Texas.", ["Newburgh", "Florida", "Texas"])[1].record).toMatchObject({ featureType: "admin1", admin1: "FL" });
  });

  it("reads the names a settlement noun's 'of' leads, alone or as a list, as settlements, not divisions", () => {
    const withMagdalena = fixtureGazetteer([
      { name: "Magdalena", featureType: "admin1", country: "COL", admin1: "38", lat: 10.37, lon: -74.35, source: "fixture" },
      { name: "Magdalena", featureType: "city", featureCode: "PPLA3", country: "PER", admin1: "06", population: 0, lat: -7.25, lon: -78.65, source: "fixture" },
    ]);
    const text = "Mercury spilled in the communities of San Juan, Choropampa, and Magdalena.";
    const listed = resolveToponyms(withMagdalena, text, mentionsOf(text, ["San Juan", "Choropampa", "Magdalena"]));
    expect(listed[2].record).toMatchObject({ name: "Magdalena", country: "PER", featureType: "city" });
    // Without the noun the division keeps its prior.
    const plain = "Mercury spilled in Magdalena.";
    expect(resolveToponyms(withMagdalena, plain, mentionsOf(plain, ["Magdalena"]))[0].record).toMatchObject({ featureType: "admin1", country: "COL" });
  });

  it("takes a city's district for its name when it outnumbers every town of that name", () => {
    const [hollywood] = resolve("Stars gathered in Hollywood on Sunday.", ["Hollywood"]);
    expect(hollywood.record).toMatchObject({ featureType: "district", admin1: "CA" });
    const [atlanta] = resolve("Talks were held in Atlanta.", ["Atlanta"]);
    expect(atlanta.record).toMatchObject({ featureType: "city", country: "USA" });
  });

  it("lets an adjacent container decide: 'Paris, Texas'", () => {
    const resolved = resolve("He grew up in Paris, Texas.", ["Paris", "Texas"]);
    expect(resolved[0]).toMatchObject({ reason: "adjacent" });
    expect(resolved[0].record).toMatchObject({ country: "USA", admin1: "TX" });
    expect(resolved[1].record?.featureType).toBe("admin1");
  });

  it("places a town its container lacks at the container: 'Buffalo, Texas', and a later bare 'Buffalo' too", () => {
    const text = "Hail fell on Buffalo, Texas, on Monday. Buffalo schools closed.";
    const resolved = resolve(text, ["Buffalo", "Texas"]);
    expect(resolved.map((r) => r.reason)).toEqual(["container", "only", "container"]);
    expect(resolved[0]).toMatchObject({ ownType: "city", record: { name: "Texas", featureType: "admin1" } });
    expect(resolved[2].record?.name).toBe("Texas");
    // The container found for a town it has stays the pairing: "Buffalo, New York".
    expect(resolve("Snow in Buffalo, New York.", ["Buffalo", "New York"])[0].record).toMatchObject({ admin1: "NY", featureType: "city" });
  });

  it("trusts state codes within a country: 'Litchfield, Massachusetts' is none of the Litchfields filed under its neighbours", () => {
    const [litchfield] = resolve("She grew up in Litchfield, Massachusetts.", ["Litchfield", "Massachusetts"]);
    expect(litchfield.record).toMatchObject({ name: "Massachusetts", featureType: "admin1" });
    expect(litchfield.reason).toBe("container");
    // A town-and-state pair after it is no list the state belongs to.
    const listed = resolve("Stores in Litchfield, Massachusetts, Dallas, Texas and Atlanta were hit.", ["Litchfield", "Massachusetts", "Dallas", "Texas", "Atlanta"]);
    expect(listed[0].record).toMatchObject({ name: "Massachusetts" });
  });

  it("does not place a town in a container that is one of a list: 'Buffalo, Texas and Oregon'", () => {
    const resolved = resolve("Storms hit Buffalo, Texas and Oregon.", ["Buffalo", "Texas", "Oregon"]);
    expect(resolved[0].reason).not.toBe("container");
    expect(resolved[0].record?.featureType).toBe("city");
  });

  it("reads a leading compass phrase as narrowing the place: 'Far North Texas'", () => {
    const [far] = resolve("Storms hit Far North Texas.", ["Far North Texas"]);
    expect(far.record).toMatchObject({ name: "Texas", featureType: "admin1" });
  });

  it("reads a leading 'Mid-' as narrowing the place like a compass word: 'Mid-Texas'", () => {
    const [mid] = resolve("Storms hit Mid-Texas.", ["Mid-Texas"]);
    expect(mid.record).toMatchObject({ name: "Texas", featureType: "admin1" });
  });

  it("does not read a list of cities as 'city, container'", () => {
    const resolved = resolve("Flights from Montreal, Quebec City and Dallas resumed.", ["Montreal", "Quebec City", "Dallas"]);
    expect(resolved.map((r) => r.reason)).not.toContain("adjacent");
    expect(resolved[1].record).toMatchObject({ name: "Québec", featureType: "city" });
    // A name that reads as a division does contain its neighbour.
    expect(resolve("Born in Montreal, Quebec.", ["Montreal", "Quebec"])[1].record?.featureType).toBe("admin1");
  });

  it("gives a name one sense per article", () => {
    const text = "Paris is calm. Later, Paris reported rain. In Paris, Texas, it snowed.";
    const resolved = resolve(text, ["Paris", "Texas"]);
    // The first two Paris mentions share one sense; the adjacent one is decided on its own.
    expect(resolved[0].record?.id).toBe(resolved[1].record?.id);
    expect(resolved[2].record).toMatchObject({ admin1: "TX" });
  });

  it("prefers the country for a bare country name, the US state when the article is about the US", () => {
    expect(resolve("Georgia held elections.", ["Georgia"])[0].record?.featureType).toBe("country");
    const us = resolve("In Atlanta, voters in Georgia and across the U.S. waited. Georgia counted.", ["Atlanta", "Georgia", "U.S."]);
    expect(us.find((r) => r.mention.text === "Georgia")!.record).toMatchObject({ featureType: "admin1", country: "USA" });
  });

  it("resolves aliases, diacritics and possessives", () => {
    const text = "Teheran said Iran’s envoy flew to Baghdad International Airport from Sao Paulo.";
    const resolved = resolve(text, ["Teheran", "Iran’s", "Baghdad International Airport", "Sao Paulo"]);
    expect(resolved.map((r) => r.record?.name)).toEqual(["Tehran", "Iran", "Baghdad International Airport", "São Paulo"]);
  });

  it("uses a descriptor to choose the kind of place: 'Kandahar province' vs 'Kandahar'", () => {
    expect(resolve("Fighting in Kandahar province.", ["Kandahar province"])[0].record?.featureType).toBe("admin1");
    expect(resolve("Fighting in Kandahar.", ["Kandahar"])[0].record?.featureType).toBe("city");
  });

  it("leaves unknown names unresolved", () => {
    const [unknown] = resolve("Clashes in Jazaa.", ["Jazaa"]);
    expect(unknown).toMatchObject({ record: null, candidates: 0, reason: "unknown" });
  });

  it("reads demonyms as countries only when asked", () => {
    expect(resolve("Iranian officials met.", ["Iranian"])[0].record).toBeNull();
    expect(resolve("Iranian officials met.", ["Iranian"], { demonyms: true })[0]).toMatchObject({ reason: "demonym", record: { country: "IRN" } });
  });
});
