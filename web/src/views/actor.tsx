// Actor page: profile of a code (names, aliases, roles over time, counts), its counterparts, and a
// network of counterparts weighted by event counts (Cytoscape.js). URL: /actor/IRN?level=country
import cytoscape from "cytoscape";
import { useEffect, useRef, useState } from "preact/hooks";
import { useApi, type ActorProfile, type Network } from "../api.js";
import { ActorPicker } from "../components/actor-picker.js";
import { QUAD_NAMES } from "../lib/format.js";
import { href, navigate, type Location } from "../router.js";

/**
 * Cytoscape adds a <style> element for `position: relative` on its container unless one with this id
 * exists; the CSP forbids inline styles, so a placeholder takes its place and our CSS does the rest.
 */
function preventCytoscapeStyleInjection(): void {
  const id = "__________cytoscape_stylesheet";
  if (document.getElementById(id)) return;
  const placeholder = document.createElement("meta");
  placeholder.id = id;
  document.head.appendChild(placeholder);
}

function NetworkGraph({ network, level }: { network: Network; level: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    preventCytoscapeStyleInjection();
    const max = Math.max(1, ...network.edges.map((e) => e.weight));
    const maxNode = Math.max(1, ...network.nodes.map((n) => n.count));
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...network.nodes.map((n) => ({ data: { id: n.id, label: `${n.id}\n${n.label}`, size: 24 + 36 * Math.sqrt(n.count / maxNode), center: n.center ? 1 : 0 } })),
        ...network.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, weight: e.weight, width: 1 + 9 * (e.weight / max) } })),
      ],
      style: [
        {
          selector: "node",
          style: {
            label: "data(label)",
            "text-wrap": "wrap",
            "font-size": 11,
            "text-valign": "bottom",
            "text-margin-y": 4,
            width: "data(size)",
            height: "data(size)",
            "background-color": "#7a8ca3",
          },
        },
        { selector: "node[center = 1]", style: { "background-color": "#1f4e79" } },
        { selector: "edge", style: { width: "data(width)", "line-color": "#b8c4d2", "curve-style": "bezier", label: "data(weight)", "font-size": 9, color: "#555" } },
      ],
      layout: { name: "concentric", concentric: (n: cytoscape.NodeSingular) => (n.data("center") ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 30, animate: false },
      wheelSensitivity: 0.3,
    });
    cy.on("tap", "node", (ev) => {
      const id = ev.target.id() as string;
      navigate(href(`/actor/${encodeURIComponent(id)}`, { level }));
    });
    return () => cy.destroy();
  }, [network, level]);
  return <div class="network" ref={box} role="img" aria-label="Network of counterparts weighted by event counts" />;
}

export function ActorView({ loc, params }: { loc: Location; params: string[] }) {
  const code = (params[0] ?? "").toUpperCase();
  const level = loc.query.get("level") === "country" ? "country" : "code";
  const [draft, setDraft] = useState(code);
  useEffect(() => setDraft(code), [code]);
  const profile = useApi<ActorProfile>(code ? href(`/api/actors/${encodeURIComponent(code)}`, { level }) : null);
  const network = useApi<Network>(code ? href(`/api/actors/${encodeURIComponent(code)}/network`, { level, limit: 20 }) : null);
  const p = profile.data;
  return (
    <div class="actor-layout">
      <form
        class="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim()) navigate(href(`/actor/${encodeURIComponent(draft.trim())}`, { level }));
        }}
      >
        <ActorPicker id="actor-code" label="Actor" value={draft} onInput={setDraft} />
        <button type="submit">Show</button>
        <label>
          <span>counterparts by</span>
          <select value={level} onChange={(e) => navigate(href(`/actor/${encodeURIComponent(code)}`, { level: (e.target as HTMLSelectElement).value }), { replace: true })}>
            <option value="code">full code</option>
            <option value="country">country</option>
          </select>
        </label>
      </form>
      {!code && <p class="muted">Type an actor code or a name, e.g. <a href="/actor/IRN">IRN</a>.</p>}
      {profile.error && <p class="error">{profile.error.message}</p>}
      {p && (
        <>
          <h1>
            {p.name} <span class="code-tag">{p.code}</span>
          </h1>
          <div class="stat-row">
            <div class="stat">
              <b>{p.counts.events}</b> events
            </div>
            <div class="stat">
              <b>{p.counts.asSource}</b> as source
            </div>
            <div class="stat">
              <b>{p.counts.asTarget}</b> as target
            </div>
            <div class="stat">
              <b>{p.counts.articles}</b> articles
            </div>
            <div class="stat">
              {p.counts.first ?? "—"} → {p.counts.last ?? "—"}
            </div>
          </div>
          {p.counts.byQuadClass.length > 0 && (
            <div class="quad-bar" role="img" aria-label="events by quad class">
              {p.counts.byQuadClass.map((q) => (
                <span key={q.quadClass} class={`quad-seg quad-bg-${q.quadClass}`} style={{ flexGrow: q.count }} title={`${QUAD_NAMES[q.quadClass]}: ${q.count}`}>
                  {QUAD_NAMES[q.quadClass]} {q.count}
                </span>
              ))}
            </div>
          )}
          <div class="actor-grid">
            <section class="panel">
              <h2>Network of counterparts</h2>
              {network.data && network.data.nodes.length > 1 ? (
                <NetworkGraph network={network.data} level={level} />
              ) : (
                <p class="muted">No counterparts yet.</p>
              )}
            </section>
            <section class="panel">
              <h2>Counterparts</h2>
              <table class="table counterparts">
                <thead>
                  <tr>
                    <th>code</th>
                    <th>name</th>
                    <th>events</th>
                    <th>→ / ←</th>
                    <th>Goldstein</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {p.counterparts.map((c) => (
                    <tr key={c.code}>
                      <td>
                        <a href={href(`/actor/${encodeURIComponent(c.code)}`, { level })}>{c.code}</a>
                      </td>
                      <td>{c.name ?? ""}</td>
                      <td>{c.events}</td>
                      <td>
                        {c.outgoing} / {c.incoming}
                      </td>
                      <td>{c.goldstein ?? "—"}</td>
                      <td>
                        <a href={`/dyad/${encodeURIComponent(p.code)}/${encodeURIComponent(c.code)}`}>timeline</a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section class="panel">
              <h2>Roles over time</h2>
              {p.roles.length === 0 ? (
                <p class="muted">No roles recorded.</p>
              ) : (
                <table class="table roles">
                  <thead>
                    <tr>
                      <th>role</th>
                      <th>held by</th>
                      <th>first seen</th>
                      <th>last seen</th>
                      <th>mentions</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.roles.map((r, i) => (
                      <tr key={i}>
                        <td>{r.title}</td>
                        <td>{r.name}</td>
                        <td>{r.first ?? "—"}</td>
                        <td>{r.last ?? "—"}</td>
                        <td>{r.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section class="panel">
              <h2>Names and aliases</h2>
              <ul class="names">
                {p.names.map((n) => (
                  <li key={`${n.code}:${n.name}`}>
                    {n.name} <span class="code-tag">{n.code}</span> <span class="muted">×{n.count}</span>
                  </li>
                ))}
              </ul>
              {p.aliases.length > 0 && <p>Also called: {p.aliases.map((a) => a.alias).join(", ")}</p>}
              {p.codes.length > 1 && (
                <p>
                  Codes under {p.code}:{" "}
                  {p.codes.map((c, i) => (
                    <>
                      {i > 0 && ", "}
                      <a key={c.code} href={`/actor/${encodeURIComponent(c.code)}`}>
                        {c.code}
                      </a>
                    </>
                  ))}
                </p>
              )}
            </section>
          </div>
        </>
      )}
      {profile.loading && !p && code && <p class="loading">Loading…</p>}
    </div>
  );
}
