// Sync with the newsroom server: the feature's public surface (the header line, Pengaturan's
// section, the editor's banner, the list's marker, and the store's change notices).
export { ServerSettings } from './ServerSettings'
export { SyncIndicator } from './SyncIndicator'
export { ArticleSyncBanner } from './ArticleSyncBanner'
export { SyncMark } from './SyncMark'
export { useArticlesChanged, type ArticlesChanged } from './useArticlesChanged'
export { draftOf } from './article-sync'
export type { TheirSource } from './ConflictChoices'
export { useSyncStatus } from './useSyncStatus'
