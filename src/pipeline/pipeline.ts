// Composition of stages: order checked once at start-up, then each document flows through purely.
import { SitrepError } from "../model/errors.js";
import type { Document, Layer } from "../model/schema.js";
import type { Stage } from "./stage.js";

export class PipelineError extends SitrepError {
  constructor(
    code: string,
    message: string,
    readonly stage: string | null,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = "PipelineError";
  }
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  readonly version: string;
  /** Run every stage in order. `onStage` receives each stage's wall time (for the benchmark). */
  run(doc: Document, onStage?: (stageId: string, ms: number) => void): Document;
}

/** Check that every stage's requirements are assigned by an earlier stage; throw if not. */
export function checkStageOrder(stages: readonly Stage[]): void {
  const available = new Set<Layer>(["text"]);
  const seen = new Set<string>();
  for (const stage of stages) {
    if (seen.has(stage.id)) throw new PipelineError("pipeline.duplicate-stage", `stage ${stage.id} appears twice`, stage.id);
    seen.add(stage.id);
    const missing = stage.requires.filter((layer) => !available.has(layer));
    if (missing.length > 0) {
      throw new PipelineError(
        "pipeline.order",
        `stage ${stage.id}@${stage.version} requires ${missing.join(", ")}, which no earlier stage assigns`,
        stage.id,
      );
    }
    stage.assigns.forEach((layer) => available.add(layer));
  }
}

/** Compose stages into a pipeline after checking their order. */
export function createPipeline(stages: readonly Stage[], version: string): Pipeline {
  checkStageOrder(stages);
  const frozen = Object.freeze([...stages]);
  const resources: Record<string, string> = {};
  for (const stage of frozen) Object.assign(resources, stage.resources ?? {});
  const provenance = {
    sitrep: version,
    stages: frozen.map((s) => ({ id: s.id, version: s.version })),
    resources,
  };
  return {
    stages: frozen,
    version,
    run(doc, onStage) {
      let current: Document = { ...doc, provenance };
      for (const stage of frozen) {
        const started = onStage ? performance.now() : 0;
        try {
          current = stage.run(current);
        } catch (error) {
          if (error instanceof SitrepError) throw error;
          throw new PipelineError(
            "pipeline.stage-failed",
            `stage ${stage.id}@${stage.version} failed on article ${doc.id}: ${(error as Error).message}`,
            stage.id,
            { cause: error },
          );
        }
        if (onStage) onStage(stage.id, performance.now() - started);
      }
      return current;
    },
  };
}
