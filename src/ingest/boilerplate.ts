// Page furniture that scrapers and Readability leave inside article bodies, as one table of line rules,
// plus the labelled tag lines ("Tags: a, b") that pages print under an article. Shared by every reader.
import { normaliseText } from "../model/normalise.js";

/** A whole-line rule: a line matching `pattern` is not article content, for the stated reason. */
export interface BoilerplateRule {
  pattern: RegExp;
  reason: string;
}

const SOCIAL = "share|tweet|print|e-?mail|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|messenger|pocket|vk|skype|flipboard|copy(?: the)? link|copy url|save|bookmark";
const NETWORKS = "twitter|facebook|instagram|telegram|x|linkedin|youtube|tiktok|threads|bluesky|mastodon|google news|whatsapp";

/**
 * The boilerplate table. Every pattern must match the whole (trimmed) line, and most are length-bounded,
 * so that a sentence which merely mentions "subscribe" or "cookies" is never taken for a button.
 */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { pattern: /^(?:back to top|scroll to top|go to top|top of page|return to top|to top)(?: button)?\s*[↑^]?$/i, reason: "back-to-top control" },
  { pattern: /^skip to (?:main )?(?:content|navigation|footer)$/i, reason: "skip link" },
  { pattern: new RegExp(`^(?:(?:${SOCIAL})\\b[\\s|•·,/:]*){1,12}$`, "i"), reason: "share/print/email buttons" },
  { pattern: new RegExp(`^share (?:this|on|via|the|article|story|page)\\b.{0,60}$`, "i"), reason: "share button" },
  { pattern: /^(?:advertisement|advertising|adverti[sz]ement\s*[-–—:]?\s*(?:scroll|continue) .{0,40}|sponsored(?: content)?|ad|ads by .{1,30}|story continues below(?: advertisement)?)$/i, reason: "advertisement marker" },
  { pattern: /^(?:read|see|also read|also see|read also|watch|listen)(?: more| also| next)?\s*(?::|»|>>|›|-|–|—).{0,200}$/i, reason: "read-more link" },
  { pattern: /^(?:read more|read next|read the full (?:story|article)|continue reading|full story)\s*(?:\.{3}|…|»|>>|›)?$/i, reason: "read-more link" },
  { pattern: /^related(?: articles| stories| posts| coverage| news| content| topics| links| reading)?\s*(?::.{0,200}|»|>>)?$/i, reason: "related-links heading" },
  { pattern: /^(?:you (?:may|might) also like|recommended(?: for you| stories)?|most (?:read|popular|viewed|shared)|trending(?: now)?|more from .{1,40}|more stories|latest news|editor'?s picks)\s*:?$/i, reason: "recommendation block heading" },
  { pattern: new RegExp(`^(?:follow|like|join)\\b.{0,80}\\b(?:on|at|via) (?:${NETWORKS})\\b.{0,40}$`, "i"), reason: "follow-us line" },
  { pattern: /^subscribe\b.{0,120}$/i, reason: "subscribe prompt" },
  { pattern: /^(?:click|tap) (?:here )?to subscribe\b.{0,100}$/i, reason: "subscribe prompt" },
  { pattern: /^sign up\b.{0,150}$/i, reason: "sign-up prompt" },
  { pattern: /^(?:get|join|receive) (?:our|the) .{0,50}newsletters?\b.{0,80}$/i, reason: "newsletter prompt" },
  { pattern: /^.{0,150}\b(?:we use cookies|(?:this|our) (?:web)?site uses cookies|uses cookies to|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies)\b.{0,200}$/i, reason: "cookie notice" },
  { pattern: /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).{0,200}$/i, reason: "copyright line" },
  { pattern: /^.{0,150}\ball rights reserved\.?$/i, reason: "copyright line" },
  { pattern: /^(?:click|tap) here\b.{0,150}$/i, reason: "click-here link" },
  { pattern: /^(?:loading|please wait)\s*(?:\.{3}|…)?$/i, reason: "loading placeholder" },
  { pattern: /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$/i, reason: "comments link" },
  { pattern: /^(?:leave|post|add|write|show|view|hide|load|see) (?:a |all |the )?(?:\d+ )?(?:comments?|reply|replies)\b.{0,40}$/i, reason: "comments link" },
  { pattern: /^[Bb][Yy]\s+[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|and|&|,|de|van|von|al|bin))*(?:\s*,\s*\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})?$/u, reason: "byline" },
  // Credits name people: only capitalised words, "and", "in", "by" and list punctuation may follow.
  { pattern: /^(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced) by(?:\s+(?:\p{Lu}[\p{L}.'’-]*[;,]?|and|in|by|&))+\.?$/u, reason: "wire credit line" },
  { pattern: /^our standards\s*:.{0,100}$/i, reason: "wire credit line" },
  { pattern: /^like this\s*:?$/i, reason: "like button" },
  { pattern: /^(?:image|photo|picture|video)(?: credit)?\s*:\s*.{0,60}$/i, reason: "media credit" },
  { pattern: /^(?:menu|search|home|toggle navigation|close|open menu|log ?in|sign in|register)$/i, reason: "navigation control" },
];

// No rule can match a longer line (their bounds add up to less), so long paragraphs skip the table.
const MAX_BOILERPLATE_CHARS = 400;

/** The reason a line is boilerplate, or null if it is content. */
export function boilerplateReason(line: string): string | null {
  const text = line.trim();
  if (!text || text.length > MAX_BOILERPLATE_CHARS) return null;
  for (const rule of BOILERPLATE_RULES) {
    if (rule.pattern.test(text)) return rule.reason;
  }
  return null;
}

const TAG_LABEL = /^(?:tags?|topics?|keywords?|filed under|categories|category|tagged(?: with)?)\s*:\s*(.+)$/i;

/** Tags from a labelled line such as "Tags: Iran, Iraq" or "Filed under: Politics | World", else null. */
export function labelledTags(line: string): string[] | null {
  const m = TAG_LABEL.exec(line.trim());
  if (!m) return null;
  const parts = m[1]
    .split(/\s*(?:,|\||•|·|;|\s\/\s)\s*/)
    .map((t) => t.replace(/^#/, "").trim())
    .filter((t) => t.length > 0 && t.length <= 60);
  return parts.length > 0 ? parts : null;
}

/** A line taken out of a text, with why. */
export interface RemovedLine {
  line: string;
  reason: string;
}

/** Result of cleaning a text: kept paragraphs in order, tags found in labelled lines, what was dropped. */
export interface CleanedText {
  text: string;
  tags: string[];
  removed: RemovedLine[];
}

/**
 * Drop boilerplate lines and labelled tag lines from a text, keeping paragraph breaks. The input is
 * normalised first, so NBSP and stray spaces cannot hide a button label from the table.
 */
export function filterBoilerplate(raw: string): CleanedText {
  const tags: string[] = [];
  const removed: RemovedLine[] = [];
  const kept: string[] = [];
  for (const line of normaliseText(raw).split("\n")) {
    const found = labelledTags(line);
    if (found) {
      tags.push(...found);
      removed.push({ line, reason: "tag line" });
      continue;
    }
    const reason = boilerplateReason(line);
    if (reason) {
      removed.push({ line, reason });
      continue;
    }
    kept.push(line);
  }
  // The kept lines are already normal; dropping lines can only leave extra blank lines to collapse.
  return { text: kept.join("\n").replace(/\n{3,}/g, "\n\n").trim(), tags, removed };
}
