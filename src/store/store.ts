// The one storage interface: every store (SQLite now, others later) implements it and passes the
// same contract tests (store-contract.ts).
import type { Document, Event, Modality } from "../model/schema.js";

export type PutOutcome = "inserted" | "unchanged" | "replaced";

export interface PutOptions {
  /** Replace an existing article with the same text when its pipeline provenance differs. */
  replaceStale?: boolean;
}

export interface ArticleSearch {
  /** Full-text query (FTS5 syntax accepted; plain words are matched as terms). */
  query?: string;
  from?: string;
  to?: string;
  source?: string;
  limit?: number;
  offset?: number;
}

export interface ArticleHit {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  snippet: string;
  eventCount: number;
}

export interface EventFilter {
  articleId?: string;
  /** Actor code or prefix on either side ("IRN", "IRNMIL"). */
  actor?: string;
  source?: string;
  target?: string;
  /** Two codes or prefixes: events between them in either direction. */
  dyad?: [string, string];
  /** CAMEO code or prefix ("04", "190"). */
  cameo?: string;
  ploverType?: string;
  quadClass?: number;
  from?: string;
  to?: string;
  locationCountry?: string;
  modality?: Modality;
  limit?: number;
  offset?: number;
}

export interface EventRecord extends Event {
  articleId: string;
  articleTitle: string | null;
  published: string | null;
}

export interface StoreStats {
  articles: number;
  events: number;
  entities: number;
  actors: number;
  quotes: number;
  places: number;
  times: number;
}

export interface DocumentStore {
  /** Store one annotated document in one transaction. Re-putting the same text is a no-op. */
  putDocument(doc: Document, options?: PutOptions): PutOutcome;
  /** Whether an article with this text hash is stored (lets callers skip annotation work). */
  hasHash(hash: string): boolean;
  getDocument(id: string): Document | null;
  searchArticles(search: ArticleSearch): { total: number; hits: ArticleHit[] };
  listEvents(filter: EventFilter): { total: number; events: EventRecord[] };
  stats(): StoreStats;
  close(): void;
}

export const MAX_PAGE = 1000;
