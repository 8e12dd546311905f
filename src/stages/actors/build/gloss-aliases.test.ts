import { describe, expect, it } from "vitest";
import { actorEntry, agent } from "../../../testing/tiny-dictionaries.js";
import { dropGlossAliases } from "./gloss-aliases.js";

describe("dropGlossAliases", () => {
  const agents = [agent("youth protester", "OPPEDU"), agent("senate", "LEG"), agent("representative to the un", "GOV")];
  const withNames = (id: string, names: string[], code: string) => ({ ...actorEntry(id, names[0], [{ code, from: null, to: null }]), names });

  it("drops a one-word synonym the agents use as an ordinary word with no sector of the entry's code", () => {
    const { value, diagnostics } = dropGlossAliases([withNames("m:gazteriak", ["gazteriak", "youth"], "FRAREB")], agents);
    expect(value[0].names).toEqual(["gazteriak"]);
    expect(diagnostics.map((d) => d.code)).toEqual(["actors.gloss-alias"]);
  });

  it("keeps a body's word that the agents give its sector, an acronym and the entry's own name", () => {
    const entries = [withNames("c:congress", ["united states congress", "senate"], "USAGOVLEG"), withNames("i:un", ["un", "united nations"], "IGOUNO"), withNames("m:youth", ["youth", "youth front"], "FRAREB")];
    expect(dropGlossAliases(entries, agents).value.map((e) => e.names)).toEqual([["united states congress", "senate"], ["un", "united nations"], ["youth", "youth front"]]);
  });
});
