// The lists capability's front door: parse official list files, import them as list versions, read them back.
export { parseListFile, type ParseOptions } from './parse.ts';
export { detectListFormat, listOfFormat, LIST_FORMATS } from './detect.ts';
export { importList, type ImportOptions, type ImportResult } from './import.ts';
export { importBundledLists, BUNDLED_LISTS_DIR, BUNDLED_LIST_FILES, type BundledProgress } from './bundled.ts';
export { listSummaries, getListEntry, type ListSummary, type ListVersionRow, type StoredListEntry } from './queries.ts';
export type { ListFormat, ListMeta, ParsedList } from './types.ts';
