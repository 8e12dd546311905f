import { describe, expect, it } from "vitest";
import { emptyDocument, makeArticle } from "../../model/document.js";
import { checkDocumentOffsets } from "../../model/offsets.js";
import type { Document, EntityType } from "../../model/schema.js";
import { tinyActorKnowledge } from "../../testing/tiny-dictionaries.js";
import { loadWink, tokenise } from "../tokens/wink.js";
import { resolveActors, type ActorRegistryLookup } from "./actors-stage.js";

const knowledge = tinyActorKnowledge();

const nlp = loadWink();

function read(text: string, entities: [string, EntityType][], options: { published?: string; tags?: string[]; registry?: ActorRegistryLookup } = {}): Document {
  const doc = emptyDocument(makeArticle({ text, published: options.published ?? "2020-11-15", tags: options.tags }));
  Object.assign(doc, tokenise(nlp, doc.text));
  let from = 0;
  doc.entities = entities.map(([needle, type], i) => {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`no ${needle}`);
    from = start + needle.length;
    return { id: `e${i + 1}`, start, end: start + needle.length, text: needle, type, actorId: null };
  });
  const out = resolveActors(doc, { knowledge, registry: options.registry ?? null });
  checkDocumentOffsets(out);
  return out;
}

const actorOf = (doc: Document, text: string) => {
  const m = doc.mentions.find((x) => x.text === text);
  return m ? doc.actors.find((a) => a.id === m.actorId) : undefined;
};

describe("actors from roles in the text", () => {
  it("codes an unknown person from the role before the name, and strips titles into the role", () => {
    const doc = read("Iraq’s Defense Minister Lieutenant General Juma Khattab arrived in Tehran.", [["Iraq", "GPE"], ["Lieutenant General Juma Khattab", "PERSON"], ["Tehran", "GPE"]]);
    const khattab = actorOf(doc, "Lieutenant General Juma Khattab")!;
    expect(khattab).toMatchObject({ name: "Juma Khattab", code: "IRQGOVMIL", country: "IRQ" });
    expect(khattab.roles[0].text).toBe("Iraq’s Defense Minister Lieutenant General");
    expect(actorOf(doc, "Tehran")).toBeUndefined();
  });

  it("takes dated codes from the dictionary and links short names, variants and pronouns", () => {
    const doc = read("Iranian President Hassan Rouhani met reporters. He said Rohani would travel. Rouhani later left.", [["Iranian", "NORP"], ["Hassan Rouhani", "PERSON"], ["Rohani", "PERSON"], ["Rouhani", "PERSON"]]);
    const rouhani = actorOf(doc, "Hassan Rouhani")!;
    expect(rouhani.code).toBe("IRNGOV");
    expect(actorOf(doc, "He")?.id).toBe(rouhani.id);
    expect(actorOf(doc, "Rohani")?.id).toBe(rouhani.id);
    expect(actorOf(doc, "Rouhani")?.id).toBe(rouhani.id);
  });

  it("does not merge different people with similar names", () => {
    const doc = read("Ali Baqeri met Omar Bakri.", [["Ali Baqeri", "PERSON"], ["Omar Bakri", "PERSON"]]);
    expect(actorOf(doc, "Ali Baqeri")!.id).not.toBe(actorOf(doc, "Omar Bakri")!.id);
  });

  it("reads groups from demonym + role noun, and a capital acting for its government", () => {
    const doc = read("Iranian advisers came to the aid of Iraqi forces on Baghdad’s request.", [["Iranian", "NORP"], ["Iraqi", "NORP"], ["Baghdad", "GPE"]]);
    expect(actorOf(doc, "Iranian advisers")?.code).toBe("IRNMIL");
    expect(actorOf(doc, "Baghdad")?.code).toBe("IRQGOV");
  });

  it("resolves a definite description to the person whose role fits", () => {
    const doc = read(
      "Iraq’s Defense Minister Juma Khattab met Hassan Rouhani. Later the Iraqi defense minister left.",
      [["Iraq", "GPE"], ["Juma Khattab", "PERSON"], ["Hassan Rouhani", "PERSON"], ["Iraqi", "NORP"]],
    );
    expect(actorOf(doc, "the Iraqi defense minister")?.name).toBe("Juma Khattab");
  });

  it("makes 'the two countries' the pair the text names together", () => {
    const doc = read("Iran and Iraq signed a deal. The Americans objected. The two countries will meet again.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Americans", "NORP"]]);
    const pair = actorOf(doc, "The two countries")!;
    expect(pair.members.map((id) => doc.actors.find((a) => a.id === id)!.code)).toEqual(["IRN", "IRQ"]);
  });

  it("fixes entity types the dictionary knows and adds tag aliases", () => {
    const doc = read("Daesh attacked the town. Qassem Soleimani responded.", [["Daesh", "PERSON"], ["Qassem Soleimani", "PERSON"]], { tags: ["Qasem Suleimani"] });
    expect(doc.entities[0].type).toBe("ORG");
    expect(actorOf(doc, "Daesh")?.code).toBe("IMGMUSISI");
    expect(actorOf(doc, "Qassem Soleimani")?.aliases).toContain("Qasem Suleimani");
  });

  it("asks the registry about people the dictionaries do not know", () => {
    const registry: ActorRegistryLookup = {
      findPerson: (words) => (words.at(-1) === "Khattab" ? { name: "Juma Khattab", code: "IRQGOVMIL", country: "IRQ", sectors: ["GOV", "MIL"], title: "Defense Minister" } : null),
    };
    const doc = read("Khattab visited Tehran.", [["Khattab", "PERSON"], ["Tehran", "GPE"]], { registry });
    expect(actorOf(doc, "Khattab")).toMatchObject({ code: "IRQGOVMIL", basis: "registry" });
  });
});
