// Dyad page: two actors or countries (codes or prefixes); events between them per day/week/month as
// bars stacked by quad class with the mean Goldstein score as a line (Chart.js), and the events list
// linked to their articles. URL: /dyad/IRN/IRQ?interval=month&from=&to=
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import { useEffect, useRef, useState } from "preact/hooks";
import { useApi, type ApiTypes, type Timeline } from "../api.js";
import { ActorPicker } from "../components/actor-picker.js";
import { QUAD_COLORS, QUAD_NAMES } from "../lib/format.js";
import { href, navigate, type Location } from "../router.js";

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

function TimelineChart({ timeline, title }: { timeline: Timeline; title: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const labels = timeline.buckets.map((b) => b.period);
    const chart = new Chart(canvas.current, {
      data: {
        labels,
        datasets: [
          ...[1, 2, 3, 4].map((q) => ({
            type: "bar" as const,
            label: QUAD_NAMES[q],
            data: timeline.buckets.map((b) => b.quad[q - 1]),
            backgroundColor: QUAD_COLORS[q],
            stack: "events",
            yAxisID: "y",
            order: 2,
          })),
          {
            type: "line" as const,
            label: "Mean Goldstein",
            data: timeline.buckets.map((b) => b.goldstein),
            borderColor: "#333",
            backgroundColor: "#333",
            yAxisID: "y1",
            tension: 0.2,
            spanGaps: true,
            order: 1,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, title: { display: true, text: "events" }, ticks: { precision: 0 } },
          y1: { position: "right", min: -10, max: 10, grid: { drawOnChartArea: false }, title: { display: true, text: "Goldstein" } },
        },
        plugins: { legend: { position: "bottom" } },
      },
    });
    return () => chart.destroy();
  }, [timeline]);
  return (
    <div class="chart-box">
      <canvas ref={canvas} role="img" aria-label={title} />
    </div>
  );
}

export function DyadView({ loc, params }: { loc: Location; params: string[] }) {
  const [a, b] = [params[0] ?? "", params[1] ?? ""].map((s) => s.toUpperCase());
  const interval = (["day", "week", "month"] as const).find((i) => i === loc.query.get("interval")) ?? "month";
  const from = loc.query.get("from") ?? "";
  const to = loc.query.get("to") ?? "";
  const [draftA, setDraftA] = useState(a);
  const [draftB, setDraftB] = useState(b);
  useEffect(() => {
    setDraftA(a);
    setDraftB(b);
  }, [a, b]);
  const ready = Boolean(a && b);
  const scope = { dyad: ready ? `${a},${b}` : null, from, to };
  const timeline = useApi<Timeline>(ready ? href("/api/aggregations/timeline", { ...scope, interval }) : null);
  const events = useApi<ApiTypes["events"]>(ready ? href("/api/events", { ...scope, limit: 200 }) : null);
  const go = (changes: { a?: string; b?: string; interval?: string; from?: string; to?: string }, replace = false) => {
    const na = (changes.a ?? a).trim();
    const nb = (changes.b ?? b).trim();
    const path = na && nb ? `/dyad/${encodeURIComponent(na)}/${encodeURIComponent(nb)}` : "/dyad";
    navigate(href(path, { interval: changes.interval ?? interval, from: changes.from ?? from, to: changes.to ?? to }), { replace });
  };
  return (
    <div class="dyad-layout">
      <form
        class="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          go({ a: draftA, b: draftB });
        }}
      >
        <ActorPicker id="dyad-a" label="Actor A" value={draftA} onInput={setDraftA} />
        <ActorPicker id="dyad-b" label="Actor B" value={draftB} onInput={setDraftB} />
        <button type="submit">Show</button>
        <label>
          <span>by</span>
          <select value={interval} onChange={(e) => go({ interval: (e.target as HTMLSelectElement).value }, true)}>
            <option value="day">day</option>
            <option value="week">week</option>
            <option value="month">month</option>
          </select>
        </label>
        <label>
          <span>from</span>
          <input type="date" value={from} onChange={(e) => go({ from: (e.target as HTMLInputElement).value }, true)} />
        </label>
        <label>
          <span>to</span>
          <input type="date" value={to} onChange={(e) => go({ to: (e.target as HTMLInputElement).value }, true)} />
        </label>
      </form>
      {!ready && <p class="muted">Pick two actor or country codes (prefixes work: IRN covers IRNGOV and IRNMIL), e.g. <a href="/dyad/IRN/IRQ">IRN–IRQ</a>.</p>}
      {ready && (
        <>
          <h1>
            {a} – {b} <span class="muted">events in both directions, by {interval}</span>
          </h1>
          {timeline.error && <p class="error">{timeline.error.message}</p>}
          {timeline.data && timeline.data.buckets.length === 0 && <p class="muted">No dated events between {a} and {b}.</p>}
          {timeline.data && timeline.data.buckets.length > 0 && (
            <>
              <TimelineChart timeline={timeline.data} title={`Events between ${a} and ${b} by ${interval}, stacked by quad class, with mean Goldstein`} />
              <details class="panel">
                <summary>Timeline data</summary>
                <table class="table timeline-table">
                  <thead>
                    <tr>
                      <th>{interval}</th>
                      <th>events</th>
                      {[1, 2, 3, 4].map((q) => (
                        <th key={q}>{QUAD_NAMES[q]}</th>
                      ))}
                      <th>mean Goldstein</th>
                    </tr>
                  </thead>
                  <tbody>
                    {timeline.data.buckets.map((bk) => (
                      <tr key={bk.period}>
                        <td>{bk.period}</td>
                        <td>{bk.total}</td>
                        {bk.quad.map((n, i) => (
                          <td key={i}>{n}</td>
                        ))}
                        <td>{bk.goldstein ?? "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
              {timeline.data.undated > 0 && (
                <p class="muted">
                  {timeline.data.undated} event{timeline.data.undated === 1 ? " has" : "s have"} no date precise enough for this interval.
                </p>
              )}
            </>
          )}
          {events.data && (
            <section class="panel">
              <h2>
                Events <span class="muted">({events.data.total})</span>
                <a class="export" href={href("/api/export/csv", { dyad: `${a},${b}`, from, to })} download>
                  CSV
                </a>
                <a class="export" href={href("/api/export/gdelt", { dyad: `${a},${b}`, from, to })} download>
                  GDELT TSV
                </a>
                <a class="export" href={href("/api/export/plover", { dyad: `${a},${b}`, from, to })} download>
                  PLOVER JSONL
                </a>
              </h2>
              <table class="table event-table">
                <thead>
                  <tr>
                    <th>date</th>
                    <th>source</th>
                    <th>event</th>
                    <th>target</th>
                    <th>place</th>
                    <th>article</th>
                  </tr>
                </thead>
                <tbody>
                  {events.data.events.map((e) => (
                    <tr key={`${e.articleId}/${e.id}`} class={e.cameo.quadClass ? `quad-${e.cameo.quadClass}` : ""}>
                      <td>{e.date?.value ?? "—"}</td>
                      <td>{e.source?.code ?? e.source?.text ?? "—"}</td>
                      <td>
                        <span class="cameo">{e.cameo.code}</span> {e.cameo.label}
                        {e.negated ? " (negated)" : ""}
                      </td>
                      <td>{e.target?.code ?? e.target?.text ?? "—"}</td>
                      <td>{e.location?.name ?? "—"}</td>
                      <td>
                        <a href={href(`/article/${encodeURIComponent(e.articleId)}`, { event: e.id })}>{e.articleTitle || e.articleId}</a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
        </>
      )}
    </div>
  );
}
