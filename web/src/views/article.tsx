// Article page: the text with every annotation layer highlighted, layer toggles, the event cards
// (hover/focus → evidence lit up; click → pinned in the URL as ?event=), actors and quotes.
import { useMemo, useState } from "preact/hooks";
import { safeExternalUrl, useApi, type Document } from "../api.js";
import { AnnotatedText, LAYERS } from "../components/annotated-text.js";
import { EventCard } from "../components/event-card.js";
import { evidenceOf, type MarkKind } from "../lib/spans.js";
import { href, navigate, type Location } from "../router.js";

export function ArticleView({ loc, params }: { loc: Location; params: string[] }) {
  const id = params[0];
  const { data: doc, error, loading } = useApi<Document>(`/api/articles/${encodeURIComponent(id)}`);
  const pinned = loc.query.get("event");
  const hidden = useMemo(() => new Set((loc.query.get("hide") ?? "").split(",").filter(Boolean) as MarkKind[]), [loc.query.get("hide")]);
  const [hovered, setHovered] = useState<string | null>(null);
  const activeId = hovered ?? pinned;
  const active = doc?.events.find((e) => e.id === activeId) ?? null;
  const evidence = useMemo(() => (doc && active ? evidenceOf(doc, active) : []), [doc, active]);

  if (error) return <p class="error">{error.message}</p>;
  if (!doc) return loading ? <p class="loading">Loading article…</p> : null;

  const setQuery = (changes: Record<string, string | null>) => {
    const next: Record<string, string | null> = { event: pinned, hide: [...hidden].join(",") || null, ...changes };
    navigate(href(`/article/${encodeURIComponent(id)}`, next), { replace: true });
  };
  const toggleLayer = (kind: MarkKind) => {
    const next = new Set(hidden);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setQuery({ hide: [...next].join(",") || null });
  };
  const url = safeExternalUrl(doc.url);
  const actorsWithCode = doc.actors.filter((a) => a.code);

  return (
    <div class="article-layout">
      <section class="article-main">
        <h1 class="article-title">{doc.title || doc.id}</h1>
        <p class="meta">
          {doc.published && <span>{doc.published}</span>}
          {doc.source && <span>{doc.source}</span>}
          {url && (
            <a href={url} rel="noopener noreferrer nofollow" target="_blank">
              original
            </a>
          )}
          <span>
            {doc.events.length} event{doc.events.length === 1 ? "" : "s"}
          </span>
          <a href={`/api/articles/${encodeURIComponent(doc.id)}`}>JSON</a>
        </p>
        <fieldset class="legend">
          <legend>Layers</legend>
          {LAYERS.map((l) => (
            <label key={l.kind} class={`legend-item legend-${l.kind}`}>
              <input type="checkbox" checked={!hidden.has(l.kind)} onChange={() => toggleLayer(l.kind)} /> <span class="swatch" /> {l.label}
            </label>
          ))}
        </fieldset>
        <AnnotatedText doc={doc} evidence={evidence} hidden={hidden} />
        {doc.quotes.length > 0 && (
          <section class="panel">
            <h2>Quotes</h2>
            <ul class="quotes">
              {doc.quotes.map((q) => (
                <li key={q.id}>
                  <span class="speaker">{q.speaker?.name ?? "unknown speaker"}</span>
                  {q.cue && <span class="cue"> {q.cue.text}</span>}: <q>{q.text}</q> <span class="muted">({q.kind})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {doc.actors.length > 0 && (
          <section class="panel">
            <h2>Actors</h2>
            <table class="table">
              <thead>
                <tr>
                  <th>name</th>
                  <th>code</th>
                  <th>aliases</th>
                  <th>roles</th>
                </tr>
              </thead>
              <tbody>
                {doc.actors.map((a) => (
                  <tr key={a.id}>
                    <td>{a.name}</td>
                    <td>{a.code ? <a href={`/actor/${encodeURIComponent(a.code)}`}>{a.code}</a> : "—"}</td>
                    <td>{a.aliases.join(", ")}</td>
                    <td>{a.roles.map((r) => r.title).join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {actorsWithCode.length === 0 && <p class="muted">No actor codes in this article.</p>}
          </section>
        )}
        {doc.diagnostics.length > 0 && (
          <details class="panel diagnostics">
            <summary>
              {doc.diagnostics.length} diagnostic{doc.diagnostics.length === 1 ? "" : "s"}
            </summary>
            <ul>
              {doc.diagnostics.map((d, i) => (
                <li key={i}>
                  <code>{d.code}</code> {d.message} <span class="muted">({d.severity}{d.stage ? `, ${d.stage}` : ""})</span>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
      <aside class="events" aria-label="Events">
        <h2>Events</h2>
        {doc.events.length === 0 && <p class="muted">No events were coded in this article.</p>}
        {doc.events.map((e) => (
          <EventCard
            key={e.id}
            doc={doc}
            event={e}
            active={activeId === e.id}
            pinned={pinned === e.id}
            onActivate={setHovered}
            onPin={(eid) => setQuery({ event: pinned === eid ? null : eid })}
          />
        ))}
      </aside>
    </div>
  );
}
