import { describe, expect, it } from "vitest";
import { emptyDocument, makeArticle } from "../../model/document.js";
import type { Document, Entity } from "../../model/schema.js";
import { createTokensStage } from "../tokens/wink.js";
import { datelinePlaces, spotMissedToponyms } from "./spot.js";
import { lookupPlace } from "./gazetteer.js";
import { fixtureGazetteer, withEntities } from "./testing.js";

const tokens = createTokensStage();
const gazetteer = fixtureGazetteer();

/** A tokenised document whose entities are the given (text, type) spans, found left to right. */
function doc(text: string, spans: [string, Entity["type"]][]): Document {
  return withEntities(tokens.run(emptyDocument(makeArticle({ text }))), spans);
}

const known = (d: Document) =>
  d.entities.filter((e) => e.type === "GPE" || e.type === "LOC" || e.type === "FAC").map((e) => ({ start: e.start, end: e.end, text: e.text }));
const spot = (d: Document) => spotMissedToponyms(d, gazetteer, known(d)).map((m) => m.text);

describe("spotMissedToponyms", () => {
  it("takes a mistyped name after a locative preposition", () => {
    expect(spot(doc("The delegation arrived in Dallas on Monday.", [["Dallas", "ORG"]]))).toEqual(["Dallas"]);
  });

  it("gives a mistyped name the first word the entity layer left out when the gazetteer knows the whole ('San' + 'Juan')", () => {
    expect(spot(doc("Workers located in San Juan were evacuated.", [["San", "MISC"], ["Juan", "PERSON"]]))).toEqual(["San Juan"]);
    expect(spot(doc("Workers located in San Juan were evacuated.", [["Juan", "PERSON"]]))).toEqual(["San Juan"]);
    // Not when the whole is no place the gazetteer knows.
    expect(spot(doc("Workers met Don Juan in the evening.", [["Don", "MISC"], ["Juan", "PERSON"]]))).toEqual([]);
  });

  it("takes a mistyped name followed by a capitalised day or month, which is the news's date ('in Dallas Saturday night')", () => {
    expect(spot(doc("Snow fell in Dallas Saturday night.", [["Dallas", "ORG"]]))).toEqual(["Dallas"]);
    expect(spot(doc("The team arrived in Dallas March 3.", [["Dallas", "ORG"]]))).toEqual(["Dallas"]);
  });

  it("takes a mistyped name whose people or parts are 'of' it, or that a raid struck", () => {
    expect(spot(doc("Residents of Dallas said the army withdrew.", [["Dallas", "PERSON"]]))).toEqual(["Dallas"]);
    expect(spot(doc("Shells fell on the outskirts of Kandahar.", [["Kandahar", "ORG"]]))).toEqual(["Kandahar"]);
    expect(spot(doc("Troops raided Kandahar overnight.", [["Kandahar", "PERSON"]]))).toEqual(["Kandahar"]);
    expect(spot(doc("Ice covered the eastern portion of Dallas.", [["Dallas", "ORG"]]))).toEqual(["Dallas"]);
    expect(spot(doc("A bomb exploded in the heart of Kandahar.", [["Kandahar", "PERSON"]]))).toEqual(["Kandahar"]);
    // Other nouns' "of" names no place ("the family of Dallas").
    expect(spot(doc("The family of Dallas said he was safe.", [["Dallas", "PERSON"]]))).toEqual([]);
  });

  it("takes each name of a list after a locative preposition ('to Ingham or Dallas', 'in Paris, Tehran and Dallas')", () => {
    expect(spot(doc("They drove south to Ingham or Dallas in a white car.", [["Ingham", "ORG"], ["Dallas", "ORG"]]))).toEqual(["Dallas"]);
    expect(spot(doc("Rallies were held in Paris, Tehran and Dallas on Monday.", [["Paris", "GPE"], ["Tehran", "PERSON"], ["Dallas", "ORG"]]))).toEqual(["Tehran", "Dallas"]);
    // People after a fronted place are no list of places ("In Washington, Pelosi and Warren said").
    expect(spot(doc("In Paris, Smith and Dallas said the talks had failed.", [["Paris", "GPE"], ["Smith", "PERSON"], ["Dallas", "PERSON"]]))).toEqual([]);
    // A list of names that no preposition introduces stays what the entity layer said.
    expect(spot(doc("Smith, Jones and Dallas signed the letter.", [["Smith", "PERSON"], ["Jones", "PERSON"], ["Dallas", "PERSON"]]))).toEqual([]);
  });

  it("takes an untagged proper noun after a locative preposition", () => {
    expect(spot(doc("Fighting was reported near Kandahar overnight.", []))).toEqual(["Kandahar"]);
  });

  it("takes a name a place noun stands before in apposition", () => {
    expect(spot(doc("The strain was found in the American state Georgia last week.", [["Georgia", "PERSON"]]))).toEqual(["Georgia"]);
    expect(spot(doc("Cases rose in the province of Kandahar.", [["Kandahar", "ORG"]]))).toEqual(["Kandahar"]);
    expect(spot(doc("It spread to the capital, Baghdad, on Monday.", [["Baghdad", "ORG"]]))).toEqual(["Baghdad"]);
    // A capitalised word before the name is no place noun ("State Dallas" names nothing).
    expect(spot(doc("He praised the Lone Star State Dallas team.", [["Dallas", "ORG"]]))).toEqual([]);
  });

  it("takes a name the gazetteer lacks when a locality noun names it so", () => {
    expect(spot(doc("A mortar hit the Zarqa neighbourhood of Baghdad.", [["Zarqa", "ORG"], ["Baghdad", "GPE"]]))).toEqual(["Zarqa"]);
    expect(spot(doc("Fighters patrolled near the town of La Petrolea on Monday.", [["La Petrolea", "ORG"]]))).toEqual(["La Petrolea"]);
    // A person-typed name needs the noun right after it.
    expect(spot(doc("Soldiers patrolled Kunkuz city overnight.", [["Kunkuz", "PERSON"]]))).toEqual(["Kunkuz"]);
    expect(spot(doc("He left the town of Kunkuz.", [["Kunkuz", "PERSON"]]))).toEqual([]);
    // The noun leading a compound names a body, not the place; no noun, no place.
    expect(spot(doc("The Zarqa city council met.", [["Zarqa", "ORG"]]))).toEqual([]);
    expect(spot(doc("Zarqa said the talks failed.", [["Zarqa", "ORG"]]))).toEqual([]);
    // A plural noun is shared by names joined by "and" or "or", and makes no one name a place.
    expect(spot(doc("A quarantine covers the Etoumbi and Mbomo districts.", [["Etoumbi", "ORG"], ["Mbomo", "ORG"]]))).toEqual(["Mbomo"]);
    expect(spot(doc("Several districts insisted on Sunday.", [["Several", "ORG"]]))).toEqual([]);
  });

  it("takes a name whose comma-container is a known place", () => {
    expect(spot(doc("She grew up in a farmhouse outside town, Paris, Texas, and left.", [["Paris", "PERSON"], ["Texas", "GPE"]]))).toEqual(["Paris"]);
  });

  it("takes a name listed with a known place of the same country", () => {
    expect(spot(doc("Protests spread to Dallas and Atlanta.", [["Dallas", "GPE"], ["Atlanta", "PERSON"]]))).toEqual(["Atlanta"]);
  });

  it("leaves a person's name that the article uses as part of a full name", () => {
    const d = doc("Atlanta Smith spoke. Later she went to Atlanta.", [["Atlanta Smith", "PERSON"], ["Atlanta", "PERSON"]]);
    expect(spot(d)).toEqual([]);
    // A "person" opening with a locality noun or a number is no full name ("SOS Children's Village Malakal", "Four Guerrero state police").
    const village = doc("Children's Village Atlanta is calm. Flights go into Paris and Atlanta.", [["Village Atlanta", "PERSON"], ["Paris", "GPE"], ["Atlanta", "PERSON"]]);
    expect(spot(village)).toEqual(["Atlanta"]);
    const four = doc("Four Atlanta officers were hurt. Flights go into Paris and Atlanta.", [["Four Atlanta", "PERSON"], ["Paris", "GPE"], ["Atlanta", "PERSON"]]);
    expect(spot(four)).toEqual(["Atlanta"]);
  });

  it("leaves names after a title, as sources, or without place context", () => {
    expect(spot(doc("He met President Tehran.", [["Tehran", "PERSON"]]))).toEqual([]);
    expect(spot(doc("According to Dallas, the talks failed.", [["Dallas", "PERSON"]]))).toEqual([]);
    expect(spot(doc("Dallas said the talks failed.", [["Dallas", "ORG"]]))).toEqual([]);
    expect(spot(doc("The attack was ascribed to the Dallas.", [["Dallas", "ORG"]]))).toEqual([]);
    expect(spot(doc("A minute of silence in Dallas's honor.", [["Dallas's", "PERSON"]]))).toEqual([]);
  });

  it("joins the elided particle the entity layer cut off to a name the gazetteer knows whole ('Côte' + ' d'Ivoire')", () => {
    const ivory = fixtureGazetteer([{ name: "Côte d'Ivoire", names: ["Ivory Coast"], featureType: "country", featureCode: "PCLI", country: "CIV", lat: 7.5, lon: -5.5, source: "fixture" }]);
    const d = doc("Cases rose in Paris, Côte d'Ivoire and Dallas.", [["Paris", "GPE"], ["Côte", "ORG"], ["Dallas", "GPE"]]);
    expect(spotMissedToponyms(d, ivory, known(d)).map((m) => m.text)).toEqual(["Côte d'Ivoire"]);
    // Not to a name the gazetteer does not know whole.
    expect(spot(doc("Cases rose in Paris, Côte d'Azur and Dallas.", [["Paris", "GPE"], ["Côte", "ORG"], ["Dallas", "GPE"]]))).toEqual([]);
  });

  it("leaves a name cut out of a longer one or modifying a common noun", () => {
    expect(spot(doc("He studied at Dallas Baptist University.", [["Dallas", "ORG"]]))).toEqual([]);
    expect(spot(doc("Shares rose in Dallas trading.", [["Dallas", "ORG"]]))).toEqual([]);
    // A noun of a site's edge is no common noun the name modifies ("across the Gaza Strip boundary").
    expect(spot(doc("Troops moved across the Gaza Strip boundary.", [["Gaza Strip", "ORG"]]))).toEqual(["Gaza Strip"]);
  });

  it("takes a name the article places elsewhere, whatever the entity layer called it here (one sense per article)", () => {
    // Alone, each of these stays what the entity layer said: a brand's modifier, a body after "the", a small town as an organisation.
    expect(spot(doc("Shares rose in Dallas trading.", [["Dallas", "ORG"]]))).toEqual([]);
    expect(spot(doc("The Dallas team won.", [["Dallas", "ORG"]]))).toEqual([]);
    expect(spot(doc("Officials in Ingham said the road was shut.", [["Ingham", "ORG"]]))).toEqual([]);
    // A small town's name as an organisation becomes the town before a noun for its people ("Ingham residents").
    expect(spot(doc("Ingham residents were evacuated on Monday.", [["Ingham", "ORG"]]))).toEqual(["Ingham"]);
    // With the name tagged a place elsewhere in the article, it is that place here too.
    expect(spot(doc("Storms hit Dallas. The Dallas team won.", [["Dallas", "GPE"], ["Dallas", "ORG"]]))).toEqual(["Dallas"]);
    expect(spot(doc("Floods cut off Ingham. Officials in Ingham said the road was shut.", [["Ingham", "GPE"], ["Ingham", "ORG"]]))).toEqual(["Ingham"]);
    expect(spot(doc("Shares rose in Dallas trading after Dallas flooded.", [["Dallas", "ORG"], ["Dallas", "GPE"]]))).toEqual(["Dallas"]);
    // …or spotted as one: "near Hollywood" makes the later "the Hollywood police" the place.
    expect(spot(doc("A fire broke out near Hollywood. The Hollywood fire department responded.", [["Hollywood", "ORG"], ["Hollywood", "ORG"]]))).toEqual(["Hollywood", "Hollywood"]);
  });

  it("leaves a leading article out of a place spotted in an organisation's span ('The US')", () => {
    expect(spot(doc("Talks were held in The US on Monday.", [["The US", "ORG"]]))).toEqual(["US"]);
  });

  it("takes the jurisdiction an organisation is named for, at its start or after 'of'", () => {
    expect(spot(doc("Troopers of the Texas Department of Public Safety said the road was closed.", [["Texas Department of Public Safety", "ORG"]]))).toEqual(["Texas"]);
    expect(spot(doc("A report by the Central Bank of Iran said prices rose.", [["Central Bank of Iran", "ORG"]]))).toEqual(["Iran"]);
    expect(spot(doc("The US said it would act.", [["The US", "ORG"]]))).toEqual(["US"]);
    expect(spot(doc("An Adair County man was arrested.", [["Adair County", "ORG"]]))).toEqual(["Adair County"]);
    // "U.S." is also an adjective, but an abbreviation names the country.
    expect(spot(doc("The U.S. Food and Drug Administration approved it.", [["U.S. Food and Drug Administration", "ORG"]]))).toEqual(["U.S."]);
  });

  it("takes a county leading its offices' names, and a branch's place at the end of an organisation's name", () => {
    expect(spot(doc("Deputies of the Adair County Sheriff's Office said.", [["Adair County Sheriff's Office", "ORG"]]))).toEqual(["Adair County"]);
    expect(spot(doc("He told CBC Dallas on Monday.", [["CBC Dallas", "ORG"]]))).toEqual(["Dallas"]);
    expect(spot(doc("Staff at Costco Texas walked out.", [["Costco Texas", "ORG"]]))).toEqual(["Texas"]);
    // A large town at the end of a name without an acronym head is the club's or the person's.
    expect(spot(doc("He joined Real Dallas last year.", [["Real Dallas", "ORG"]]))).toEqual([]);
  });

  it("takes a county that a person's or other name holds, wholly or at its start, with a 'Saint' left out before it", () => {
    expect(spot(doc("Residents of Jefferson Parish may return.", [["Jefferson Parish", "PERSON"]]))).toEqual(["Jefferson Parish"]);
    expect(spot(doc("He was pronounced dead by Barren County Coroner Tim Gibson.", [["Barren County Coroner", "MISC"], ["Tim Gibson", "PERSON"]]))).toEqual(["Barren County"]);
    expect(spot(doc("Parts of Saint Bernard Parish flooded.", [["Bernard Parish", "PERSON"]]))).toEqual(["Saint Bernard Parish"]);
    // Without a county's descriptor a person's name stays a person's.
    expect(spot(doc("Dallas Smith said the roads were closed.", [["Dallas Smith", "PERSON"]]))).toEqual([]);
  });

  it("reads a one-word state name or a two-letter state abbreviation as an organisation's, a country's or a longer state name as the place", () => {
    expect(spot(doc("The agency Texas reported it.", [["Texas", "ORG"]]))).toEqual([]);
    expect(spot(doc("Officials of Kandahar Province said.", [["Kandahar Province", "ORG"]]))).toEqual(["Kandahar Province"]);
    expect(spot(doc("TX Media reported it.", [["TX Media", "ORG"]]))).toEqual([]);
    expect(spot(doc("US Media reported it.", [["US Media", "ORG"]]))).toEqual(["US"]);
  });

  it("takes a name a verb of seizing takes, or one after an area's adjective", () => {
    expect(spot(doc("Rebels captured Kandahar on Monday.", [["Kandahar", "PERSON"]]))).toEqual(["Kandahar"]);
    expect(spot(doc("Troops patrolled coastal Kandahar overnight.", [["Kandahar", "ORG"]]))).toEqual(["Kandahar"]);
    expect(spot(doc("Rebels praised Kandahar on Monday.", [["Kandahar", "PERSON"]]))).toEqual([]);
  });

  it("takes a name modifying a noun for a local person, body or site ('Dallas residents', 'Paris and Dallas police')", () => {
    expect(spot(doc("Angry Dallas residents gathered.", [["Dallas", "ORG"]]))).toEqual(["Dallas"]);
    expect(spot(doc("He said Paris and Dallas police were alerted.", [["Paris", "PERSON"], ["Dallas", "ORG"]]))).toEqual(["Paris", "Dallas"]);
    expect(spot(doc("He sold the Dallas franchise.", [["Dallas", "ORG"]]))).toEqual([]);
  });

  it("leaves a name an entity covers even when the entities are not in text order", () => {
    const d = doc("A minute of silence in Dallas's honor. Talks in Washington State ended.", [["Dallas's", "PERSON"], ["Washington State", "GPE"]]);
    expect(spot({ ...d, entities: [...d.entities].reverse() })).toEqual([]);
  });

  it("takes the place leading an office's title: any town before 'Mayor', a jurisdiction before other offices", () => {
    expect(spot(doc("\"No,\" Paris Mayor Anne Hidalgo said.", [["Paris Mayor Anne Hidalgo", "PERSON"]]))).toEqual(["Paris"]);
    expect(spot(doc("\"No,\" Texas Health Minister Ann Lee said.", [["Ann Lee", "PERSON"]]))).toEqual(["Texas"]);
    expect(spot(doc("\"No,\" Federal Minister Bob Katter said.", [["Bob Katter", "PERSON"]]))).toEqual([]);
  });

  it("takes a town named with 'City', tagged a common noun or the whole organisation", () => {
    expect(spot(doc("The New York City Mayor spoke.", [["New York City Mayor", "ORG"]]))).toEqual(["New York City"]);
    expect(spot(doc("Flights from Montreal to Quebec City resumed.", [["Montreal", "GPE"], ["Quebec City", "ORG"]]))).toEqual(["Quebec City"]);
  });

  it("reads a compass word leading an organisation's name as part of one region, not as a town or a branch's place", () => {
    expect(spot(doc("Snow is expected on the Central Coast today.", [["Central Coast", "ORG"]]))).toEqual([]);
    expect(spot(doc("Rain fell across Central Texas overnight.", [["Central Texas", "ORG"]]))).toEqual([]);
  });

  it("leaves mastheads, short names that are no abbreviations, and nationality adjectives", () => {
    expect(spot(doc("The Dallas Morning News reported the fire.", [["The Dallas Morning News", "ORG"]]))).toEqual([]);
    expect(spot(doc("He scored twice in La Liga.", [["La Liga", "ORG"]]))).toEqual([]);
    expect(spot(doc("The Thai Raksa Chart Party was dissolved.", [["Thai Raksa Chart Party", "ORG"]]))).toEqual([]);
  });

  it("takes a street's name the entity layer mistyped where the text puts something on it", () => {
    expect(spot(doc("A man was shot on Dean Woods Road in Dallas.", [["Dean Woods Road", "PERSON"], ["Dallas", "GPE"]]))).toEqual(["Dean Woods Road"]);
    expect(spot(doc("Police went to the 200 block of Froom Crescent overnight.", [["Froom Crescent", "ORG"]]))).toEqual(["Froom Crescent"]);
    expect(spot(doc("The court sits at 68 Court Street downtown.", []))).toEqual(["Court Street"]);
    expect(spot(doc("Reanne Morgan, of Dunnock Close, Dallas, was charged.", [["Reanne Morgan", "PERSON"], ["Dunnock Close", "PERSON"], ["Dallas", "GPE"]]))).toEqual(["Dunnock Close"]);
    // A proper noun the entity layer left out ("King" read as a title) joins the name; a street joined to a placed one shares its place.
    expect(spot(doc("The crash closed the road between King Edward Street and Highway 403 for hours.", [["Edward Street", "PERSON"]]))).toEqual(["King Edward Street", "Highway 403"]);
    // Two streets named as one crossing; a name before a lower-case street noun.
    expect(spot(doc("Police cordoned off the Trafalgar Street-Clarke Road intersection.", [["Trafalgar Street-Clarke Road", "MISC"]]))).toEqual(["Trafalgar Street", "Clarke Road"]);
    expect(spot(doc("A gunman opened fire on the Champs-Elysees boulevard on Thursday.", [["Champs-Elysees", "ORG"]]))).toEqual(["Champs-Elysees"]);
    expect(spot(doc("Mercury spilled along an Andean highway on Friday.", [["Andean", "MISC"]]))).toEqual([]);
    // Nothing on it: a street's name as a subject, a show or a firm stays what the entity layer said.
    expect(spot(doc("Dean Woods Road said the talks had failed.", [["Dean Woods Road", "PERSON"]]))).toEqual([]);
    expect(spot(doc("She watched Coronation Street every night.", [["Coronation Street", "MISC"]]))).toEqual([]);
  });

  it("takes a mistyped name the gazetteer lacks listed among places, or after a locality noun or its 'of'", () => {
    // Between two places, or last after "and" in a list of places; a person-typed name too.
    expect(spot(doc("Clashes hit Paris, Kunkuz, Dallas and Tehran.", [["Paris", "GPE"], ["Kunkuz", "PERSON"], ["Dallas", "GPE"], ["Tehran", "GPE"]]))).toEqual(["Kunkuz"]);
    expect(spot(doc("Clashes hit Paris, Dallas and Kunkuz overnight.", [["Paris", "GPE"], ["Dallas", "GPE"], ["Kunkuz", "PERSON"]]))).toEqual(["Kunkuz"]);
    // A comma alone after two places may close a "town, state" pair: "Dallas, Texas, Sheriff's Office" is no list.
    expect(spot(doc("The Dallas, Texas, Sheriff Office searched it.", [["Dallas", "GPE"], ["Texas", "GPE"], ["Sheriff Office", "ORG"]]))).toEqual([]);
    expect(spot(doc("The virus was found on the German island Rugia in May.", [["German", "NORP"], ["Rugia", "ORG"]]))).toEqual(["Rugia"]);
    expect(spot(doc("It spread to the nearby villages of Kunkuz and Zarqa.", [["Kunkuz", "ORG"], ["Zarqa", "ORG"]]))).toEqual(["Kunkuz", "Zarqa"]);
    expect(spot(doc("Rebels shelled the settlements of Kunkuz and Zarqa.", [["Kunkuz", "ORG"], ["Zarqa", "ORG"]]))).toEqual(["Kunkuz", "Zarqa"]);
    // A known hamlet too small for a bare preposition is a place after a place noun's "of" ("Choropampa" is a PPLA3 of no population).
    const hamlet = fixtureGazetteer([{ name: "Rugia", featureType: "city", featureCode: "PPLA3", country: "PER", population: 0, lat: -6.4, lon: -78.3, source: "fixture" }]);
    const spotIn = (d: Document) => spotMissedToponyms(d, hamlet, known(d)).map((m) => m.text);
    expect(spotIn(doc("Mercury spilled in the communities of Paris, Rugia and Dallas.", [["Paris", "GPE"], ["Rugia", "PERSON"], ["Dallas", "GPE"]]))).toEqual(["Rugia"]);
    expect(spotIn(doc("Mercury spilled in Rugia.", [["Rugia", "PERSON"]]))).toEqual([]);
    // A person's age and ", of" lead where they live, a small town or one the gazetteer lacks, whatever the entity layer called it.
    expect(spotIn(doc("Police arrested Vernon Adkins, 40, of Rugia on Monday.", [["Vernon Adkins", "PERSON"], ["Rugia", "PERSON"]]))).toEqual(["Rugia"]);
    expect(spot(doc("Police arrested Vernon Adkins, 40, of Kunkuz on Monday.", [["Vernon Adkins", "PERSON"], ["Kunkuz", "PERSON"]]))).toEqual(["Kunkuz"]);
    // "Leonard of Paris, Texas": a person's "of" with a container after it leads a place.
    expect(spot(doc("He is survived by Leonard of Paris, Texas, and two sons.", [["Leonard of Paris", "PERSON"], ["Texas", "GPE"]]))).toEqual(["Paris"]);
    expect(spot(doc("He is survived by Leonard of Paris and two sons.", [["Leonard of Paris", "PERSON"]]))).toEqual([]);
    // A person-typed name after "of" may be a man ("the town of Kunkuz" stays the entity layer's person)…
    expect(spot(doc("He left the town of Kunkuz.", [["Kunkuz", "PERSON"]]))).toEqual([]);
    // …but not one listed after another in a plural locality noun's "of", nor one after a person's office.
    expect(spot(doc("The towns of Zarqa and Kunkuz were hit.", [["Zarqa", "LOC"], ["Kunkuz", "PERSON"]]))).toEqual(["Kunkuz"]);
    expect(spot(doc("The mayor of Dallas, Kunkuz, spoke.", [["Dallas", "GPE"], ["Kunkuz", "PERSON"]]))).toEqual([]);
    // An appositive that says the name is a locality, whatever the entity layer called it; not one that says what a person is.
    expect(spot(doc("The children were from Kunkuz, a farming town in eastern Iraq.", [["Kunkuz", "PERSON"], ["Iraq", "GPE"]]))).toEqual(["Kunkuz"]);
    expect(spot(doc("Flights left Dallas, the capital, on Monday.", [["Dallas", "PERSON"]]))).toEqual(["Dallas"]);
    expect(spot(doc("Tim Kunkuz, a city official in Dallas, spoke.", [["Tim Kunkuz", "PERSON"], ["Dallas", "GPE"]]))).toEqual([]);
    // A county the gazetteer lacks, named with its noun ("Maoxian county").
    expect(spot(doc("Homes were buried in Kunkuz county on Saturday.", [["Kunkuz", "MISC"]]))).toEqual(["Kunkuz"]);
    // "state TV" is no place.
    expect(spot(doc("The quake was strong, according to state Kunkuz.", [["Kunkuz", "ORG"]]))).toEqual([]);
  });

  it("takes a country's abbreviation ending a sentence after a locative that the entity layer glued to the next words", () => {
    expect(spot(doc("Cases rose in the U.S. Jon Prinsell said so.", [["U.S. Jon Prinsell", "MISC"]]))).toEqual(["U.S."]);
    expect(spot(doc("The U.S. Jon Prinsell Fund gave money.", [["U.S. Jon Prinsell Fund", "MISC"]]))).toEqual([]);
  });

  it("keeps a name tagged only as a location that the gazetteer lacks where the name or the text says it is a place", () => {
    const unconfirmed = (text: string, names: string[], spans: [string, Entity["type"]][] = []) => {
      const d = doc(text, [...spans, ...names.map((n): [string, Entity["type"]] => [n, "LOC"])].sort((a, b) => text.indexOf(a[0]) - text.indexOf(b[0])));
      const mentions = d.entities.filter((e) => names.includes(e.text)).map((e) => ({ start: e.start, end: e.end, text: e.text }));
      const rest = known(d).filter((k) => !names.includes(k.text));
      return spotMissedToponyms(d, gazetteer, rest, { unconfirmed: mentions }).map((m) => m.text);
    };
    expect(unconfirmed("Nine people fell ill in Kampungu on Monday.", ["Kampungu"])).toEqual(["Kampungu"]);
    expect(unconfirmed("A resident of Mabvuku said the water was dirty.", ["Mabvuku"])).toEqual(["Mabvuku"]);
    expect(unconfirmed("Riots broke out in the Nairobi slum Kibera.", ["Kibera"], [["Nairobi", "GPE"]])).toEqual(["Kibera"]);
    expect(unconfirmed("He is survived by Linda Battle of Toco.", ["Toco"], [["Linda Battle", "PERSON"]])).toEqual(["Toco"]);
    expect(unconfirmed("The disease hit four villages: Kampungu and Mombo.", ["Kampungu", "Mombo"])).toEqual(["Kampungu", "Mombo"]);
    // A landform, a street or a state in the name, or a compass word with a known place, is evidence enough.
    expect(unconfirmed("Lake Titicaca rose again.", ["Lake Titicaca"])).toEqual(["Lake Titicaca"]);
    expect(unconfirmed("The Soviet Union also made the virus.", ["Soviet Union"])).toEqual(["Soviet Union"]);
    expect(unconfirmed("Planes sprayed most of North Dallas.", ["North Dallas"])).toEqual(["North Dallas"]);
    // Drugs, firms and websites tagged as locations are none; "to" alone does not place ("a tribute to Gadhimai").
    expect(unconfirmed("The students finished their courses of Tamiflu.", ["Tamiflu"])).toEqual([]);
    expect(unconfirmed("She faced abuse on Twitter and Facebook daily.", ["Facebook"], [["Twitter", "ORG"]])).toEqual([]);
    expect(unconfirmed("The fair is a tribute to Gadhimai, a goddess.", ["Gadhimai"])).toEqual([]);
    // A building named for the jurisdiction it opens with gives that place.
    expect(unconfirmed("Crowds filled the plaza before Dallas City Hall on Sunday.", ["Dallas City Hall"])).toEqual(["Dallas"]);
  });
});

describe("datelinePlaces", () => {
  const lookup = (name: string) => lookupPlace(gazetteer, name);
  const names = (text: string) => datelinePlaces(text, lookup).map((m) => text.slice(m.start, m.end));

  it("takes a known place in capitals opening a line, and its state's abbreviation", () => {
    expect(names("DALLAS — Police said on Monday.")).toEqual(["DALLAS"]);
    expect(names("Headline\nPARIS, Tex. (AP) - A storm hit.")).toEqual(["PARIS", "Tex."]);
    expect(names("DALLAS Christopher Steele, who wrote it, said.")).toEqual(["DALLAS"]);
  });

  it("leaves capitals the gazetteer lacks, short acronyms and names inside a line", () => {
    expect(names("BREAKING — Police said.")).toEqual([]);
    expect(names("US — Police said.")).toEqual([]);
    expect(names("He said DALLAS — was calm.")).toEqual([]);
  });
});
