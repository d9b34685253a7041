// The resolve capability's front door: name matching, screening against list entries, entity resolution.
export { normaliseName, nameForms } from './normalise.ts';
export { score, scoreTokens, tokenSimilarity, type ScoreResult, type ExplanationItem, type Rule } from './score.ts';
export {
  screen,
  screenBatch,
  explainText,
  DEFAULT_THRESHOLD,
  DEFAULT_LIMIT,
  LIST_IDS,
  type ScreenOptions,
  type ScreenResult,
  type ScreenMatch,
  type BatchItem,
} from './screen.ts';
export { reindexNames } from './reindex.ts';
export {
  resolveEntities,
  acceptMerge,
  rejectMerge,
  undoMerge,
  listMerges,
  LINK_THRESHOLD,
  MERGE_THRESHOLD,
  type ResolveReport,
  type ListLink,
  type MergeProposal,
  type MergeDecisionRow,
  type DecideOptions,
} from './entities.ts';
