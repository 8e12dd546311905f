// The API's route declarations (path, parameters, responses): the OpenAPI document is built from
// these, and the handlers in app.ts receive parameters already validated against them.
import { createRoute, z } from "@hono/zod-openapi";
import { PloverRecord } from "../export/plover.js";
import * as S from "./schemas.js";

type ErrorResponse = { content: { "application/json": { schema: typeof S.ApiError } }; description: string };
const errorResponse = (description: string): ErrorResponse => ({ content: { "application/json": { schema: S.ApiError } }, description });
const errors: { 400: ErrorResponse } = { 400: errorResponse("A parameter is invalid; `parameters` names it and says why") };
const notFound: { 404: ErrorResponse } = { 404: errorResponse("Nothing with this id or code") };

function ok<T extends z.ZodType>(schema: T, description: string): { 200: { content: { "application/json": { schema: T } }; description: string } } {
  return { 200: { content: { "application/json": { schema } }, description } };
}

export const statsRoute = createRoute({
  method: "get",
  path: "/api/stats",
  tags: ["store"],
  summary: "Counts of stored articles and annotations",
  responses: { ...ok(S.StatsSchema, "Store counts") },
});

export const articlesRoute = createRoute({
  method: "get",
  path: "/api/articles",
  tags: ["articles"],
  summary: "Full-text search over articles, with snippets, date/source/event-type filters and paging",
  request: { query: S.ArticleSearchQuery },
  responses: { ...ok(S.ArticleList, "Matching articles, best first (newest first without a query)"), ...errors },
});

export const articleRoute = createRoute({
  method: "get",
  path: "/api/articles/{id}",
  tags: ["articles"],
  summary: "One article with all its annotations (the wire format)",
  request: { params: S.IdParams },
  responses: { ...ok(S.DocumentSchema, "The annotated document"), ...errors, ...notFound },
});

export const ingestRoute = createRoute({
  method: "post",
  path: "/api/articles",
  tags: ["articles"],
  summary: "Annotate and store one article (only when the server has an ingest token; send it as a Bearer token)",
  security: [{ bearer: [] }],
  request: { body: { content: { "application/json": { schema: S.IngestBody } }, required: true } },
  responses: {
    201: { content: { "application/json": { schema: S.IngestResult } }, description: "Stored (or already stored: outcome unchanged)" },
    ...errors,
    401: errorResponse("Missing or wrong token"),
  },
});

export const facetsRoute = createRoute({
  method: "get",
  path: "/api/facets",
  tags: ["articles"],
  summary: "Article counts per source, year and CAMEO root event type, for the same filters as the search",
  request: { query: S.FacetQuery },
  responses: { ...ok(S.FacetsSchema, "Facet counts"), ...errors },
});

export const eventsRoute = createRoute({
  method: "get",
  path: "/api/events",
  tags: ["events"],
  summary: "Events filtered by actor, dyad, CAMEO code, PLOVER type, quad class, dates, location country, modality",
  request: { query: S.EventListQuery },
  responses: { ...ok(S.EventList, "A page of events, newest first"), ...errors },
});

export const actorsRoute = createRoute({
  method: "get",
  path: "/api/actors",
  tags: ["actors"],
  summary: "Actors whose code starts with, or whose name or alias contains, the query",
  request: { query: S.ActorSearchQuery },
  responses: { ...ok(S.ActorHitList, "Matching actor codes"), ...errors },
});

export const actorRoute = createRoute({
  method: "get",
  path: "/api/actors/{code}",
  tags: ["actors"],
  summary: "Profile of an actor code (and the codes under it): names, aliases, roles over time, counts, counterparts",
  request: { params: S.CodeParams, query: S.ActorProfileQuery },
  responses: { ...ok(S.ActorProfileSchema, "The profile"), ...errors, ...notFound },
});

export const networkRoute = createRoute({
  method: "get",
  path: "/api/actors/{code}/network",
  tags: ["actors"],
  summary: "The actor, its top counterparts and the event counts between all of them",
  request: { params: S.CodeParams, query: S.ActorProfileQuery },
  responses: { ...ok(S.NetworkSchema, "Nodes and weighted edges"), ...errors },
});

export const timelineRoute = createRoute({
  method: "get",
  path: "/api/aggregations/timeline",
  tags: ["aggregations"],
  summary: "Events per day, week or month with counts per quad class and mean Goldstein (e.g. for a dyad)",
  request: { query: S.TimelineQuery },
  responses: { ...ok(S.TimelineSchema, "Buckets in time order"), ...errors },
});

export const topActorsRoute = createRoute({
  method: "get",
  path: "/api/aggregations/top-actors",
  tags: ["aggregations"],
  summary: "The most frequent actor codes among the filtered events",
  request: { query: S.TopActorsQuery },
  responses: { ...ok(S.TopActorsSchema, "Codes by number of events"), ...errors },
});

export const eventTypesRoute = createRoute({
  method: "get",
  path: "/api/aggregations/event-types",
  tags: ["aggregations"],
  summary: "Event counts by CAMEO root, CAMEO code or PLOVER type",
  request: { query: S.EventTypesQuery },
  responses: { ...ok(S.EventTypesSchema, "Types by count"), ...errors },
});

export const mapRoute = createRoute({
  method: "get",
  path: "/api/aggregations/map",
  tags: ["aggregations"],
  summary: "Event locations with coordinates, grouped by place",
  request: { query: S.MapQuery },
  responses: { ...ok(S.MapPointsSchema, "Points, largest first"), ...errors },
});

export const csvRoute = createRoute({
  method: "get",
  path: "/api/export/csv",
  tags: ["export"],
  summary: "Filtered events as CSV, one row per event with its evidence",
  request: { query: S.ExportQuery },
  responses: { 200: { content: { "text/csv": { schema: z.string() } }, description: "CSV with a header row" }, ...errors },
});

export const gdeltRoute = createRoute({
  method: "get",
  path: "/api/export/gdelt",
  tags: ["export"],
  summary: "Filtered events as GDELT 2.0 event-table TSV (61 columns, no header; negated events left out unless asked)",
  request: { query: S.ExportQuery },
  responses: {
    200: { content: { "text/tab-separated-values": { schema: z.string() } }, description: "One event per line" },
    ...errors,
  },
});

export const ploverRoute = createRoute({
  method: "get",
  path: "/api/export/plover",
  tags: ["export"],
  summary: "Filtered events as PLOVER JSON records (JSONL by default); events without a PLOVER type or date are left out",
  request: { query: S.PloverExportQuery },
  responses: {
    200: {
      content: {
        "application/x-ndjson": { schema: z.string().describe("one PLOVER record per line") },
        "application/json": { schema: z.array(PloverRecord).describe("with format=json") },
      },
      description: "PLOVER records",
    },
    ...errors,
  },
});
