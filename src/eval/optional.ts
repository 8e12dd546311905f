// Finding capabilities other parts of sitrep may not have yet (the NER tagger's word-level API, the
// PETRARCH dictionary parsers): the harness reports "not implemented" instead of failing to load.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Exported values found by name, with the module each came from. */
export type FoundExports = Map<string, { value: unknown; module: string }>;

/**
 * Look in the source modules of one folder (not recursive, tests skipped) for exports with the given
 * names. A module is imported only if its text declares one of the names, so unrelated modules (build
 * scripts) are never run. The first module in file-name order wins for each name.
 */
export async function findExports(folder: string, names: readonly string[]): Promise<FoundExports> {
  const found: FoundExports = new Map();
  if (!existsSync(folder)) return found;
  const files = readdirSync(folder)
    .filter((f) => /\.(ts|js)$/.test(f) && !/\.(test|spec)\.(ts|js)$/.test(f) && !f.endsWith(".d.ts"))
    .sort();
  for (const file of files) {
    const path = join(folder, file);
    const source = readFileSync(path, "utf8");
    const declared = names.filter((name) => !found.has(name) && declaresExport(source, name));
    if (declared.length === 0) continue;
    const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    for (const name of declared) {
      if (name in module) found.set(name, { value: module[name], module: path });
    }
  }
  return found;
}

/** Whether module text declares `name` as an export (function, const, class, or export list). */
export function declaresExport(source: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const declaration = new RegExp(`export\\s+(async\\s+)?(function\\*?|const|let|class)\\s+${escaped}\\b`);
  const list = new RegExp(`export\\s*\\{[^}]*\\b${escaped}\\b[^}]*\\}`);
  return declaration.test(source) || list.test(source);
}

/** A found export if it is a function, else undefined. */
export function foundFunction<F extends (...args: never[]) => unknown>(found: FoundExports, name: string): F | undefined {
  const entry = found.get(name);
  return typeof entry?.value === "function" ? (entry.value as F) : undefined;
}
