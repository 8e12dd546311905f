// Where the package's own files live, whether running from src/ (tsx) or dist/ (compiled).
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("sitrep: cannot find the package root");
    dir = parent;
  }
  return dir;
}

/** The package root (the folder holding package.json). */
export const PACKAGE_ROOT = findPackageRoot();

/** A path inside the package's committed resources/ folder. */
export function resourcePath(...parts: string[]): string {
  return resolve(PACKAGE_ROOT, "resources", ...parts);
}

/** The bundled example articles. */
export const EXAMPLES_DIR = resolve(PACKAGE_ROOT, "examples");
