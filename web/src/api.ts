// The dashboard's API client: typed GETs against /api with the server's own types, and a hook that
// refetches when the URL changes and ignores stale answers.
import { useEffect, useState } from "preact/hooks";
import type { Document } from "../../src/model/schema.js";
import type {
  ActorHit,
  ActorProfile,
  Facets,
  MapPoint,
  Network,
  SearchHit,
  Timeline,
} from "../../src/server/queries.js";
import type { EventRecord, StoreStats } from "../../src/store/store.js";

export type { ActorHit, ActorProfile, Document, EventRecord, Facets, MapPoint, Network, SearchHit, Timeline };

export interface ApiTypes {
  articles: { total: number; hits: SearchHit[] };
  events: { total: number; events: EventRecord[] };
  actors: { actors: ActorHit[] };
  eventTypes: { types: { value: string; label: string | null; count: number; goldstein: number | null }[] };
  topActors: { actors: { code: string; name: string | null; count: number }[] };
  map: { points: MapPoint[] };
  stats: StoreStats & { ingest: boolean };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** GET a JSON resource; a non-2xx answer becomes an ApiError with the server's message. */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { accept: "application/json" } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = (await res.json()) as { message?: string };
      if (body.message) message = body.message;
    } catch {
      // A non-JSON error page: the status line is all there is to say.
    }
    throw new ApiError(res.status, message);
  }
  return (await res.json()) as T;
}

export interface Resource<T> {
  data: T | null;
  error: ApiError | Error | null;
  loading: boolean;
}

/** Fetch `url` (null = nothing to fetch) and keep the latest answer. */
export function useApi<T>(url: string | null): Resource<T> {
  const [state, setState] = useState<Resource<T>>({ data: null, error: null, loading: url != null });
  useEffect(() => {
    if (url == null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    getJson<T>(url, controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: Error) => {
        if (error.name !== "AbortError") setState({ data: null, error, loading: false });
      },
    );
    return () => controller.abort();
  }, [url]);
  return state;
}

/** Only http(s) links from data become hrefs: a `javascript:` URL in an article must not run. */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}
