// Stage normalise@1: guarantees the document text is in sitrep's normal form before any span exists.
import { articleHash } from "../../model/ids.js";
import { normaliseText } from "../../model/normalise.js";
import { defineStage } from "../../pipeline/stage.js";
import { PipelineError } from "../../pipeline/pipeline.js";

export const createNormaliseStage = defineStage<void>(
  { id: "normalise", version: 1, requires: [], assigns: ["text"] },
  () => ({
    run(doc) {
      const text = normaliseText(doc.text);
      if (text === doc.text) return doc;
      if (doc.sentences.length > 0 || (doc.tokens?.length ?? 0) > 0 || doc.entities.length > 0) {
        throw new PipelineError("normalise.annotated", `article ${doc.id} already has spans; its text cannot change`, "normalise");
      }
      const hash = articleHash(text);
      return { ...doc, text, hash, id: doc.id === doc.hash ? hash : doc.id };
    },
  }),
);
