// The graph capability's front door: entities (nodes), claims (edges), their sources and measures, search,
// neighbourhoods, shortest paths and centrality. Pure reads; the server and CLI call these.
export { type Page, type PageOptions, type SortKey, encodeCursor, decodeCursor, pageSorted, DEFAULT_LIMIT, MAX_LIMIT } from './page.ts';
export { type SourceRef } from './refs.ts';
export {
  listEntities, getEntity, getAliases, findEntityRow, ENTITY_CLAIMS_MAX,
  type EntityFilter, type EntitySummary, type EntityDetail, type AliasView, type MeasureView,
} from './entities.ts';
export { listClaims, getClaim, type ClaimFilter, type ClaimView, type ClaimDetail } from './claims.ts';
export { listSources, getSource, type SourceFilter, type SourceRow, type SourceDetail } from './sources.ts';
export { listMeasures, type MeasureFilter, type MeasureListItem } from './measures.ts';
export { search, highlightWords, parseMarked, type SearchHit, type SearchTier } from './search.ts';
export { neighbourhood, MAX_DEPTH, type Neighbourhood, type NeighbourhoodOptions } from './neighbourhood.ts';
export { shortestPath, MAX_PATH_HOPS, type PathResult } from './paths.ts';
export { centrality, centralityRanking, type Centrality, type CentralityRanking, type CentralityResult } from './metrics.ts';
export type { Graph, GraphNode, GraphEdge } from './shape.ts';
