// The store's public surface for the IPC services.
export { openArticleStore } from './article-store'
export type { ArticleStore, StoreOptions, StatusEntry, ListQuery, OpenReport, RevisionSummary, Tombstone } from './article-store'
export { StoreError, type StoreErrorCode } from './errors'
