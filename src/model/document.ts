// Building Articles and empty Documents; the only place where a text is fixed for a document.
import { articleHash } from "./ids.js";
import { normaliseLine, normaliseText } from "./normalise.js";
import type { Article, Document } from "./schema.js";

export interface ArticleInput {
  text: string;
  id?: string | null;
  url?: string | null;
  title?: string | null;
  published?: string | null;
  source?: string | null;
  tags?: readonly string[];
}

/** Make an Article from raw fields: normalises the text, hashes it, keeps a caller's id if given. */
export function makeArticle(input: ArticleInput): Article {
  const text = normaliseText(input.text);
  const hash = articleHash(text);
  const title = input.title ? normaliseLine(input.title) : null;
  return {
    id: input.id && input.id.trim() ? input.id.trim() : hash,
    hash,
    url: input.url ?? null,
    title: title || null,
    published: input.published ?? null,
    source: input.source ?? null,
    tags: [...new Set((input.tags ?? []).map(normaliseLine).filter(Boolean))],
    text,
  };
}

/** A Document with the article's text and every annotation layer empty. */
export function emptyDocument(article: Article): Document {
  return {
    ...article,
    sentences: [],
    tokens: [],
    entities: [],
    actors: [],
    mentions: [],
    events: [],
    quotes: [],
    times: [],
    places: [],
    diagnostics: [],
    provenance: { sitrep: "", stages: [], resources: {} },
  };
}
