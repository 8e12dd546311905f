// Character decoding: BOM, then a transport charset (HTTP header), then the document's own declaration,
// then UTF-8 if the bytes are valid UTF-8, else windows-1252 (what browsers assume for legacy pages).
import iconv from "iconv-lite";

export type MarkupKind = "html" | "xml" | "plain";

export interface Decoded {
  text: string;
  /** The encoding actually used (an iconv-lite name). */
  encoding: string;
  warnings: string[];
}

// Labels that the WHATWG Encoding standard maps to another decoder: pages declaring latin-1 are
// in practice windows-1252, and a byte stream cannot really be UTF-16 when it declares so in ASCII.
const LABEL_ALIASES: Record<string, string> = {
  "iso-8859-1": "windows-1252",
  "iso8859-1": "windows-1252",
  "iso_8859-1": "windows-1252",
  latin1: "windows-1252",
  "latin-1": "windows-1252",
  l1: "windows-1252",
  ascii: "windows-1252",
  "us-ascii": "windows-1252",
  cp1252: "windows-1252",
  "iso-8859-9": "windows-1254",
  "iso-8859-11": "windows-874",
  "tis-620": "windows-874",
  "x-sjis": "shift_jis",
  gb2312: "gbk",
  "utf-16": "utf-8",
  "utf-16le": "utf-8",
  "utf-16be": "utf-8",
  unicode: "utf-8",
  utf8: "utf-8",
};

const PRESCAN_BYTES = 4096;

/** The encoding named by a BOM and the BOM's length, if the bytes start with one. */
export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: ASCII-range text where every other byte is zero. Returns the byte order or null.
 * Checked before the binary test, because such text is full of NUL bytes.
 */
export function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero < pairs * 0.1) return "utf-16le";
  if (evenZero > pairs * 0.9 && oddZero < pairs * 0.1) return "utf-16be";
  return null;
}

/** Pull the charset parameter out of a Content-Type value such as `text/html; charset="windows-1256"`. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?\s*([^\s"';,]+)/i.exec(contentType);
  return m ? m[1] : null;
}

/** The charset a document declares in its first bytes: an XML declaration or an HTML meta tag. */
export function declaredCharset(bytes: Uint8Array, kind: MarkupKind): string | null {
  if (kind === "plain") return null;
  // Declarations are ASCII, so a single-byte view of the head is enough to find them.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString("latin1");
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1];
  if (kind !== "html") return null;
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(tag);
    if (direct) return direct[1];
  }
  return null;
}

/** Map a declared label to an encoding iconv-lite can decode, or null if it is unknown. */
export function resolveLabel(label: string): string | null {
  const key = label.trim().toLowerCase();
  const mapped = LABEL_ALIASES[key] ?? key;
  return iconv.encodingExists(mapped) ? mapped : null;
}

/** Whether the bytes are well-formed UTF-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    // fatal decoding throws exactly when the bytes are not UTF-8; that is the answer, not a failure
    return false;
  }
}

/**
 * Decode bytes to a string. `transportCharset` (from an HTTP Content-Type) outranks the document's own
 * declaration, as in browsers; a BOM outranks both.
 */
export function decodeBytes(bytes: Uint8Array, kind: MarkupKind, transportCharset?: string | null): Decoded {
  const warnings: string[] = [];
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = bomEncoding(bytes);
  if (bom) {
    return { text: iconv.decode(buffer.subarray(bom.length), bom.encoding, { stripBOM: false }), encoding: bom.encoding, warnings };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: iconv.decode(buffer, utf16), encoding: utf16, warnings };

  for (const label of [transportCharset, declaredCharset(bytes, kind)]) {
    if (!label) continue;
    const encoding = resolveLabel(label);
    if (encoding) return { text: iconv.decode(buffer, encoding), encoding, warnings };
    warnings.push(`unknown charset "${label}" ignored`);
  }
  if (isValidUtf8(bytes)) return { text: buffer.toString("utf8"), encoding: "utf-8", warnings };
  warnings.push("not valid UTF-8 and no charset declared: decoded as windows-1252");
  return { text: iconv.decode(buffer, "windows-1252"), encoding: "windows-1252", warnings };
}
