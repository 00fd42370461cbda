// The article repository as the rest of main sees it: what it can be asked and what it promises.
// Every change goes through one write queue and is acknowledged only once its article file is
// durably on disk; the index and the search index are caches of those files. The parts behind it
// (open-store.ts) each do one job: articles, revisions, trash, assets, remote writes, idle flushing.
import type { Article, ArticleDraft, ArticleSummary, Status } from '../../shared/article'
import type { ListQuery } from './list-query'
import type { OpenReport } from './open-scan'
import type { RevisionSummary } from './revisions'
import type { Tombstone } from './tombstones'

export interface StoreOptions {
  /** At most one editing revision per this many ms (default 60 s). Status changes always keep one. */
  revisionIntervalMs?: number
  /** The desks a draft's section must be one of (default DEFAULT_SECTIONS). */
  sections?: string[]
  /** Clock, injectable for tests. */
  now?: () => Date
  /** Idle time before the index is written back (default 1 s). */
  indexFlushDelayMs?: number
  /** Idle time before a loaded search index is written back (default 30 s). */
  searchPersistDelayMs?: number
  /** Time without a search after which the search index is written back and freed (default 10 min). */
  searchUnloadAfterMs?: number
  /** Where a change listener's own failure is told (default: the console). */
  onListenerError?: (error: unknown) => void
}

export interface StatusEntry {
  actor: string
  action: string
  note?: string
}

/** One acknowledged write, as a sync outbox needs it. */
export interface StoreChange {
  id: string
  rev: number
  revId: string
  /** `remote` when applyRemote wrote the server's version, so an outbox does not send it back. */
  origin: 'local' | 'remote'
  /** The trash was emptied: the article is gone and `rev`/`revId` are its tombstone's. */
  deleted: boolean
}

export interface ArticleStore {
  readonly dir: string
  readonly openReport: OpenReport
  create(input: ArticleDraft, actor?: string): Promise<Article>
  get(id: string): Promise<Article>
  save(id: string, baseRev: number, input: ArticleDraft, actor?: string): Promise<Article>
  /** `changes` are draft fields the move itself fills in (approval's editor), kept in the same revision. */
  setStatus(id: string, baseRev: number, status: Status, entry: StatusEntry, changes?: Partial<ArticleDraft>): Promise<Article>
  list(q?: ListQuery): Promise<{ items: ArticleSummary[]; total: number }>
  search(text: string, opts?: { limit?: number }): Promise<ArticleSummary[]>
  listRevisions(id: string): Promise<RevisionSummary[]>
  getRevision(id: string, revId: string): Promise<Article>
  restoreRevision(id: string, revId: string, baseRev: number, actor?: string): Promise<Article>
  spike(id: string, baseRev: number, actor?: string): Promise<Article>
  unspike(id: string, actor?: string): Promise<Article>
  listTrash(): Promise<ArticleSummary[]>
  /** The summaries of those of `ids` the store holds (in the articles or in the trash), from memory: no file is read. */
  summariesOf(ids: readonly string[]): Promise<ArticleSummary[]>
  emptyTrash(): Promise<{ removed: string[] }>
  listTombstones(): Promise<Tombstone[]>
  /** Stores an image by its content; the same bytes twice are kept once. */
  putAsset(bytes: Uint8Array, fileName: string): Promise<{ asset: string }>
  /** The bytes of a stored image: `store.bad-asset-ref` for a malformed ref, `store.asset-not-found` when absent. */
  readAsset(asset: string): Promise<Uint8Array>
  hasAsset(asset: string): Promise<boolean>
  /**
   * Writes the server's version of an article exactly as given (id, rev, revId, status, history,
   * times), with a revision kept and the article placed by its status. No rev check: the newsroom
   * sync decides what wins. Refuses (`store.invalid-article`) only what ArticleSchema refuses.
   */
  applyRemote(article: Article, savedBy?: string): Promise<Article>
  /**
   * Drops this machine's copy of a server article outside its part of the archive (no tombstone:
   * the server keeps it). Sync decides what may go. False when the store did not hold it.
   */
  evict(id: string): Promise<boolean>
  /**
   * Deletes a draft outright, leaving nothing behind, when `allow` (given the current version, at
   * `baseRev` or `store.conflict`) does not throw. Only for a draft nobody wrote in (decision 0076).
   */
  discardDraft(id: string, baseRev: number, allow: (current: Article) => void): Promise<void>
  /** Called after every acknowledged write, local or remote; returns the unsubscribe. */
  onChange(listener: (change: StoreChange) => void): () => void
  /** Writes the index (and a loaded search index) now instead of when idle. */
  flush(): Promise<void>
  close(): Promise<void>
}
