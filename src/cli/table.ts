// Plain aligned text tables for the terminal.

/** Render rows as a left-aligned table with a header rule; cells are cut to `maxWidth`. */
export function formatTable(header: readonly string[], rows: readonly (readonly unknown[])[], maxWidth = 40): string {
  const cells = [header, ...rows].map((r) =>
    r.map((v) => {
      const s = v == null ? "" : String(v).replace(/\s+/g, " ");
      return s.length > maxWidth ? s.slice(0, maxWidth - 1) + "…" : s;
    }),
  );
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]?.length ?? 0)));
  const render = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [render(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(render)].join("\n");
}
