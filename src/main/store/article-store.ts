// The article repository: the store's public face. Every change goes through one write queue and
// is acknowledged only once its article file is durably on disk; the index and the search index
// are caches of those files, brought up to date when the store is idle or opened again.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import {
  DEFAULT_SECTIONS,
  draftSchemaFor,
  type Article,
  type ArticleDraft,
  type ArticleSummary,
  summarise,
  type HistoryEntry,
  type Status
} from '../../shared/article'
import { ArticleFileSchema, articleFileOf, readArticleFileRaw, writeArticleFile, type ArticleFile, type SnapshotMark } from './article-file'
import { assetPath, putAsset } from './assets'
import { removeDurably } from './durable-file'
import { conflict, damaged, invalid, ioError, notFound, StoreError } from './errors'
import { makeRevId, newArticleId } from './ids'
import { writeIndexFile, type IndexEntry } from './index-file'
import { UnreadableJsonError } from './json-file-adapter'
import { FOLDERS, storeLayout, type Place, type StoreLayout } from './layout'
import { byUpdated, listSummaries, type ListQuery } from './list-query'
import { identityOf, openScan, type OpenReport } from './open-scan'
import { quarantineFile } from './quarantine'
import { listRevisions, readRevision, removeRevisions, writeRevision, type RevisionReason, type RevisionSummary } from './revisions'
import { SearchIndex } from './search-index'
import { lockStore, type StoreLock } from './store-lock'
import { listTombstones, writeTombstone, type Tombstone } from './tombstones'
import { moveArticle } from './trash'
import { WriteQueue } from './write-queue'

export type { ListQuery, OpenReport, RevisionSummary, Tombstone }

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
}

export interface StatusEntry {
  actor: string
  action: string
  note?: string
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
  emptyTrash(): Promise<{ removed: string[] }>
  listTombstones(): Promise<Tombstone[]>
  putAsset(bytes: Uint8Array, fileName: string): Promise<{ asset: string; path: string }>
  assetPath(asset: string): string
  /** Writes the index (and a loaded search index) now instead of when idle. */
  flush(): Promise<void>
  close(): Promise<void>
}

const DEFAULT_ACTOR = 'redaksi'
const placeOf = (status: Status): Place => (status === 'spiked' ? 'trash' : 'articles')

/** The fields a revision id hashes: everything but the rev bookkeeping itself. */
function contentOf(a: Omit<Article, 'revId'>): unknown {
  const { rev: _rev, ...content } = a
  return content
}

function draftOf(a: Article): ArticleDraft {
  const { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags } = a
  return { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags }
}

export async function openArticleStore(dir: string, opts: StoreOptions = {}): Promise<ArticleStore> {
  const layout = storeLayout(dir)
  try {
    for (const folder of FOLDERS) await mkdir(join(dir, folder), { recursive: true })
  } catch (err) {
    throw ioError(`open the store at ${dir}`, err)
  }
  const now = opts.now ?? (() => new Date())
  const lock = await lockStore(dir).catch((err: unknown) => {
    throw err instanceof StoreError ? err : ioError(`lock the store at ${dir}`, err)
  })
  try {
    const { entries, report } = await openScan(layout, now())
    return new FileArticleStore(layout, entries, report, opts, now, lock)
  } catch (err) {
    await lock.release()
    throw err instanceof StoreError ? err : ioError(`open the store at ${dir}`, err)
  }
}

class FileArticleStore implements ArticleStore {
  readonly dir: string
  private readonly queue = new WriteQueue()
  private readonly search_: SearchIndex
  private readonly draftSchema: ReturnType<typeof draftSchemaFor>
  private readonly revisionIntervalMs: number
  private indexDirty = false
  private indexTimer: NodeJS.Timeout | null = null
  private searchTimer: NodeJS.Timeout | null = null
  private unloadTimer: NodeJS.Timeout | null = null
  private closed = false

  constructor(
    private readonly layout: StoreLayout,
    private readonly entries: Map<string, IndexEntry>,
    readonly openReport: OpenReport,
    private readonly opts: StoreOptions,
    private readonly now: () => Date,
    private readonly lock: StoreLock
  ) {
    this.dir = layout.dir
    this.revisionIntervalMs = opts.revisionIntervalMs ?? 60_000
    this.draftSchema = draftSchemaFor(opts.sections ?? [...DEFAULT_SECTIONS])
    this.search_ = new SearchIndex(layout.searchIndex, {
      currentRevs: () => new Map([...this.entries].map(([id, e]) => [id, e.summary.rev])),
      // An article that cannot be read is simply not searchable (and quarantined if damaged).
      load: (id) => this.readCurrent(id).then((f) => f.article, () => null)
    })
  }

  // ── reading ────────────────────────────────────────────────────────────────────────────────

  async get(id: string): Promise<Article> {
    this.assertOpen()
    return (await this.readCurrent(id)).article
  }

  async list(q: ListQuery = {}): Promise<{ items: ArticleSummary[]; total: number }> {
    this.assertOpen()
    return listSummaries(this.summaries(), q)
  }

  async search(text: string, opts: { limit?: number } = {}): Promise<ArticleSummary[]> {
    this.assertOpen()
    const limit = opts.limit ?? 20
    const out: ArticleSummary[] = []
    for (const id of await this.search_.search(text)) {
      const s = this.entries.get(id)?.summary
      if (s && s.status !== 'spiked') out.push(s)
      if (out.length >= limit) break
    }
    this.scheduleSearchPersist()
    this.scheduleSearchUnload()
    return out
  }

  async listRevisions(id: string): Promise<RevisionSummary[]> {
    this.assertOpen()
    if (!this.entries.has(id)) throw notFound(id)
    return listRevisions(this.layout.revisionDir(id))
  }

  async getRevision(id: string, revId: string): Promise<Article> {
    this.assertOpen()
    return readRevision(this.layout.revisionDir(id), id, revId)
  }

  async listTrash(): Promise<ArticleSummary[]> {
    this.assertOpen()
    return [...this.summaries()].filter((s) => s.status === 'spiked').sort(byUpdated('updated-desc'))
  }

  async listTombstones(): Promise<Tombstone[]> {
    this.assertOpen()
    return listTombstones(this.layout.tombstones)
  }

  assetPath(asset: string): string {
    return assetPath(this.layout.assets, asset)
  }

  // ── writing (every change goes through the queue) ──────────────────────────────────────────

  create(input: ArticleDraft, actor = DEFAULT_ACTOR): Promise<Article> {
    return this.write('create the article', async () => {
      const draft = this.validDraft(input)
      const at = this.now()
      const iso = at.toISOString()
      let id = newArticleId(at)
      while (this.entries.has(id)) id = newArticleId(at)
      const base = {
        ...draft,
        id,
        status: 'draft' as const,
        createdAt: iso,
        updatedAt: iso,
        rev: 1,
        history: [{ at: iso, actor, action: 'create', from: null, to: 'draft' as const }]
      }
      const article: Article = { ...base, revId: makeRevId(1, null, contentOf(base)) }
      await this.commit(article, 'articles', { at: iso, rev: 1 }, actor)
      await writeRevision(this.layout.revisionDir(id), article, 'create', at, actor, this.layout.staging)
      return article
    })
  }

  save(id: string, baseRev: number, input: ArticleDraft, actor = DEFAULT_ACTOR): Promise<Article> {
    return this.write('save the article', async () => {
      this.checkRev(id, baseRev)
      const draft = this.validDraft(input)
      const current = await this.editable(id, baseRev)
      const at = this.now()
      const mark = await this.keepPrevious(current, at, false)
      const next = this.nextVersion(current.article, { ...draft }, at)
      await this.commit(next, 'articles', mark, actor)
      return next
    })
  }

  setStatus(id: string, baseRev: number, status: Status, entry: StatusEntry, changes?: Partial<ArticleDraft>): Promise<Article> {
    return this.write('change the status', async () => {
      this.checkRev(id, baseRev)
      return this.changeStatus(id, baseRev, status, entry, changes)
    })
  }

  spike(id: string, baseRev: number, actor = DEFAULT_ACTOR): Promise<Article> {
    return this.setStatus(id, baseRev, 'spiked', { actor, action: 'spike' })
  }

  unspike(id: string, actor = DEFAULT_ACTOR): Promise<Article> {
    return this.write('take the article out of the trash', async () => {
      const current = await this.readCurrent(id)
      if (current.article.status !== 'spiked') {
        throw new StoreError('invalid', `Article ${id} is not in the trash (artikel tidak ada di tempat sampah).`)
      }
      const spiking = [...current.article.history].reverse().find((h) => h.to === 'spiked')
      const back = spiking?.from && spiking.from !== 'spiked' ? spiking.from : 'draft'
      return this.changeStatus(id, current.article.rev, back, { actor, action: 'unspike' })
    })
  }

  restoreRevision(id: string, revId: string, baseRev: number, actor = DEFAULT_ACTOR): Promise<Article> {
    return this.write('restore the revision', async () => {
      this.checkRev(id, baseRev)
      const old = await readRevision(this.layout.revisionDir(id), id, revId)
      const current = await this.editable(id, baseRev)
      const at = this.now()
      const mark = await this.keepPrevious(current, at, true)
      const status = current.article.status
      const history: HistoryEntry = { at: at.toISOString(), actor, action: 'restore', from: status, to: status, note: `restored revision ${revId}` }
      const next = this.nextVersion(current.article, { ...draftOf(old), history: [...current.article.history, history] }, at)
      await this.commit(next, 'articles', { ...mark, at: at.toISOString(), rev: next.rev }, actor)
      await writeRevision(this.layout.revisionDir(id), next, 'restore', at, actor, this.layout.staging)
      return next
    })
  }

  emptyTrash(): Promise<{ removed: string[] }> {
    return this.write('empty the trash', async () => {
      const removed: string[] = []
      for (const [id, entry] of [...this.entries]) {
        if (entry.place !== 'trash') continue
        let last: ArticleFile
        try {
          last = await this.readCurrent(id)
        } catch (err) {
          if (err instanceof StoreError && (err.code === 'damaged' || err.code === 'not-found')) continue
          throw err
        }
        await writeTombstone(this.layout.tombstoneFile(id), last.article, this.now())
        await removeRevisions(this.layout.revisionDir(id))
        await removeDurably(this.layout.articleFile('trash', id))
        this.entries.delete(id)
        this.search_.remove(id)
        removed.push(id)
      }
      if (removed.length) this.scheduleIndexFlush()
      return { removed }
    })
  }

  async putAsset(bytes: Uint8Array, fileName: string): Promise<{ asset: string; path: string }> {
    this.assertOpen()
    // Outside the queue on purpose: content-addressed writes are idempotent and never touch
    // article files, so a large photo need not hold up a journalist's save.
    try {
      return await putAsset(this.layout.assets, bytes, fileName)
    } catch (err) {
      throw ioError(`store the image ${fileName}`, err)
    }
  }

  async flush(): Promise<void> {
    this.assertOpen()
    await this.queue.run(() => this.flushIndex())
    await this.search_.persist()
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    if (this.indexTimer) clearTimeout(this.indexTimer)
    if (this.searchTimer) clearTimeout(this.searchTimer)
    if (this.unloadTimer) clearTimeout(this.unloadTimer)
    await this.queue.drain()
    try {
      await this.flushIndex()
      await this.search_.persist()
    } finally {
      this.search_.unload()
      await this.lock.release()
    }
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────

  private assertOpen(): void {
    if (this.closed) throw new StoreError('io', 'The store is closed (penyimpanan sudah ditutup).')
  }

  private write<T>(action: string, job: () => Promise<T>): Promise<T> {
    // A closed store rejects like any other failure, never throws synchronously.
    if (this.closed) return Promise.reject(new StoreError('io', 'The store is closed (penyimpanan sudah ditutup).'))
    return this.queue.run(async () => {
      try {
        return await job()
      } catch (err) {
        throw err instanceof StoreError ? err : ioError(action, err)
      }
    })
  }

  private summaries(): IterableIterator<ArticleSummary> {
    const values = this.entries.values()
    return (function* () {
      for (const e of values) yield e.summary
    })()
  }

  private validDraft(input: unknown): ArticleDraft {
    const parsed = this.draftSchema.safeParse(input)
    if (!parsed.success) {
      throw invalid(
        'The article',
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
      )
    }
    return parsed.data
  }

  private checkRev(id: string, baseRev: number): void {
    const entry = this.entries.get(id)
    if (!entry) throw notFound(id)
    if (entry.summary.rev !== baseRev) throw conflict(id, baseRev, entry.summary.rev)
  }

  /** Reads and checks an article file; a damaged one is quarantined and reported as such. */
  /** The current version, if a write based on `baseRev` may change its content: not stale, not in the trash. */
  private async editable(id: string, baseRev: number): Promise<ArticleFile> {
    const current = await this.readCurrent(id)
    if (current.article.rev !== baseRev) throw conflict(id, baseRev, current.article.rev)
    if (current.article.status === 'spiked') {
      throw new StoreError('invalid', `Article ${id} is spiked; restore it from the trash before editing (artikel ada di tempat sampah).`)
    }
    return current
  }

  private async readCurrent(id: string): Promise<ArticleFile> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const entry = this.entries.get(id)
      if (!entry) throw notFound(id)
      const file = this.layout.articleFile(entry.place, id)
      let raw: unknown
      try {
        raw = await readArticleFileRaw(file)
      } catch (err) {
        if (!(err instanceof UnreadableJsonError)) throw ioError(`read article ${id}`, err)
        throw await this.quarantine(id, file, err.reason)
      }
      // A spike may have moved the file while we were reading: look again once.
      if (raw === null) {
        if (this.entries.get(id) !== entry) continue
        throw notFound(id)
      }
      const parsed = ArticleFileSchema.safeParse(raw)
      if (!parsed.success) throw await this.quarantine(id, file, `not an article file: ${parsed.error.issues[0]?.message ?? ''}`)
      return parsed.data
    }
    throw notFound(id)
  }

  private async quarantine(id: string, file: string, reason: string): Promise<StoreError> {
    const record = await quarantineFile(this.layout.quarantine, file, id, reason, this.now())
    this.openReport.quarantined.push(record)
    this.entries.delete(id)
    this.search_.remove(id)
    this.scheduleIndexFlush()
    return damaged(file, reason)
  }

  /**
   * Keeps the version about to be replaced as a revision when it has none yet and either the
   * editing interval has passed or the change is one that always keeps history.
   */
  private async keepPrevious(current: ArticleFile, at: Date, always: boolean): Promise<SnapshotMark> {
    const { article, snapshot } = current
    if (snapshot.rev === article.rev) return snapshot
    const due = snapshot.at === null || at.getTime() - Date.parse(snapshot.at) >= this.revisionIntervalMs
    if (!always && !due) return snapshot
    await writeRevision(this.layout.revisionDir(article.id), article, 'edit', at, current.savedBy, this.layout.staging)
    return { at: at.toISOString(), rev: article.rev }
  }

  private nextVersion(current: Article, changes: Partial<Article>, at: Date): Article {
    const rev = current.rev + 1
    const base = { ...current, ...changes, rev, updatedAt: at.toISOString() }
    const { revId: _old, ...withoutRevId } = base
    return { ...withoutRevId, revId: makeRevId(rev, current.revId, contentOf(withoutRevId)) }
  }

  private async changeStatus(id: string, baseRev: number, to: Status, entry: StatusEntry, changes?: Partial<ArticleDraft>): Promise<Article> {
    const current = await this.readCurrent(id)
    if (current.article.rev !== baseRev) throw conflict(id, baseRev, current.article.rev)
    // The patched draft must pass the same schema as a save: a status change is no back door.
    const patched = changes ? this.validDraft({ ...draftOf(current.article), ...changes }) : {}
    const at = this.now()
    await this.keepPrevious(current, at, true)
    const from = current.article.status
    const history: HistoryEntry = { at: at.toISOString(), actor: entry.actor, action: entry.action, from, to }
    if (entry.note !== undefined) history.note = entry.note
    const next = this.nextVersion(current.article, { ...patched, status: to, history: [...current.article.history, history] }, at)
    const fromPlace = this.entries.get(id)?.place ?? placeOf(from)
    const mark = { at: at.toISOString(), rev: next.rev }
    await moveArticle(this.layout, next, mark, fromPlace, placeOf(to), entry.actor, () => this.remember(next, placeOf(to)))
    await writeRevision(this.layout.revisionDir(id), next, 'status', at, entry.actor, this.layout.staging)
    return next
  }

  /** Durable write of the article file, then the caches. The order is what makes a crash safe. */
  private async commit(article: Article, place: Place, mark: SnapshotMark, savedBy: string): Promise<void> {
    await writeArticleFile(this.layout.articleFile(place, article.id), articleFileOf(article, mark, savedBy))
    this.remember(article, place)
  }

  private remember(article: Article, place: Place): void {
    const file = this.layout.articleFile(place, article.id)
    this.entries.set(article.id, {
      summary: summarise(article),
      place,
      file: identityOf(file)
    })
    this.search_.put(article)
    this.scheduleIndexFlush()
    this.scheduleSearchPersist()
  }

  private scheduleIndexFlush(): void {
    this.indexDirty = true
    if (this.indexTimer) clearTimeout(this.indexTimer)
    this.indexTimer = setTimeout(() => {
      this.indexTimer = null
      if (!this.closed) void this.queue.run(() => this.flushIndex()).catch(() => undefined)
    }, this.opts.indexFlushDelayMs ?? 1000)
    this.indexTimer.unref()
  }

  private scheduleSearchPersist(): void {
    if (!this.search_.loaded) return
    if (this.searchTimer) clearTimeout(this.searchTimer)
    this.searchTimer = setTimeout(() => {
      this.searchTimer = null
      if (!this.closed) void this.search_.persist().catch(() => undefined)
    }, this.opts.searchPersistDelayMs ?? 30_000)
    this.searchTimer.unref()
  }

  /** The search index holds as much memory as the rest of the app: give it back when unused. */
  private scheduleSearchUnload(): void {
    if (this.unloadTimer) clearTimeout(this.unloadTimer)
    this.unloadTimer = setTimeout(() => {
      this.unloadTimer = null
      if (this.closed) return
      void this.search_
        .persist()
        .then(() => this.search_.unload())
        .catch(() => undefined)
    }, this.opts.searchUnloadAfterMs ?? 10 * 60_000)
    this.unloadTimer.unref()
  }

  private async flushIndex(): Promise<void> {
    if (!this.indexDirty) return
    this.indexDirty = false
    try {
      await writeIndexFile(this.layout.index, this.entries.values())
    } catch (err) {
      // The article files are the truth and the next open re-reads what the index missed, so a
      // failed index write costs speed, not data. Try again on the next change.
      this.indexDirty = true
      throw err
    }
  }
}

export type { RevisionReason }
