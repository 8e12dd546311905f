// The ingest entry points: files, directories, globs and stdin in; one ReadResult per article or failure out.
import { readFile, readdir, stat } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { readBytes } from "./read.js";
import { failure, formatSize, resolveOptions } from "./result.js";
import type { ReadOptions, ReadResult, ResolvedOptions } from "./types.js";

export type { ReadOptions, ReadResult, SkippedInput } from "./types.js";
export { DEFAULT_MAX_BYTES } from "./types.js";
export type { IngestErrorCode } from "./result.js";
export { BOILERPLATE_RULES, boilerplateReason, filterBoilerplate } from "./boilerplate.js";
export { parseScrapedText } from "./text.js";
export { extractHtml } from "./html.js";

/** The name stdin's results carry. */
export const STDIN_NAME = "stdin";

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function isFile(path: string, options: ResolvedOptions): Promise<boolean> {
  try {
    return (await stat(onDisk(path, options))).isFile();
  } catch {
    // a dangling link names nothing to read; it is not an input
    return false;
  }
}

/** Files under a directory, recursively, skipping dotfiles and dot-directories, in a stable order. */
async function listDirectory(dir: string, options: ResolvedOptions): Promise<string[]> {
  const entries = await readdir(onDisk(dir, options), { withFileTypes: true });
  entries.sort((a, b) => byCodeUnits(a.name, b.name));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listDirectory(full, options)));
    else if (entry.isFile()) files.push(full);
    // Symlinked files are read; symlinked directories are not followed, which rules out cycles.
    else if (entry.isSymbolicLink() && (await isFile(full, options))) files.push(full);
  }
  return files;
}

async function readStdin(options: ResolvedOptions): Promise<Uint8Array | string> {
  const maxBytes = options.maxBytes;
  if (options.readStdin) {
    const bytes = await options.readStdin();
    return bytes.length > maxBytes ? `input is ${formatSize(bytes.length)}, over the ${formatSize(maxBytes)} limit` : bytes;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += buffer.length;
    if (total > maxBytes) return `input is over the ${formatSize(maxBytes)} limit`;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function onDisk(path: string, options: ResolvedOptions): string {
  return options.cwd ? resolve(options.cwd, path) : path;
}

const SIDECAR = /\.meta\.json$/;

/** Metadata a sidecar file (`article.txt` + `article.meta.json`) gives the articles of its file. */
interface Sidecar {
  published?: string;
  url?: string;
  source?: string;
  title?: string;
  tags?: string[];
}

async function readSidecar(file: string, options: ResolvedOptions): Promise<Sidecar | string | null> {
  const path = onDisk(file.replace(/(\.[^./\\]+)?$/, ".meta.json"), options);
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch {
    return null; // no sidecar: the common case
  }
  try {
    const meta = JSON.parse(raw) as Sidecar;
    if (meta.published != null && !/^\d{4}-\d{2}-\d{2}$/.test(meta.published)) return `${path}: "published" is not YYYY-MM-DD`;
    return meta;
  } catch (error) {
    return `${path}: invalid JSON (${(error as Error).message})`;
  }
}

/** Fill what a reader did not find from the sidecar; the article's text and identity are unchanged. */
function withSidecar(result: ReadResult, meta: Sidecar): ReadResult {
  if (!result.ok) return result;
  const a = result.article;
  return {
    ...result,
    article: {
      ...a,
      published: a.published ?? meta.published ?? null,
      url: a.url ?? meta.url ?? null,
      source: a.source ?? meta.source ?? null,
      title: a.title ?? meta.title ?? null,
      tags: a.tags.length ? a.tags : meta.tags ?? [],
    },
  };
}

async function* readFileInput(file: string, options: ResolvedOptions): AsyncGenerator<ReadResult> {
  if (SIDECAR.test(file)) {
    options.onSkip({ input: file, reason: "metadata sidecar, read with its article" });
    return;
  }
  const meta = await readSidecar(file, options);
  if (typeof meta === "string") {
    yield failure(file, "ingest.json", meta);
    return;
  }
  if (meta) {
    for await (const result of readFileBytes(file, options)) yield withSidecar(result, meta);
    return;
  }
  yield* readFileBytes(file, options);
}

async function* readFileBytes(file: string, options: ResolvedOptions): AsyncGenerator<ReadResult> {
  let bytes: Uint8Array;
  try {
    const info = await stat(onDisk(file, options));
    if (info.size > options.maxBytes) {
      yield failure(file, "ingest.too-large", `file is ${formatSize(info.size)}, over the ${formatSize(options.maxBytes)} limit`);
      return;
    }
    bytes = await readFile(onDisk(file, options));
  } catch (error) {
    yield failure(file, "ingest.unreadable", `cannot read: ${(error as Error).message}`, error);
    return;
  }
  yield* readBytes(file, bytes, options);
}

/** Expand one path argument to files, or to the reason it names none. */
async function expandPath(path: string, options: ResolvedOptions): Promise<string[] | string> {
  try {
    const info = await stat(onDisk(path, options));
    if (info.isDirectory()) return await listDirectory(path, options);
    return [path];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") return `cannot read: ${(error as Error).message}`;
  }
  if (isDynamicPattern(path)) {
    const files = await glob(path, { onlyFiles: true, dot: false, expandDirectories: false, followSymbolicLinks: false, absolute: isAbsolute(path), cwd: options.cwd ?? undefined });
    return files.length > 0 ? files.sort(byCodeUnits) : "no files match this pattern";
  }
  return "no such file or directory";
}

/**
 * Read articles from files, directories (recursive), glob patterns and "-" (stdin). Every article and
 * every unreadable input (file, `file:line` or `file#record-N`) is yielded in order; nothing throws for
 * bad input. Only invalid options throw, as an InputError, when iteration starts.
 */
export async function* readInputs(paths: string[], options?: ReadOptions): AsyncGenerator<ReadResult> {
  const resolved = resolveOptions(options);
  for (const path of paths) {
    if (path === "-") {
      const bytes = await readStdin(resolved);
      if (typeof bytes === "string") yield failure(STDIN_NAME, "ingest.too-large", bytes);
      else yield* readBytes(STDIN_NAME, bytes, resolved);
      continue;
    }
    const files = await expandPath(path, resolved);
    if (typeof files === "string") {
      yield failure(path, files.startsWith("cannot") ? "ingest.unreadable" : "ingest.not-found", files);
      continue;
    }
    for (const file of files) yield* readFileInput(file, resolved);
  }
}

/** Read one named input held in memory (stdin, an HTTP upload): all its results. */
export async function readBuffer(name: string, bytes: Uint8Array, options?: ReadOptions): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readBytes(name, bytes, resolveOptions(options))) results.push(result);
  return results;
}
