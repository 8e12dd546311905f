import { afterAll, describe, expect, it } from "vitest";
import { createAnnotator } from "../annotator.js";
import type { ArticleInput } from "../model/document.js";
import { createAnnotatorPool } from "./pool.js";

const pool = createAnnotatorPool({ workers: 2 });
afterAll(() => pool.close());

const ARTICLES: ArticleInput[] = [
  { id: "a", text: "Russian forces shelled Kharkiv on Monday, Ukraine said.", published: "2022-03-01" },
  { id: "b", text: "The foreign ministers of Egypt and Sudan met in Cairo on Sunday.", published: "2021-05-10" },
  { id: "c", text: "Turkey accused Greece of violating its airspace.", published: "2020-08-20" },
];
// More articles than the workers hold at once, so the documents come back while others wait.
const MORE: ArticleInput[] = [
  { id: "d", text: "Iran and Iraq signed a defence agreement in Tehran, the Iraqi defence minister said on Sunday.", published: "2020-11-15" },
  { id: "e", text: "\"We will not negotiate under threat,\" President Maduro told reporters in Caracas.", published: "2019-02-04", title: "Maduro rejects ultimatum" },
  { id: "f", text: "Police arrested 30 protesters in Hong Kong on Saturday.\n\nThe government condemned the violence.", published: "2019-10-05" },
  { id: "g", text: "The United Nations called for a ceasefire in Libya.", published: "2020-01-12" },
];

describe("annotator pool", () => {
  it("returns the same documents as the annotator in this thread", async () => {
    const serial = createAnnotator();
    const articles = [...ARTICLES, ...MORE];
    const parallel = await Promise.all(articles.map((a) => pool.annotate(a)));
    expect(parallel.map((d) => d.id)).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
    expect(parallel).toStrictEqual(articles.map((a) => serial.annotate(a)));
    expect(parallel.some((d) => d.events.length > 0)).toBe(true);
    expect(parallel.some((d) => d.quotes.length > 0)).toBe(true);
  }, 60_000);

  it("rejects one bad article with the worker's reason and goes on with the rest", async () => {
    const bad = { id: "bad", text: 42 } as unknown as ArticleInput;
    const results = await Promise.allSettled([pool.annotate(bad), pool.annotate(ARTICLES[0])]);
    expect(results[0].status).toBe("rejected");
    expect((results[0] as PromiseRejectedResult).reason.message).toMatch(/\w/);
    expect(results[1]).toMatchObject({ status: "fulfilled", value: { id: "a" } });
  }, 60_000);

  it("can leave the token layer out of what it sends back", async () => {
    const lean = createAnnotatorPool({ workers: 1, withoutTokens: true });
    try {
      const doc = await lean.annotate(ARTICLES[1]);
      expect(doc.tokens).toBeUndefined();
      expect(doc.sentences.length).toBeGreaterThan(0);
      expect(doc.events).toEqual(createAnnotator().annotate(ARTICLES[1]).events);
    } finally {
      await lean.close();
    }
  }, 60_000);

  it("settles the articles in flight when closed, rather than leaving them waiting", async () => {
    const busy = createAnnotatorPool({ workers: 1 });
    await busy.annotate(ARTICLES[0]);
    const settled = Promise.allSettled([busy.annotate(ARTICLES[1]), busy.annotate(ARTICLES[2])]);
    await busy.close();
    const [inFlight, queued] = await settled;
    expect(inFlight).toMatchObject({ status: "rejected", reason: { message: expect.stringMatching(/closed/) } });
    expect(queued).toMatchObject({ status: "rejected", reason: { message: expect.stringMatching(/closed/) } });
  }, 60_000);

  it("refuses work once closed", async () => {
    const other = createAnnotatorPool({ workers: 1 });
    await other.close();
    await expect(other.annotate(ARTICLES[0])).rejects.toThrow(/closed/);
  });
});
