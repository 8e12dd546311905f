// Build of the dashboard (Vite + Preact): `vite build --config web/vite.config.ts` writes web/dist,
// which `sitrep serve` hosts. Everything is bundled: no CDN, no web fonts, no inline scripts (CSP).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
  publicDir: false,
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The polyfill would be injected inline, which the Content-Security-Policy forbids.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 700,
    reportCompressedSize: false,
  },
  server: {
    // `npx vite --config web/vite.config.ts` during development, with `sitrep serve` on 8080 for the API.
    proxy: { "/api": "http://127.0.0.1:8080" },
  },
});
