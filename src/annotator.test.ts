import { describe, expect, it } from "vitest";
import { createAnnotator } from "./annotator.js";

describe("createAnnotator", () => {
  it("passes the event coder's conventions through (newActorLength)", () => {
    const text = "The Guild of Wizards attacked Iraq on Monday.";
    const codes = (annotator: ReturnType<typeof createAnnotator>) =>
      annotator.annotate({ text, published: "2020-11-15" }).events.map((e) => `${e.source?.code} ${e.cameo.code.slice(0, 2)} ${e.target?.code}`);
    expect(codes(createAnnotator({ events: { newActorLength: 4 } }))).toContain('"THE GUILD OF WIZARDS" 19 IRQ');
    expect(codes(createAnnotator()).some((c) => c.startsWith('"'))).toBe(false);
  });
});
