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

describe("annotator pool", () => {
  it("returns the same documents as the annotator in this thread", async () => {
    const serial = createAnnotator();
    const parallel = await Promise.all(ARTICLES.map((a) => pool.annotate(a)));
    expect(parallel.map((d) => d.id)).toEqual(["a", "b", "c"]);
    expect(parallel).toEqual(ARTICLES.map((a) => serial.annotate(a)));
    expect(parallel.some((d) => d.events.length > 0)).toBe(true);
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
