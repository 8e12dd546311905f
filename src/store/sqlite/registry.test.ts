import { describe, expect, it } from "vitest";
import { sampleDocument } from "../../testing/fixtures.js";
import { openSqliteStore } from "./sqlite-store.js";

function learnedDoc() {
  const doc = sampleDocument();
  doc.actors[0] = { ...doc.actors[0], name: "Mohammad Baqeri", basis: "role:rank:army", code: "IRNMIL" };
  return doc;
}

describe("actor registry", () => {
  it("learns people coded from their roles when an article is stored, and finds them by short or variant name", () => {
    const store = openSqliteStore(":memory:");
    store.putDocument(learnedDoc());
    expect(store.registry.list()).toMatchObject([{ name: "Mohammad Baqeri", code: "IRNMIL", basis: "role", firstSeen: "2020-11-15" }]);
    expect(store.registry.findPerson(["Baqeri"])?.code).toBe("IRNMIL");
    expect(store.registry.findPerson(["Bagheri"])?.code).toBe("IRNMIL");
    expect(store.registry.findPerson(["Bakri"])).toBeNull();
    store.close();
  });

  it("does not learn dictionary-coded actors or countries", () => {
    const store = openSqliteStore(":memory:");
    store.putDocument(sampleDocument());
    expect(store.registry.list()).toEqual([]);
    store.close();
  });

  it("takes an analyst's correction, which then wins", () => {
    const store = openSqliteStore(":memory:");
    store.putDocument(learnedDoc());
    const fixed = store.registry.correct("Mohammad Baqeri", { code: "IRNGOVMIL" });
    expect(fixed).toMatchObject({ code: "IRNGOVMIL", country: "IRN", sectors: ["GOV", "MIL"], basis: "analyst" });
    expect(store.registry.findPerson(["Baqeri"])?.code).toBe("IRNGOVMIL");
    store.close();
  });
});
