// The store's one public surface: everything outside src/main/store imports from here, never from
// a file inside. What lies behind it (files, folders, caches) may change without anyone noticing.
export { openArticleStore } from './open-store'
export type { ArticleStore, StatusEntry, StoreChange, StoreOptions } from './article-store'
export type { ListQuery } from './list-query'
export { listAllSummaries } from './list-all-summaries'
export type { OpenReport, QuarantineRecord } from './open-scan'
export { userOpenReport } from './open-report'
export type { RevisionSummary } from './revisions'
export type { Tombstone } from './tombstones'
/** Case and accents folded as search matches them; import compares headlines the same way. */
export { foldCase } from './tokenize'
/** ULID-shaped ids: notes use them too, since the newsroom server takes ids from the app that wrote them. */
export { newArticleId } from './ids'
