import { describe, expect, it } from "vitest";
import { addPhoenixCountries, demonymsOf, parseCountryInfo } from "./country-info.js";

const FIXTURE = `<!-- CountryInfo.txt
documentation block, with <tags> inside it
-->
<Doc>Version: test</Doc>

<Country>
<CountryCode>IRN</CountryCode>
<CountryName>IRAN</CountryName>
<COW-Alpha>IRN</COW-Alpha>
<COW-Numeric>630</COW-Numeric>
<FIPS-10>IR</FIPS-10>
<ISO3166-alpha2>IR</ISO3166-alpha2>
<ISO3166-numeric>364</ISO3166-numeric>
<ISO3166-alpha3>IRN</ISO3166-alpha3>
<Nationality>
	IRANIAN_
	PERSIA_
</Nationality>
<Capital>
	TEHRAN_
	TEHERAN_
</Capital>
<MajorCities>
	MASHHAD_
	ISFAHAN_
</MajorCities>
<Leaders>
	<Presidents>
		HOJATOLISLAM_SAYYED_ALI_KHAMENEI_			[19811013 - 19890803]
		MAHMOUD_AHMADINEJAD_							[>20050803]  [B:19560101]
	</Presidents>
	<Prime ministers>
		MIR_HOSSEIN_MOUSSAVI_					[19811031 - 19890803]  [B:19400101]
	</Prime ministers>
</Leaders>
<Government>
	KAMAL_KHARAZI_	[IRNGOV <20050231]	# Minister of Foreign Affairs
	{VALI_SHAMKANI_}{VALI_SHAMKHANI_} [IRNGOVMIL <20050831]	# Minister of Defense and Armed Forces Logistics
	JOSEPH_GREW_	[IRNGOV 19450628 - 19450703]  [B:18800101]
</Government>
</Country>

<Comment>
<Country>
<CountryCode>ESH</CountryCode>
<CountryName>WESTERN_SAHARA</CountryName>
</Country>
</Comment>

<Country>
<CountryCode>USA</CountryCode>
<CountryName>UNITED_STATES_OF_AMERICA</CountryName>
<ISO3166-alpha2>US</ISO3166-alpha2>
<COW-Numeric>000</COW-Numeric>
<Nationality>
	AMERICAN_
	US
	AMERICA_(UNITED_STATES)
</Nationality>
</Country>
`;

const { value: countries, diagnostics } = parseCountryInfo(FIXTURE);
const iran = countries.find((c) => c.code === "IRN");

describe("parseCountryInfo", () => {
  it("reads each <Country> outside comments, with its codes", () => {
    expect(countries.map((c) => c.code)).toEqual(["IRN", "USA"]);
    expect(iran).toMatchObject({ name: "Iran", iso2: "IR", iso3: "IRN", isoNumeric: "364", cowAlpha: "IRN", cowNumeric: "630", fips: "IR" });
    expect(countries[1]).toMatchObject({ name: "United States of America", cowNumeric: null, iso3: null });
  });

  it("reads names, demonyms, capitals and cities as match keys", () => {
    expect(iran?.names).toEqual(["iran", "iranian", "persia"]);
    expect(iran?.demonyms).toEqual(["iranian", "iranians"]);
    expect(iran?.capitals).toEqual(["tehran", "teheran"]);
    expect(iran?.cities).toEqual(["mashhad", "isfahan"]);
    expect(countries[1].names).toEqual(["united states of america", "american", "US", "america"]);
    expect(countries[1].demonyms).toEqual(["american", "americans"]);
  });

  it("reads leaders with their office, term and birth date", () => {
    expect(iran?.leaders).toEqual([
      expect.objectContaining({ name: "Hojatolislam Sayyed Ali Khamenei", title: "Presidents", from: "1981-10-13", to: "1989-08-03" }),
      expect.objectContaining({ name: "Mahmoud Ahmadinejad", from: "2005-08-03", to: null, born: "1956-01-01" }),
      expect.objectContaining({ name: "Mir Hossein Moussavi", title: "Prime ministers" }),
    ]);
  });

  it("reads government members with dated codes, synonym names and their office", () => {
    expect(iran?.government[0]).toMatchObject({
      name: "Kamal Kharazi",
      codes: [{ code: "IRNGOV", from: null, to: "2005-02-28" }],
      title: "Minister of Foreign Affairs",
    });
    expect(iran?.government[1].names).toEqual(["vali shamkani", "vali shamkhani"]);
    expect(iran?.government[2].codes).toEqual([{ code: "IRNGOV", from: "1945-06-28", to: "1945-07-03" }]);
    expect(diagnostics.some((d) => d.code === "codes.clamped-date")).toBe(true);
  });
});

describe("demonymsOf", () => {
  it("keeps one-word adjectival forms and adds people plurals", () => {
    expect(demonymsOf(["iraq", "iraqi", "irak arabi", "scotsman", "french", "chinese", "mali"], "mali")).toEqual([
      "iraqi",
      "iraqis",
      "scotsman",
      "scotsmen",
      "french",
      "chinese",
    ]);
  });
  it("adds people nouns with their plurals, not foreign spellings of the country", () => {
    expect(demonymsOf(["turkey", "turkish", "turk", "turkei", "turkiye"], "turkey")).toEqual(["turkish", "turk", "turks"]);
    expect(demonymsOf(["sweden", "swede", "sverige"], "sweden")).toEqual(["swede", "swedes"]);
    expect(demonymsOf(["denmark", "dane", "danish"], "denmark")).toEqual(["dane", "danes", "danish"]);
    expect(demonymsOf(["albania", "albanian", "albanie"], "albania")).toEqual(["albanian", "albanians"]);
    expect(demonymsOf(["new zealand", "new zealander", "kiwi"], "new zealand")).toEqual(["new zealander", "new zealanders", "kiwi", "kiwis"]);
    expect(demonymsOf(["switzerland", "swiss", "schweiz"], "switzerland")).toEqual([]);
  });
});

describe("addPhoenixCountries", () => {
  it("adds name-only records for Phoenix country codes CountryInfo lacks", () => {
    const { value, diagnostics } = addPhoenixCountries(countries, "IRN\tIRAN_\nKNT\tKINAKUTA\n");
    expect(value.map((c) => c.code)).toEqual(["IRN", "USA", "KNT"]);
    expect(value[2]).toMatchObject({ code: "KNT", name: "Kinakuta", names: ["kinakuta"], partial: true, capitals: [], demonyms: [] });
    expect(diagnostics.map((d) => d.code)).toEqual(["countries.phoenix-only"]);
  });
  it("gives the former Yugoslav republics their demonyms and capitals", () => {
    const { value } = addPhoenixCountries(countries, "SRB\tSERBIA\n");
    const serbia = value.find((c) => c.code === "SRB");
    expect(serbia?.demonyms).toEqual(expect.arrayContaining(["serb", "serbs", "serbian"]));
    expect(serbia?.names).toEqual(expect.arrayContaining(["serbia", "serb"]));
    expect(serbia?.capitals).toEqual(["belgrade"]);
  });
});
