// XML well-formedness check. Hand-written because linkedom's XML parser (htmlparser2) repairs anything
// silently and no validating parser is among the dependencies; this checks structure, not a schema.

// Sticky patterns, matched in place at the current position without copying the rest of the document.
// A DOCTYPE may carry an internal subset in brackets, which itself contains '>'.
const DOCTYPE = /<!doctype[^[>]*(?:\[[\s\S]*?\])?\s*>/iy;
const TAG = /<(\/?)([\p{L}_][\p{L}\p{N}_.:-]*)((?:\s+[\p{L}_][\p{L}\p{N}_.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/uy;

/** The first well-formedness error in an XML document ("line 12: </channel> closes <item> opened at line 9"), or null. */
export function checkXml(xml: string): string | null {
  const stack: { name: string; line: number }[] = [];
  let rootSeen = false;
  let pos = 0;
  let line = 1;
  const advanceTo = (next: number): void => {
    for (let i = pos; i < next; i++) if (xml.charCodeAt(i) === 10) line++;
    pos = next;
  };
  const textError = (text: string): string | null => {
    if (/&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)/.test(text)) return `line ${line}: unescaped "&" in text`;
    if (stack.length === 0 && text.trim()) return `line ${line}: text outside the root element`;
    return null;
  };

  while (pos < xml.length) {
    const lt = xml.indexOf("<", pos);
    const textEnd = lt < 0 ? xml.length : lt;
    const err = textError(xml.slice(pos, textEnd));
    if (err) return err;
    advanceTo(textEnd);
    if (lt < 0) break;

    const skip = (open: string, close: string, what: string): string | null => {
      if (!xml.startsWith(open, pos)) return null;
      const end = xml.indexOf(close, pos + open.length);
      if (end < 0) return `line ${line}: unterminated ${what}`;
      advanceTo(end + close.length);
      return "";
    };
    const special =
      skip("<!--", "-->", "comment") ?? skip("<![CDATA[", "]]>", "CDATA section") ?? skip("<?", "?>", "processing instruction");
    if (special !== null) {
      if (special) return special;
      continue;
    }
    if (xml.slice(pos, pos + 9).toLowerCase() === "<!doctype") {
      DOCTYPE.lastIndex = pos;
      const m = DOCTYPE.exec(xml);
      if (!m) return `line ${line}: malformed DOCTYPE`;
      advanceTo(pos + m[0].length);
      continue;
    }

    TAG.lastIndex = pos;
    const tag = TAG.exec(xml);
    if (!tag && xml.indexOf(">", pos) < 0) return `line ${line}: the document ends inside a tag (is the file truncated?)`;
    if (!tag) return `line ${line}: malformed tag starting "${xml.slice(pos, pos + 20).replace(/\s+/g, " ")}"`;
    const [whole, closing, name, , selfClosing] = tag;
    if (closing) {
      const open = stack.pop();
      if (!open) return `line ${line}: </${name}> has no matching start tag`;
      if (open.name !== name) return `line ${line}: </${name}> closes <${open.name}> opened at line ${open.line}`;
    } else {
      if (stack.length === 0 && rootSeen) return `line ${line}: a second root element <${name}>`;
      rootSeen = true;
      if (!selfClosing) stack.push({ name, line });
    }
    advanceTo(pos + whole.length);
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1];
    return `<${open.name}> opened at line ${open.line} is never closed (is the file truncated?)`;
  }
  return rootSeen ? null : "no root element";
}
