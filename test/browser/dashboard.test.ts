// The dashboard in a real browser (Debian's chromium driven by playwright-core), against a server
// on a store filled with hand-made fixtures: search → article with highlighted evidence → IRN–IRQ
// timeline → map; hostile HTML in titles and texts stays inert. Screenshots go to test-artifacts/.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { FOUNDING_ID, HOSTILE_TITLE, fillFixtureStore } from "../../src/server/fixtures.js";
import { serve, type RunningServer } from "../../src/server/serve.js";
import { openSqliteStore, type SqliteStore } from "../../src/store/sqlite/sqlite-store.js";

const CHROMIUM = "/usr/bin/chromium";
const WEB = join(PACKAGE_ROOT, "web");
const DIST = join(WEB, "dist");
const ARTIFACTS = join(PACKAGE_ROOT, "test-artifacts");
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  console.warn(`browser tests skipped: ${CHROMIUM} does not exist (install Debian's chromium: apt-get install chromium)`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(path) : st.mtimeMs);
  }
  return newest;
}

/** Build the dashboard when web/dist is missing or older than its sources. */
async function ensureDashboardBuilt(): Promise<void> {
  const index = join(DIST, "index.html");
  const stale = !existsSync(index) || statSync(index).mtimeMs < Math.max(newestMtime(join(WEB, "src")), statSync(join(WEB, "index.html")).mtimeMs);
  if (!stale) return;
  const { build } = await import("vite");
  await build({ configFile: join(WEB, "vite.config.ts"), logLevel: "warn" });
}

describe.skipIf(!hasChromium)("dashboard in chromium", () => {
  let store: SqliteStore;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  let profileDir: string;
  let dbDir: string;
  const pageErrors: string[] = [];
  const url = (path: string) => new URL(path, server.url).href;
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    await ensureDashboardBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    dbDir = mkdtempSync(join(tmpdir(), "sitrep-browser-db-"));
    store = fillFixtureStore(openSqliteStore(join(dbDir, "fixtures.db")));
    server = await serve({ store, port: 0, host: "127.0.0.1" });
    profileDir = mkdtempSync(join(tmpdir(), "sitrep-chromium-"));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-quic",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1360, height: 900 },
    });
    // Record CSP violations the page reports; the init script runs outside the page's CSP.
    await context.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (error) => pageErrors.push(error.message));
    // Nothing may leave the machine: any request to another origin fails the test.
    await context.route(/.*/, (route) => {
      const u = new URL(route.request().url());
      if (u.origin === new URL(server.url).origin || u.protocol === "data:") return route.continue();
      pageErrors.push(`external request: ${u.href}`);
      return route.abort();
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    store?.close();
    for (const dir of [profileDir, dbDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const cspViolations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

  it("renders the first page quickly and finds the founding article", async () => {
    const t0 = Date.now();
    await page.goto(url("/"));
    await page.locator(".hit").first().waitFor();
    const firstPageMs = Date.now() - t0;
    console.log(`first page (search, latest articles) rendered in ${firstPageMs} ms`);
    expect(firstPageMs).toBeLessThan(1000);
    await page.getByRole("searchbox", { name: "Search articles" }).fill("Iran Iraq");
    await page.getByRole("button", { name: "Search" }).click();
    await expect.poll(() => page.url()).toContain("/search?q=Iran+Iraq");
    const hit = page.locator(".hit", { hasText: "Iran and Iraq meet" });
    await hit.waitFor();
    expect(await hit.locator("mark").allTextContents()).toEqual(expect.arrayContaining(["Iran", "Iraq"]));
    await expect.poll(() => page.locator(".facet h3").allTextContents()).toEqual(["Source", "Year", "Event type"]);
    await shot("01-search");
  });

  it("opens the article, lists its events, and highlights a card's evidence on hover", async () => {
    await page.locator(".hit-title", { hasText: "Iran and Iraq meet" }).click();
    await expect.poll(() => page.url()).toContain(`/article/${FOUNDING_ID}`);
    const card = page.locator(".event-card");
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.first().locator(".triple").textContent()).toMatch(/IRNMIL.*Mohammad Baqeri.*040.*Consult.*IRQGOV/);
    expect(await page.locator(".annotated .m-trigger").allTextContents()).toEqual(["met040"]);
    expect(await page.locator(".annotated .evidence").count()).toBe(0);
    // The pronoun "he" is marked as a mention of Baqeri's actor.
    expect(await page.locator(".annotated .m-mention").getAttribute("title")).toBe("pronoun → Mohammad Baqeri (IRNMIL)");
    // Pointing at the pronoun lights up every mention of that actor.
    await page.locator(".annotated .m-mention").hover();
    await expect.poll(() => page.locator(".annotated .actor-focus").allTextContents()).toEqual(["Mohammad BaqeriPERSON IRNMIL", "heIRNMIL"]);
    await page.mouse.move(0, 0);
    await card.first().hover();
    // The text of evidence segments, without the layer labels appended to them.
    const evidence = (role: string) =>
      page.locator(`.annotated .evidence-${role}`).evaluateAll((els) =>
        els.map((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join("")),
      );
    await expect.poll(() => evidence("trigger")).toEqual(["met"]);
    expect((await evidence("source")).join("")).toBe("Mohammad Baqeri");
    expect((await evidence("target")).join("")).toBe("Iraq’s defence minister");
    expect((await evidence("location")).join("")).toBe("Tehran");
    expect((await evidence("date")).join("")).toBe("on Sunday");
    await shot("02-article-evidence");
    await page.mouse.move(0, 0);
    await expect.poll(() => page.locator(".annotated .evidence").count()).toBe(0);
    // Keyboard users get the same: focus highlights.
    await card.first().focus();
    await expect.poll(() => evidence("trigger")).toEqual(["met"]);
    // The rule is one click away.
    const rule = card.first().locator(".why .rule");
    expect(await rule.isVisible()).toBe(false);
    await card.first().locator(".why summary").click();
    expect(await rule.textContent()).toBe("test:meet");
    expect(await card.first().locator(".why .sentence mark").textContent()).toBe("met");
    await shot("03-article-rule");
  });

  it("keeps a pinned event and hidden layers in a reloadable URL", async () => {
    await page.locator(".event-card .triple").first().click();
    await expect.poll(() => page.url()).toContain("event=ev1");
    await page.locator(".legend-item", { hasText: "Entities" }).locator("input").uncheck();
    await expect.poll(() => page.url()).toContain("hide=entity");
    await page.reload();
    await page.locator(".event-card.pinned").waitFor();
    expect(await page.locator(".annotated .m-entity").count()).toBe(0);
    expect(await page.locator(".annotated .evidence-trigger").textContent()).toMatch(/^met/);
  });

  it("follows the card to the IRN–IRQ timeline, which shows the events", async () => {
    await page.locator(".pair-link", { hasText: "IRN–IRQ timeline" }).click();
    await expect.poll(() => page.url()).toContain("/dyad/IRN/IRQ");
    const canvas = page.locator(".chart-box canvas");
    await canvas.waitFor();
    // The chart drew something: some pixels are not transparent.
    await expect
      .poll(() =>
        canvas.evaluate((c: HTMLCanvasElement) => {
          const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
          let painted = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
          return painted;
        }),
      )
      .toBeGreaterThan(1000);
    const rows = page.locator(".timeline-table tbody tr");
    expect(await rows.locator("td:first-child").allTextContents()).toEqual(["2020-11", "2020-12", "2021-01"]);
    const events = page.locator(".event-table tbody tr");
    await expect.poll(() => events.count()).toBe(4);
    expect(await events.locator("a", { hasText: "Iran and Iraq meet" }).count()).toBe(1);
    await shot("04-dyad-timeline");
    await page.locator(".toolbar select").first().selectOption("week");
    await expect.poll(() => page.url()).toContain("interval=week");
    await expect.poll(() => rows.locator("td:first-child").allTextContents()).toEqual(["2020-W46", "2020-W49", "2021-W03"]);
  });

  it("shows Tehran on the map, filterable by event type, with the filter in the URL", async () => {
    await page.getByRole("link", { name: "Map" }).click();
    const tehran = page.locator('circle.point[data-place="Tehran"]');
    await tehran.waitFor();
    expect(await tehran.locator("title").textContent()).toMatch(/^Tehran, IRN \(city\) — 1 event · 2020-11-15/);
    expect(await tehran.getAttribute("class")).toBe("point");
    expect(await page.locator(".point-labels text").allTextContents()).toContain("Tehran");
    expect(await page.locator(".world .countries path").count()).toBeGreaterThan(150);
    await shot("05-map");
    // Zoom is part of the URL too.
    await page.getByRole("button", { name: "zoom in" }).click();
    await expect.poll(() => page.url()).toMatch(/zoom=2,480,250/);
    expect(await page.locator("svg.world").getAttribute("viewBox")).toBe("240 125 480 250");
    await page.getByRole("button", { name: "whole world" }).click();
    await expect.poll(() => page.url()).not.toContain("zoom=");
    // A shared zoomed URL reloads to the same view: the Middle East, labels at readable size.
    await page.goto(url("/map?zoom=6,590,150"));
    await page.locator('circle.point[data-place="Tehran"]').waitFor();
    expect(await page.locator("svg.world").getAttribute("viewBox")).toBe("510 108.33 160 83.33");
    expect(await page.locator(".point-labels text").allTextContents()).toEqual(expect.arrayContaining(["Tehran", "Baghdad", "Basra"]));
    await shot("05b-map-zoomed");
    await page.goto(url("/map"));
    await page.getByRole("combobox", { name: "event type" }).selectOption("19");
    await expect.poll(() => page.url()).toContain("cameo=19");
    await expect.poll(() => page.locator("circle.point").count()).toBe(1);
    await page.reload();
    await page.locator('circle.point[data-place="Pisky"]').waitFor();
    expect(await page.locator("circle.point").count()).toBe(1);
  });

  it("draws a point at another place's coordinates hollow, says whose they are, and explains it in the legend", async () => {
    await page.goto(url("/map?cameo=19"));
    const pisky = page.locator('circle.point[data-place="Pisky"]');
    await pisky.waitFor();
    expect(await pisky.getAttribute("class")).toBe("point borrowed");
    expect(await pisky.getAttribute("data-point")).toBe("container");
    const paint = await pisky.evaluate((el) => {
      const style = getComputedStyle(el);
      return { fill: style.fill, stroke: style.stroke };
    });
    expect(paint).toEqual({ fill: "rgb(255, 255, 255)", stroke: "rgb(213, 94, 0)" });
    expect(await pisky.locator("title").textContent()).toBe(
      "Pisky, UKR (city) — 1 event · 2020-09-03 (Material conflict 1)\nAt the point of Donetsk, which contains it",
    );
    expect(await page.locator(".legend-borrowed").textContent()).toContain("hollow: not the place's own point");
    expect(await page.locator("table.places tbody tr").first().locator("td").allTextContents()).toEqual([
      "Pisky",
      "UKR",
      "city",
      "at the point of Donetsk, which contains it",
      "1",
      "2020-09-03",
      "2020-09-03",
    ]);
    await shot("05c-map-borrowed-point");
  });

  it("profiles an actor with a counterpart network", async () => {
    await page.goto(url("/actor/IRN?level=country"));
    await page.locator(".network canvas").first().waitFor();
    expect(await page.locator(".counterparts tbody td:first-child").allTextContents()).toEqual(["IRQ", "ISR"]);
    expect(await page.locator(".roles tbody td:first-child").allTextContents()).toEqual(["army chief", "foreign minister"]);
    await shot("06-actor");
  });

  it("renders an article with script tags and onerror attributes as inert text", async () => {
    await page.goto(url("/search?q=Breaking"));
    const title = page.locator(".hit-title");
    await title.waitFor();
    expect(await title.textContent()).toBe(HOSTILE_TITLE);
    await title.click();
    const h1 = page.locator("h1.article-title");
    await h1.waitFor();
    expect(await h1.textContent()).toBe(HOSTILE_TITLE);
    await page.locator(".annotated").waitFor();
    const text = await page.locator(".annotated").textContent();
    expect(text).toContain(`<script>window.__sitrepXss = "text"</script>`);
    expect(text).toContain(`<img src=x onerror="window.__sitrepXss='text-img'">`);
    expect(await page.locator(".event-card .why .rule").textContent()).toBe(`fixture:<script>window.__sitrepXss='rule'</script>`);
    await page.goto(url("/map"));
    await page.locator('circle.point[data-place^="Geneva"]').waitFor();
    await page.goto(url("/search?q=Breaking"));
    await page.locator(".hit-title").click();
    await page.locator(".annotated").waitFor();
    await shot("07-hostile-article");
    const state = await page.evaluate(() => ({
      flag: (window as unknown as { __sitrepXss?: unknown }).__sitrepXss,
      images: document.querySelectorAll("main img").length,
      scripts: [...document.scripts].map((s) => s.src || "inline"),
      bold: document.querySelectorAll("main b").length,
    }));
    expect(state.flag).toBeUndefined();
    expect(state.images).toBe(0);
    expect(state.bold).toBe(0);
    expect(state.scripts.every((s) => s.startsWith(server.url))).toBe(true);
  });

  it("caused no CSP violations, page errors or external requests", async () => {
    expect(await cspViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
