// The contract every DocumentStore implementation must pass; each store's test file runs it.
import { describe, expect, it } from "vitest";
import { checkDocumentOffsets } from "../model/offsets.js";
import { sampleDocument } from "../testing/fixtures.js";
import type { DocumentStore } from "./store.js";

/** Register the shared store contract tests for a store factory (a fresh, empty store per call). */
export function describeStoreContract(name: string, open: () => DocumentStore): void {
  describe(`${name} store contract`, () => {
    it("round-trips a document with every layer", () => {
      const store = open();
      const doc = sampleDocument();
      checkDocumentOffsets(doc);
      expect(store.putDocument(doc)).toBe("inserted");
      expect(store.getDocument(doc.id)).toEqual(doc);
      store.close();
    });

    it("keeps whose point each place and event location has", () => {
      const store = open();
      const doc = sampleDocument();
      const [tehran] = doc.places;
      doc.places = (["own", "container", "beside", "country", null] as const).map((point) => ({ ...tehran, point }));
      doc.events = doc.events.map((e) => ({ ...e, location: e.location && { ...e.location, point: "beside" as const } }));
      store.putDocument(doc);
      const back = store.getDocument(doc.id)!;
      expect(back.places.map((p) => p.point)).toEqual(["own", "container", "beside", "country", null]);
      expect(back.events[0].location?.point).toBe("beside");
      store.close();
    });

    it("keeps an event location's feature type, and its absence", () => {
      const store = open();
      const doc = sampleDocument();
      const [event] = doc.events;
      doc.events = [
        { ...event, location: event.location && { ...event.location, featureType: "admin1" } },
        { ...event, id: `${event.id}-b`, location: event.location && { ...event.location, featureType: null } },
      ];
      store.putDocument(doc);
      expect(store.getDocument(doc.id)!.events.map((e) => e.location?.featureType)).toEqual(["admin1", null]);
      expect(store.listEvents({ articleId: doc.id }).events.map((e) => [e.id, e.location?.featureType])).toEqual([
        [event.id, "admin1"],
        [`${event.id}-b`, null],
      ]);
      store.close();
    });

    it("re-putting the same text adds nothing", () => {
      const store = open();
      expect(store.putDocument(sampleDocument())).toBe("inserted");
      expect(store.putDocument(sampleDocument())).toBe("unchanged");
      expect(store.stats()).toMatchObject({ articles: 1, events: 1, quotes: 1 });
      store.close();
    });

    it("replaces a stale document only when asked and provenance differs", () => {
      const store = open();
      store.putDocument(sampleDocument());
      const newer = sampleDocument();
      newer.provenance = { ...newer.provenance, sitrep: "newer" };
      newer.events = [];
      expect(store.putDocument(newer)).toBe("unchanged");
      expect(store.putDocument(newer, { replaceStale: true })).toBe("replaced");
      expect(store.stats()).toMatchObject({ articles: 1, events: 0 });
      store.close();
    });

    it("refuses a known id with different text", () => {
      const store = open();
      store.putDocument(sampleDocument({ id: "same" }));
      expect(() => store.putDocument(sampleDocument({ id: "same", text: sampleDocument().text + " Again." }))).toThrow(/already stored/);
      expect(store.stats().articles).toBe(1);
      store.close();
    });

    it("finds articles by full text with a snippet and filters by date", () => {
      const store = open();
      store.putDocument(sampleDocument());
      const found = store.searchArticles({ query: "defence minister" });
      expect(found.total).toBe(1);
      expect(found.hits[0].snippet).toContain("[defence]");
      expect(found.hits[0].eventCount).toBe(1);
      expect(store.searchArticles({ query: "Moscow" }).total).toBe(0);
      expect(store.searchArticles({ from: "2021-01-01" }).total).toBe(0);
      expect(store.searchArticles({ query: "\"unbalanced ( quote OR" }).total).toBe(0);
      store.close();
    });

    it("filters events by actor prefix, dyad, code, dates and location", () => {
      const store = open();
      store.putDocument(sampleDocument());
      expect(store.listEvents({ actor: "IRN" }).total).toBe(1);
      expect(store.listEvents({ actor: "IRNGOV" }).total).toBe(0);
      expect(store.listEvents({ dyad: ["IRQ", "IRN"] }).total).toBe(1);
      expect(store.listEvents({ source: "IRQ" }).total).toBe(0);
      expect(store.listEvents({ cameo: "04" }).total).toBe(1);
      expect(store.listEvents({ cameo: "19" }).total).toBe(0);
      expect(store.listEvents({ from: "2020-11-01", to: "2020-11" }).total).toBe(1);
      expect(store.listEvents({ to: "2020-11-14" }).total).toBe(0);
      expect(store.listEvents({ locationCountry: "IRN" }).total).toBe(1);
      expect(store.listEvents({ actor: "%" }).total).toBe(0);
      const { events } = store.listEvents({ quadClass: 1 });
      expect(events[0]).toMatchObject({ articleId: sampleDocument().id, cameo: { code: "040" } });
      store.close();
    });
  });
}
