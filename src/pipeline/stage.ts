// What a pipeline stage is: declared once (id@version, requires, assigns), created once with its
// resources and options, then a pure Document → Document function per article.
import type { Diagnostic, Document, Layer } from "../model/schema.js";

/** A created stage: its declaration plus the per-document function. */
export interface Stage {
  readonly id: string;
  readonly version: number;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  /** Content hashes of the resources this stage was created with (for provenance). */
  readonly resources?: Readonly<Record<string, string>>;
  /** Pure: no I/O, no clock, no globals. Returns a new document; never mutates its input. */
  readonly run: (doc: Document) => Document;
}

/** Declare a stage: `defineStage({id, version, requires, assigns}, create)` → factory taking options. */
export function defineStage<Options>(
  declaration: Omit<Stage, "run" | "resources">,
  create: (options: Options) => Pick<Stage, "run"> & { resources?: Record<string, string> },
): (options: Options) => Stage {
  return (options: Options) => {
    const made = create(options);
    return Object.freeze({ ...declaration, run: made.run, resources: made.resources ?? {} });
  };
}

/** A diagnostic from a stage, with the stage id filled in. */
export function diagnostic(
  stage: string,
  code: string,
  message: string,
  options: { severity?: Diagnostic["severity"]; start?: number; end?: number } = {},
): Diagnostic {
  return {
    code,
    message,
    severity: options.severity ?? "warning",
    stage,
    start: options.start ?? null,
    end: options.end ?? null,
  };
}
