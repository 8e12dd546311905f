// Deciding what an input is: by its magic bytes and file extension first, then by a look at its content.
import { bomEncoding, sniffUtf16 } from "./encoding.js";

export type InputKind = "gzip" | "warc" | "html" | "feed" | "jsonl" | "json" | "text";

const EXTENSIONS: Record<string, InputKind> = {
  warc: "warc",
  html: "html",
  htm: "html",
  xhtml: "html",
  shtml: "html",
  xml: "feed",
  rss: "feed",
  atom: "feed",
  rdf: "feed",
  jsonl: "jsonl",
  ndjson: "jsonl",
  json: "json",
  txt: "text",
  text: "text",
  md: "text",
};

const SNIFF_BYTES = 8192;

/** Whether bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Whether bytes look like a WARC file (every record starts with a "WARC/1.x" version line). */
export function isWarc(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 16)).toString("latin1");
  return /^\s*WARC\/\d\.\d+\r?\n/.test(head);
}

/**
 * Whether the bytes are binary rather than text: NUL bytes or many control characters in the first 8 KB.
 * UTF-16 text is recognised first, because it is full of NUL bytes.
 */
export function isBinary(bytes: Uint8Array): boolean {
  if (bomEncoding(bytes) || sniffUtf16(bytes)) return false;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // Tab, LF, FF, CR and ESC (ISO-2022 escapes) occur in text; other C0 codes and DEL do not.
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 0x1b) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** The extension that decides a file's kind, with a trailing ".gz" removed. */
export function extensionOf(name: string): string {
  const base = name.replace(/\.gz$/i, "").split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** The kind of a (non-binary, decompressed) input: by extension, else by its first characters. */
export function sniffKind(name: string, bytes: Uint8Array): InputKind {
  if (isGzip(bytes)) return "gzip";
  if (isWarc(bytes)) return "warc";
  const byExtension = EXTENSIONS[extensionOf(name)];
  if (byExtension) return byExtension;

  const bom = bomEncoding(bytes);
  const encoding = bom?.encoding ?? sniffUtf16(bytes) ?? "latin1";
  const slice = Buffer.from(bytes.buffer, bytes.byteOffset + (bom?.length ?? 0), Math.min(bytes.length - (bom?.length ?? 0), SNIFF_BYTES));
  const head = (encoding.startsWith("utf-16") ? new TextDecoder(encoding).decode(slice) : slice.toString("latin1")).trimStart();
  if (/^<\?xml\b/i.test(head)) return /<html[\s>]/i.test(head) && !/<(?:rss|feed|rdf:RDF)\b/.test(head) ? "html" : "feed";
  if (/^<(?:rss|feed|rdf:RDF)\b/.test(head)) return "feed";
  if (/^<(?:!doctype html|html|head|body)\b/i.test(head)) return "html";
  if (/^<(?:!--|[a-z][\w-]*[\s>])/i.test(head) && /<(?:p|div|article|body|title|meta|h[1-6])[\s>]/i.test(head)) return "html";
  if (head.startsWith("{")) return "jsonl";
  if (head.startsWith("[")) return "json";
  return "text";
}
