// Search page: query box, results with snippets (matches as <mark>, built from text nodes), facets
// by source, year and event type, and paging; all state in the URL (?q=&source=&from=&to=&cameo=&page=).
import { useEffect, useState } from "preact/hooks";
import { useApi, type ApiTypes, type Facets } from "../api.js";
import { href, navigate, type Location } from "../router.js";

const PAGE = 20;

function Snippet({ parts }: { parts: { text: string; hit: boolean }[] }) {
  return <p class="snippet">{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</p>;
}

interface Filters {
  q: string;
  source: string;
  from: string;
  to: string;
  cameo: string;
  page: number;
}

function readFilters(query: URLSearchParams): Filters {
  return {
    q: query.get("q") ?? "",
    source: query.get("source") ?? "",
    from: query.get("from") ?? "",
    to: query.get("to") ?? "",
    cameo: query.get("cameo") ?? "",
    page: Math.max(1, Number(query.get("page")) || 1),
  };
}

function searchUrl(f: Partial<Filters>): string {
  return href("/search", { q: f.q, source: f.source, from: f.from, to: f.to, cameo: f.cameo, page: f.page && f.page > 1 ? f.page : null });
}

function FacetList({ title, items, active, link }: { title: string; items: Facets["sources"]; active: string; link: (value: string) => string }) {
  if (!items.length) return null;
  return (
    <section class="facet">
      <h3>{title}</h3>
      <ul>
        {items.map((it) => (
          <li key={it.value}>
            <a href={link(it.value)} class={active === it.value ? "active" : ""}>
              <span class="facet-label">{it.label ? `${it.value} ${it.label}` : it.value}</span>
              <span class="count">{it.count}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SearchView({ loc }: { loc: Location }) {
  const f = readFilters(loc.query);
  const [draft, setDraft] = useState(f.q);
  useEffect(() => setDraft(f.q), [f.q]);
  const common = { q: f.q, source: f.source, from: f.from, to: f.to, cameo: f.cameo };
  const results = useApi<ApiTypes["articles"]>(href("/api/articles", { ...common, limit: PAGE, offset: (f.page - 1) * PAGE }));
  const facets = useApi<Facets>(href("/api/facets", common));
  const year = f.from && f.from === f.to && /^\d{4}$/.test(f.from) ? f.from : "";
  const chips: [string, string][] = [];
  if (f.source) chips.push([`source: ${f.source}`, searchUrl({ ...f, source: "", page: 1 })]);
  if (f.from || f.to) chips.push([`date: ${f.from || "…"} – ${f.to || "…"}`, searchUrl({ ...f, from: "", to: "", page: 1 })]);
  if (f.cameo) chips.push([`event type: ${f.cameo}`, searchUrl({ ...f, cameo: "", page: 1 })]);
  const total = results.data?.total ?? 0;
  const pages = Math.ceil(total / PAGE);
  return (
    <div class="search-layout">
      <form
        class="searchbox"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(searchUrl({ ...f, q: draft.trim(), page: 1 }));
        }}
      >
        <input
          type="search"
          name="q"
          aria-label="Search articles"
          placeholder="Search articles, e.g. Iran Iraq"
          value={draft}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Search</button>
      </form>
      <aside class="facets" aria-label="Facets">
        {facets.data && (
          <>
            <FacetList title="Source" items={facets.data.sources} active={f.source} link={(v) => searchUrl({ ...f, source: v === f.source ? "" : v, page: 1 })} />
            <FacetList
              title="Year"
              items={facets.data.years}
              active={year}
              link={(v) => searchUrl({ ...f, from: v === year ? "" : v, to: v === year ? "" : v, page: 1 })}
            />
            <FacetList title="Event type" items={facets.data.eventTypes} active={f.cameo} link={(v) => searchUrl({ ...f, cameo: v === f.cameo ? "" : v, page: 1 })} />
          </>
        )}
      </aside>
      <section class="results" aria-live="polite">
        {chips.length > 0 && (
          <p class="chips">
            {chips.map(([label, to]) => (
              <a class="chip" href={to} key={label} title="remove this filter">
                {label} ×
              </a>
            ))}
          </p>
        )}
        {results.error && <p class="error">{results.error.message}</p>}
        {results.data && (
          <>
            <p class="muted">
              {total === 0 ? "No articles match." : `${total.toLocaleString("en")} article${total === 1 ? "" : "s"}${f.q ? ` for “${f.q}”` : ", newest first"}`}
            </p>
            <ol class="hits">
              {results.data.hits.map((h) => (
                <li key={h.id} class="hit">
                  <a class="hit-title" href={`/article/${encodeURIComponent(h.id)}`}>
                    {h.title || h.id}
                  </a>
                  <div class="meta">
                    {h.published && <span>{h.published}</span>}
                    {h.source && <span>{h.source}</span>}
                    <span>
                      {h.eventCount} event{h.eventCount === 1 ? "" : "s"}
                    </span>
                  </div>
                  <Snippet parts={h.snippet} />
                </li>
              ))}
            </ol>
            {pages > 1 && (
              <nav class="pager" aria-label="Pages">
                {f.page > 1 ? <a href={searchUrl({ ...f, page: f.page - 1 })}>← Previous</a> : <span />}
                <span>
                  page {f.page} of {pages}
                </span>
                {f.page < pages ? <a href={searchUrl({ ...f, page: f.page + 1 })}>Next →</a> : <span />}
              </nav>
            )}
          </>
        )}
        {results.loading && !results.data && <p class="loading">Searching…</p>}
      </section>
    </div>
  );
}
