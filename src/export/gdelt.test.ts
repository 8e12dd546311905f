import { describe, expect, it } from "vitest";
import type { EventRecord } from "../store/store.js";
import { sampleDocument } from "../testing/fixtures.js";
import { GDELT_EVENT_COLUMNS, eventsToGdeltTsv, fipsFromCountries, gdeltEventId, gdeltGeoType, gdeltRow, splitActorCode } from "./gdelt.js";

function record(overrides: Partial<EventRecord> = {}): EventRecord {
  const doc = sampleDocument();
  return { ...doc.events[0], articleId: doc.id, articleTitle: doc.title, published: doc.published, ...overrides };
}

const cell = (row: string[], name: (typeof GDELT_EVENT_COLUMNS)[number]) => row[GDELT_EVENT_COLUMNS.indexOf(name)];

describe("GDELT 2.0 event export", () => {
  it("has GDELT's 61 columns in file order", () => {
    expect(GDELT_EVENT_COLUMNS).toHaveLength(61);
    expect(GDELT_EVENT_COLUMNS[0]).toBe("GLOBALEVENTID");
    expect(GDELT_EVENT_COLUMNS[26]).toBe("EventCode");
    expect(GDELT_EVENT_COLUMNS[60]).toBe("SOURCEURL");
  });

  it("fills dates, actors, event codes, quad class, Goldstein and the action place", () => {
    const row = gdeltRow(record(), { articleUrl: () => "https://example.org/a", added: () => new Date("2020-11-16T10:20:30Z") });
    expect(row).toHaveLength(61);
    expect(cell(row, "SQLDATE")).toBe("20201115");
    expect(cell(row, "MonthYear")).toBe("202011");
    expect(cell(row, "Year")).toBe("2020");
    expect(cell(row, "FractionDate")).toBe("2020.9452") // GDELT: year + (month × 30 + day) / 365;
    expect(cell(row, "Actor1Code")).toBe("IRNMIL");
    expect(cell(row, "Actor1Name")).toBe("MOHAMMAD BAQERI");
    expect(cell(row, "Actor1CountryCode")).toBe("IRN");
    expect(cell(row, "Actor1Type1Code")).toBe("MIL");
    expect(cell(row, "Actor2Code")).toBe("IRQGOV");
    expect(cell(row, "IsRootEvent")).toBe("1");
    expect([cell(row, "EventCode"), cell(row, "EventBaseCode"), cell(row, "EventRootCode")]).toEqual(["040", "040", "04"]);
    expect(cell(row, "QuadClass")).toBe("1");
    expect(cell(row, "GoldsteinScale")).toBe("1");
    expect(cell(row, "ActionGeo_FullName")).toBe("Tehran");
    expect([cell(row, "ActionGeo_Lat"), cell(row, "ActionGeo_Long")]).toEqual(["35.69", "51.42"]);
    expect(cell(row, "ActionGeo_CountryCode")).toBe("");
    expect(cell(row, "AvgTone")).toBe("");
    expect(cell(row, "DATEADDED")).toBe("20201116102030");
    expect(cell(row, "SOURCEURL")).toBe("https://example.org/a");
  });

  it("takes the base code from four-digit codes and falls back to the publication day", () => {
    const e = record({ cameo: { code: "0251", label: "Appeal for easing of sanctions", goldstein: 3, quadClass: 1 }, date: null, published: "2020-01-02" });
    const row = gdeltRow(e);
    expect([cell(row, "EventCode"), cell(row, "EventBaseCode"), cell(row, "EventRootCode")]).toEqual(["0251", "025", "02"]);
    expect(cell(row, "SQLDATE")).toBe("20200102");
    expect(cell(row, "SOURCEURL")).toBe(`sitrep:article/${e.articleId}`);
  });

  it("splits international actor codes into known group and types", () => {
    expect(splitActorCode("IGOUNOKID", "UNICEF")).toMatchObject({ country: "", knownGroup: "UNO", types: ["KID", "", ""], name: "UNICEF" });
    expect(splitActorCode("USAGOVMIL", null)).toMatchObject({ country: "USA", knownGroup: "", types: ["GOV", "MIL", ""] });
    expect(splitActorCode(null, "gunmen")).toMatchObject({ code: "", name: "gunmen" });
  });

  it("keeps every line at 61 cells even when texts hold tabs and newlines", () => {
    const e = record({ source: { ...record().source!, text: "a\tb\nc" } });
    const tsv = eventsToGdeltTsv([e, record()], { header: true });
    const lines = tsv.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.split("\t")).toHaveLength(61);
    expect(lines[1].split("\t")[6]).toBe("A B C");
  });

  it("gives stable, distinct integer ids", () => {
    expect(gdeltEventId("a", "ev1")).toBe(gdeltEventId("a", "ev1"));
    expect(gdeltEventId("a", "ev1")).not.toBe(gdeltEventId("a", "ev2"));
    expect(Number.isSafeInteger(Number(gdeltEventId("a", "ev1")))).toBe(true);
  });
});

describe("GDELT action country", () => {
  it("maps the ISO location country to FIPS when a table is given, and leaves it empty otherwise", () => {
    const fipsOf = fipsFromCountries([{ iso3: "IRN", fips: "IR" }, { iso3: "IRQ", fips: "IZ" }]);
    expect(cell(gdeltRow(record(), { fipsOf }), "ActionGeo_CountryCode")).toBe("IR");
    expect(cell(gdeltRow(record()), "ActionGeo_CountryCode")).toBe("");
  });

  describe("ActionGeo_Type", () => {
    const at = (country: string | null, featureType: string | null, point: "own" | "container" | "beside" | "country" | null = "own") => gdeltGeoType({ country, featureType, point });

    it("is 1 for a country, 2 and 3 for a US state and city or landmark, 4 and 5 for a city or landmark and a first-level division elsewhere", () => {
      expect(at("IRN", "country")).toBe(1);
      expect(at("USA", "admin1")).toBe(2);
      expect(at("USA", "city")).toBe(3);
      expect(at("USA", "airport")).toBe(3);
      expect(at("IRN", "city")).toBe(4);
      expect(at("IRQ", "district")).toBe(4);
      expect(at("GBR", "admin2")).toBe(4);
      expect(at("IRQ", "admin1")).toBe(5);
    });

    it("is 1 for a place set at its country's point, whatever the place is", () => {
      expect(at("ZWE", "city", "country")).toBe(1);
      expect(at("USA", "admin2", "country")).toBe(1);
    });

    it("keeps the named place's type when the point is borrowed from a container or a neighbour", () => {
      expect(at("USA", "admin2", "container")).toBe(3);
      expect(at("CAN", "city", "beside")).toBe(4);
    });

    it("is empty where GDELT has no type or US-or-not cannot be told", () => {
      expect(at(null, "region")).toBeNull();
      expect(at("PSE", "region")).toBeNull();
      expect(at(null, "continent")).toBeNull();
      expect(at(null, "water")).toBeNull();
      expect(at("IRN", null, null)).toBeNull();
      const row = gdeltRow(record({ location: { ...record().location!, name: "Middle East", country: null, featureType: "region" } }));
      expect(cell(row, "ActionGeo_Type")).toBe("");
    });

    it("fills the row's type, and for a country-level match the FIPS code as ADM1 code and feature id", () => {
      const fipsOf = (iso3: string) => ({ IRN: "IR", ZWE: "ZI", USA: "US" })[iso3] ?? null;
      const tehran = gdeltRow(record(), { fipsOf });
      expect([cell(tehran, "ActionGeo_Type"), cell(tehran, "ActionGeo_ADM1Code"), cell(tehran, "ActionGeo_FeatureID")]).toEqual(["4", "", ""]);
      const base = record().location!;
      const kutama = gdeltRow(record({ location: { ...base, name: "Kutama", country: "ZWE", lat: -19.0, lon: 29.8, point: "country", featureType: "city" } }), { fipsOf });
      expect([cell(kutama, "ActionGeo_Type"), cell(kutama, "ActionGeo_CountryCode"), cell(kutama, "ActionGeo_ADM1Code"), cell(kutama, "ActionGeo_FeatureID")]).toEqual(["1", "ZI", "ZI", "ZI"]);
      const texas = gdeltRow(record({ location: { ...base, name: "Texas", country: "USA", featureType: "admin1" } }), { fipsOf });
      expect([cell(texas, "ActionGeo_Type"), cell(texas, "ActionGeo_ADM1Code"), cell(texas, "ActionGeo_FeatureID"), cell(texas, "ActionGeo_ADM2Code")]).toEqual(["2", "", "", ""]);
      // Without a FIPS table the country-level codes stay empty rather than ISO codes in FIPS columns.
      expect(cell(gdeltRow(record({ location: { ...base, country: "IRN", featureType: "country" } })), "ActionGeo_ADM1Code")).toBe("");
    });

    it("leaves the location columns empty for an event without a place", () => {
      const row = gdeltRow(record({ location: null }));
      expect(GDELT_EVENT_COLUMNS.filter((c) => c.startsWith("ActionGeo_")).map((c) => cell(row, c))).toEqual(Array(8).fill(""));
    });
  });
});
