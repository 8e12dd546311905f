// One event as a card: source → event → target, date, place, modality, negation and confidence;
// hovering or focusing it lights up its evidence in the text; the rule that fired is one click away.
import type { Document } from "../api.js";
import { QUAD_NAMES } from "../lib/format.js";

type Event = Document["events"][number];

function Side({ side, role }: { side: Event["source"]; role: "source" | "target" }) {
  if (!side) return <span class={`side side-${role} none`}>(no {role})</span>;
  return (
    <span class={`side side-${role}`}>
      {side.code ? (
        <a class="code" href={`/actor/${encodeURIComponent(side.code)}`} title={`actor profile of ${side.code}`}>
          {side.code}
        </a>
      ) : (
        <span class="code none">—</span>
      )}{" "}
      <span class="side-text">{side.text}</span>
    </span>
  );
}

export interface EventCardProps {
  doc: Document;
  event: Event;
  active: boolean;
  pinned: boolean;
  onActivate(id: string | null): void;
  onPin(id: string): void;
}

export function EventCard({ doc, event: e, active, pinned, onActivate, onPin }: EventCardProps) {
  const sentence = doc.sentences[e.sentence];
  const pair = e.source?.code && e.target?.code ? [e.source.code.slice(0, 3), e.target.code.slice(0, 3)] : null;
  const quad = e.cameo.quadClass;
  return (
    <article
      class={`event-card${quad ? ` quad-${quad}` : ""}${active ? " active" : ""}${pinned ? " pinned" : ""}${e.negated ? " negated" : ""}`}
      tabIndex={0}
      data-event-id={e.id}
      aria-label={`event ${e.cameo.code} ${e.cameo.label}`}
      onMouseEnter={() => onActivate(e.id)}
      onMouseLeave={() => onActivate(null)}
      onFocusIn={() => onActivate(e.id)}
      onFocusOut={(ev) => {
        const next = (ev as FocusEvent).relatedTarget as Node | null;
        if (!next || !(ev.currentTarget as HTMLElement).contains(next)) onActivate(null);
      }}
      onClick={(ev) => {
        if (!(ev.target as Element).closest("a, summary, details")) onPin(e.id);
      }}
      onKeyDown={(ev) => {
        if (ev.key === "Enter" && ev.target === ev.currentTarget) onPin(e.id);
      }}
    >
      <div class="triple">
        <Side side={e.source} role="source" />
        <span class="arrow" aria-hidden="true">
          →
        </span>
        <span class="action">
          <span class="cameo">{e.cameo.code}</span> {e.cameo.label}
          {e.plover && <span class="plover">{e.plover.type}</span>}
        </span>
        <span class="arrow" aria-hidden="true">
          →
        </span>
        <Side side={e.target} role="target" />
      </div>
      <dl class="facts">
        <div>
          <dt>date</dt>
          <dd>
            {e.date?.value ?? "unknown"}
            {e.date && e.date.precision !== "day" ? ` (${e.date.precision})` : ""}
            {e.date?.inherited ? " · from article" : ""}
          </dd>
        </div>
        <div>
          <dt>place</dt>
          <dd>
            {e.location ? `${e.location.name}${e.location.country ? `, ${e.location.country}` : ""}` : "unknown"}
            {e.location?.inherited ? " · inherited" : ""}
          </dd>
        </div>
        <div>
          <dt>modality</dt>
          <dd class={`modality-${e.modality}`}>{e.modality}</dd>
        </div>
        {e.negated && (
          <div>
            <dt>negated</dt>
            <dd class="negated-flag">yes — this did not happen</dd>
          </div>
        )}
        <div>
          <dt>confidence</dt>
          <dd>
            <meter min={0} max={1} value={e.confidence} /> {e.confidence.toFixed(2)}
          </dd>
        </div>
        {quad && (
          <div>
            <dt>class</dt>
            <dd>
              {QUAD_NAMES[quad]}
              {e.cameo.goldstein != null ? ` · Goldstein ${e.cameo.goldstein}` : ""}
            </dd>
          </div>
        )}
      </dl>
      <details class="why">
        <summary>Why this event?</summary>
        <dl>
          <div>
            <dt>rule</dt>
            <dd>
              <code class="rule">{e.rule}</code>
            </dd>
          </div>
          <div>
            <dt>confidence</dt>
            <dd>{e.confidence.toFixed(2)}</dd>
          </div>
        </dl>
        {sentence && (
          <blockquote class="sentence">
            {doc.text.slice(sentence.start, Math.max(sentence.start, Math.min(e.trigger.start, sentence.end)))}
            <mark>{e.trigger.text}</mark>
            {doc.text.slice(Math.min(Math.max(e.trigger.end, sentence.start), sentence.end), sentence.end)}
          </blockquote>
        )}
      </details>
      {pair && (
        <a class="pair-link" href={`/dyad/${encodeURIComponent(pair[0])}/${encodeURIComponent(pair[1])}`}>
          {pair[0]}–{pair[1]} timeline
        </a>
      )}
    </article>
  );
}
