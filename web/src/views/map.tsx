// Map page: event locations as points on a world map drawn with d3-geo from the bundled world-atlas
// TopoJSON (no tiles, no CDN), filterable by event type and date range. URL: /map?cameo=04&from=&to=
import { geoGraticule10, geoNaturalEarth1, geoPath } from "d3-geo";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { useApi, type ApiTypes, type MapPoint } from "../api.js";
import { QUAD_COLORS, QUAD_NAMES, dominantQuad } from "../lib/format.js";
import { borrowedNote, featureName, isBorrowed } from "../lib/points.js";
import { href, navigate, type Location } from "../router.js";

const WIDTH = 960;
const HEIGHT = 500;
const LABELS = 15;

const projection = geoNaturalEarth1().fitExtent(
  [
    [4, 4],
    [WIDTH - 4, HEIGHT - 4],
  ],
  { type: "Sphere" },
);
const path = geoPath(projection);

/** Country outlines and graticule, projected once per page load. */
function basemap(): { countries: { id: string; d: string; name: string }[]; sphere: string; graticule: string } {
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries);
  return {
    countries: fc.features.map((f, i) => ({ id: String(f.id ?? i), d: path(f) ?? "", name: f.properties?.name ?? "" })),
    sphere: path({ type: "Sphere" }) ?? "",
    graticule: path(geoGraticule10()) ?? "",
  };
}

/** One key per map point: a name at one point may be both a place's own and a borrowed one. */
const pointKey = (p: MapPoint) => `${p.name}|${p.lat}|${p.lon}|${p.point ?? ""}|${p.featureType ?? ""}`;

interface Label {
  key: string;
  text: string;
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
}

/**
 * Greedy label placement, biggest places first: try right, left, above, below the point and keep
 * the first spot that overlaps no earlier label (widths estimated from the 11px font).
 */
export function layoutLabels(points: readonly { p: MapPoint; xy: [number, number]; r: number }[], max: number, zoom = 1): Label[] {
  const boxes: [number, number, number, number][] = [];
  const out: Label[] = [];
  for (const { p, xy, r } of points) {
    if (out.length >= max) break;
    const text = p.name.length > 32 ? `${p.name.slice(0, 31)}…` : p.name;
    // Sizes in map units: labels keep their on-screen size at any zoom.
    const w = (text.length * 6.3) / zoom;
    const h = 12 / zoom;
    const gap = 2 / zoom;
    const base = 4 / zoom;
    const [x, y] = xy;
    const candidates: [Label["anchor"], number, number, [number, number, number, number]][] = [
      ["start", x + r + gap, y + base, [x + r + gap, y + base - h, x + r + gap + w, y + base]],
      ["end", x - r - gap, y + base, [x - r - gap - w, y + base - h, x - r - gap, y + base]],
      ["middle", x, y - r - gap, [x - w / 2, y - r - gap - h, x + w / 2, y - r - gap]],
      ["middle", x, y + r + h, [x - w / 2, y + r, x + w / 2, y + r + h]],
    ];
    const free = candidates.find(([, , , b]) => !boxes.some((o) => b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]));
    if (!free) continue;
    boxes.push(free[3]);
    out.push({ key: pointKey(p), text, x: free[1], y: free[2], anchor: free[0] });
  }
  return out;
}

interface View {
  k: number;
  cx: number;
  cy: number;
}

const HOME: View = { k: 1, cx: WIDTH / 2, cy: HEIGHT / 2 };

/** `zoom=k,cx,cy` from the URL, clamped to the map; anything else is the whole world. */
export function parseView(value: string | null): View {
  const [k, cx, cy] = (value ?? "").split(",").map(Number);
  if (![k, cx, cy].every(Number.isFinite)) return HOME;
  return clampView({ k, cx, cy });
}

function clampView(v: View): View {
  const k = Math.min(32, Math.max(1, v.k));
  const halfW = WIDTH / (2 * k);
  const halfH = HEIGHT / (2 * k);
  return { k, cx: Math.min(WIDTH - halfW, Math.max(halfW, v.cx)), cy: Math.min(HEIGHT - halfH, Math.max(halfH, v.cy)) };
}

const viewParam = (v: View) => (v.k === 1 ? null : `${+v.k.toFixed(2)},${Math.round(v.cx)},${Math.round(v.cy)}`);

/** A point's popup: place, country and kind, events, dates and quad mix, then whose point it is when not its own. */
function describe(p: MapPoint): string {
  const dates = p.first && p.last ? (p.first === p.last ? ` · ${p.first}` : ` · ${p.first} – ${p.last}`) : "";
  const mix = p.quad
    .map((n, i) => (n ? `${QUAD_NAMES[i + 1]} ${n}` : ""))
    .filter(Boolean)
    .join(", ");
  const kind = featureName(p.featureType);
  const note = borrowedNote(p);
  return `${p.name}${p.country ? `, ${p.country}` : ""}${kind ? ` (${kind})` : ""} — ${p.count} event${p.count === 1 ? "" : "s"}${dates}${mix ? ` (${mix})` : ""}${note ? `\n${note[0].toUpperCase()}${note.slice(1)}` : ""}`;
}


export function MapView({ loc }: { loc: Location }) {
  const cameo = loc.query.get("cameo") ?? "";
  const from = loc.query.get("from") ?? "";
  const to = loc.query.get("to") ?? "";
  const base = useMemo(basemap, []);
  const points = useApi<ApiTypes["map"]>(href("/api/aggregations/map", { cameo, from, to, limit: 1000 }));
  const types = useApi<ApiTypes["eventTypes"]>(href("/api/aggregations/event-types", { by: "root", from, to, limit: 20 }));
  const zoomParam = loc.query.get("zoom");
  const [view, setView] = useState(() => parseView(zoomParam));
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number; view: View } | null>(null);
  const set = (changes: Record<string, string | null>) =>
    navigate(href("/map", { cameo, from, to, zoom: viewParam(view), ...changes }), { replace: true });
  // Zoom and pan live in the URL too (debounced, so a wheel spin is one history entry).
  useEffect(() => {
    const wanted = viewParam(view);
    if (wanted === zoomParam) return;
    const timer = setTimeout(() => set({ zoom: wanted }), 250);
    return () => clearTimeout(timer);
  }, [view]);
  /** Client pixels → map units. */
  const toMap = (clientX: number, clientY: number, v: View): [number, number] => {
    const box = svg.current!.getBoundingClientRect();
    const w = WIDTH / v.k;
    const h = HEIGHT / v.k;
    return [v.cx - w / 2 + ((clientX - box.left) / box.width) * w, v.cy - h / 2 + ((clientY - box.top) / box.height) * h];
  };
  const zoomAt = (factor: number, at?: [number, number]) =>
    setView((v) => {
      const k = Math.min(32, Math.max(1, v.k * factor));
      const [px, py] = at ?? [v.cx, v.cy];
      // Keep the point under the cursor where it is.
      return clampView({ k, cx: px - (px - v.cx) * (v.k / k), cy: py - (py - v.cy) * (v.k / k) });
    });
  const max = Math.max(1, ...(points.data?.points.map((p) => p.count) ?? [1]));
  const placed = (points.data?.points ?? [])
    .map((p) => ({ p, xy: projection([p.lon, p.lat]) }))
    .filter((x): x is { p: MapPoint; xy: [number, number] } => x.xy != null);
  // Draw big points first so small ones stay on top and clickable.
  const drawOrder = [...placed].sort((a, b) => b.p.count - a.p.count);
  const radius = (n: number) => 3 + 9 * Math.sqrt(n / max);
  const box = [view.cx - WIDTH / (2 * view.k), view.cy - HEIGHT / (2 * view.k), WIDTH / view.k, HEIGHT / view.k].map((n) => +n.toFixed(2));
  // Only points in view compete for labels.
  const inView = placed.filter(({ xy: [x, y] }) => x >= box[0] && x <= box[0] + box[2] && y >= box[1] && y <= box[1] + box[3]);
  const labels = layoutLabels(
    inView.map((x) => ({ ...x, r: radius(x.p.count) / view.k })),
    LABELS,
    view.k,
  );
  return (
    <div class="map-layout">
      <form class="toolbar" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>event type</span>
          <select value={cameo} onChange={(e) => set({ cameo: (e.target as HTMLSelectElement).value })} aria-label="event type">
            <option value="">all types</option>
            {types.data?.types.map((t) => (
              <option key={t.value} value={t.value}>
                {t.value} {t.label ?? ""} ({t.count})
              </option>
            ))}
            {cameo && !types.data?.types.some((t) => t.value === cameo) && <option value={cameo}>{cameo}</option>}
          </select>
        </label>
        <label>
          <span>from</span>
          <input type="date" value={from} onChange={(e) => set({ from: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          <span>to</span>
          <input type="date" value={to} onChange={(e) => set({ to: (e.target as HTMLInputElement).value })} />
        </label>
        <span class="legend-inline">
          {[1, 2, 3, 4].map((q) => (
            <span key={q} class="legend-dot">
              <svg width="10" height="10" aria-hidden="true">
                <circle cx="5" cy="5" r="5" fill={QUAD_COLORS[q]} />
              </svg>{" "}
              {QUAD_NAMES[q]}
            </span>
          ))}
          <span class="legend-dot legend-borrowed">
            <svg width="10" height="10" aria-hidden="true">
              <circle cx="5" cy="5" r="4" fill="#fff" stroke="#555" stroke-width="2" />
            </svg>{" "}
            hollow: not the place's own point (its container's, a neighbour's or its country's)
          </span>
        </span>
      </form>
      {points.error && <p class="error">{points.error.message}</p>}
      <figure class="map-figure">
        <div class="zoom-controls">
          <button type="button" onClick={() => zoomAt(2)} aria-label="zoom in">
            +
          </button>
          <button type="button" onClick={() => zoomAt(0.5)} aria-label="zoom out">
            −
          </button>
          <button type="button" onClick={() => setView(HOME)} aria-label="whole world">
            ⟲
          </button>
        </div>
        <svg
          ref={svg}
          class="world"
          viewBox={box.join(" ")}
          role="img"
          aria-label="World map of event locations"
          onWheel={(e) => {
            e.preventDefault();
            zoomAt(e.deltaY < 0 ? 1.25 : 0.8, toMap(e.clientX, e.clientY, view));
          }}
          onPointerDown={(e) => {
            drag.current = { x: e.clientX, y: e.clientY, view };
            (e.currentTarget as Element).setPointerCapture(e.pointerId);
          }}
          onPointerMove={(e) => {
            const d = drag.current;
            if (!d || !svg.current) return;
            const rect = svg.current.getBoundingClientRect();
            const dx = ((e.clientX - d.x) / rect.width) * (WIDTH / d.view.k);
            const dy = ((e.clientY - d.y) / rect.height) * (HEIGHT / d.view.k);
            setView(clampView({ k: d.view.k, cx: d.view.cx - dx, cy: d.view.cy - dy }));
          }}
          onPointerUp={() => (drag.current = null)}
          onPointerCancel={() => (drag.current = null)}
        >
          <path class="sphere" d={base.sphere} />
          <path class="graticule" d={base.graticule} />
          <g class="countries">
            {base.countries.map((c) => (
              <path key={c.id} d={c.d}>
                <title>{c.name}</title>
              </path>
            ))}
          </g>
          <g class="points">
            {drawOrder.map(({ p, xy }) => {
              const color = QUAD_COLORS[dominantQuad(p.quad)];
              // A borrowed point is drawn hollow, ringed in its quad colour: it marks another place's coordinates.
              const borrowed = isBorrowed(p);
              return (
                <circle
                  key={pointKey(p)}
                  class={borrowed ? "point borrowed" : "point"}
                  cx={xy[0]}
                  cy={xy[1]}
                  r={radius(p.count) / view.k}
                  fill={borrowed ? "#fff" : color}
                  stroke={borrowed ? color : undefined}
                  data-place={p.name}
                  data-point={p.point ?? undefined}
                >
                  <title>{describe(p)}</title>
                </circle>
              );
            })}
          </g>
          <g class="point-labels" aria-hidden="true" font-size={11 / view.k} stroke-width={3 / view.k}>
            {labels.map((l) => (
              <text key={l.key} x={l.x} y={l.y} text-anchor={l.anchor}>
                {l.text}
              </text>
            ))}
          </g>
        </svg>
        <figcaption class="muted">
          {points.data ? `${placed.length} place${placed.length === 1 ? "" : "s"} with events${cameo ? ` of type ${cameo}` : ""}` : "Loading…"}. Point size
          shows the number of events, colour the most frequent quad class; a hollow point stands at another place's coordinates (the town or
          division it lies in, a place it is near, or its country) because the gazetteer has none of its own.
        </figcaption>
      </figure>
      {placed.length > 0 && (
        <section class="panel">
          <h2>Places</h2>
          <table class="table places">
            <thead>
              <tr>
                <th>place</th>
                <th>country</th>
                <th>kind</th>
                <th>point</th>
                <th>events</th>
                <th>first</th>
                <th>last</th>
              </tr>
            </thead>
            <tbody>
              {placed.map(({ p }) => (
                <tr key={pointKey(p)}>
                  <td>{p.name}</td>
                  <td>{p.country ?? ""}</td>
                  <td>{featureName(p.featureType) ?? ""}</td>
                  <td>{borrowedNote(p) ?? "its own"}</td>
                  <td>{p.count}</td>
                  <td>{p.first ?? ""}</td>
                  <td>{p.last ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
