// The article text with its annotations highlighted displaCy-style. Built only from text nodes and
// class names, so whatever the article contains is shown literally, never parsed as HTML.
import { useMemo, useState } from "preact/hooks";
import type { Document } from "../api.js";
import { documentMarks, evidenceRoles, segment, type Evidence, type Mark, type MarkKind } from "../lib/spans.js";

export const LAYERS: { kind: MarkKind; label: string }[] = [
  { kind: "entity", label: "Entities" },
  { kind: "mention", label: "Actor mentions" },
  { kind: "role", label: "Roles" },
  { kind: "time", label: "Times" },
  { kind: "place", label: "Places" },
  { kind: "quote", label: "Quotes" },
  { kind: "cue", label: "Quote cues" },
  { kind: "trigger", label: "Event triggers" },
];

function classesOf(marks: readonly Mark[], roles: readonly string[], focusActor: string | null): string {
  const cls = new Set<string>(["seg"]);
  if (focusActor && marks.some((m) => m.actor === focusActor)) cls.add("actor-focus");
  for (const m of marks) {
    cls.add(`m-${m.kind}`);
    if (m.type) cls.add(`ent-${m.type}`);
  }
  if (roles.length) cls.add("evidence");
  for (const r of roles) cls.add(`evidence-${r}`);
  return [...cls].join(" ");
}

export function AnnotatedText({ doc, evidence, hidden }: { doc: Document; evidence: readonly Evidence[]; hidden: ReadonlySet<MarkKind> }) {
  const marks = useMemo(() => documentMarks(doc), [doc]);
  // Evidence spans need not line up with any layer (an event's target phrase), so they cut too.
  const segments = useMemo(() => segment(doc.text, marks, evidence.flatMap((e) => [e.start, e.end])), [doc, marks, evidence]);
  const visible = (m: Mark) => !hidden.has(m.kind);
  // Pointing at a name or pronoun lights up every mention of the same actor.
  const [focusActor, setFocusActor] = useState<string | null>(null);
  return (
    <div
      class="annotated"
      lang="en"
      onMouseOver={(e) => setFocusActor((e.target as Element).closest?.("[data-actor]")?.getAttribute("data-actor") ?? null)}
      onMouseLeave={() => setFocusActor(null)}
    >
      {segments.map((s) => {
        const shown = s.marks.filter(visible);
        const roles = evidenceRoles(s, evidence);
        const title = shown.map((m) => m.title).join("\n");
        // Labels go after the last segment of their span, like displaCy's entity labels.
        const ending = shown.filter((m) => m.end === s.end && m.label && (m.kind === "entity" || m.kind === "mention" || m.kind === "trigger"));
        if (!shown.length && !roles.length) return <span key={s.start}>{s.text}</span>;
        const actor = shown.find((m) => m.actor)?.actor ?? undefined;
        return (
          <span
            key={s.start}
            class={classesOf(shown, roles, focusActor)}
            title={title || undefined}
            data-start={s.start}
            data-end={s.end}
            data-actor={actor}
          >
            {s.text}
            {ending.map((m) => (
              <span class={`label label-${m.kind}`} aria-hidden="true" key={m.id}>
                {m.label}
              </span>
            ))}
          </span>
        );
      })}
    </div>
  );
}
