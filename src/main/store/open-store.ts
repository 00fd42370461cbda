// Opening a store folder and putting its parts together behind the one ArticleStore face.
import { join } from 'node:path'
import { DEFAULT_SECTIONS, type Article, type ArticleDraft, type ArticleSummary, type Status } from '../../shared/article'
import type { ArticleStore, StatusEntry, StoreChange, StoreOptions } from './article-store'
import { Articles } from './articles'
import { evictCopy } from './evict'
import { discardDraft } from './discard'
import { Assets } from './assets'
import { FOLDERS, storeLayout } from './layout'
import { listSummaries, type ListQuery } from './list-query'
import { openScan, type OpenReport } from './open-scan'
import { RemoteWrites } from './remote'
import { RevisionLog } from './revision-log'
import { settleEmptied } from './settle-emptied'
import { sweep } from './open-sweep'
import type { RevisionSummary } from './revisions'
import { StoreCore } from './store-core'
import { ioFailure } from './store-failures'
import { lockStore, type StoreLock } from './store-lock'
import { mkdirDurably } from '../files'
import type { Tombstone } from './tombstones'
import { Trash } from './trash'

/** For tests: the size above which the open's per-file check runs after the open (open-sweep.ts). */
interface OpenTuning {
  sweepInlineUpTo?: number
  sweepDelayMs?: number
}

export async function openArticleStore(dir: string, opts: StoreOptions & OpenTuning = {}): Promise<ArticleStore> {
  const layout = storeLayout(dir)
  try {
    // Durably: on a first run nothing else syncs the new store folder's name into its parent.
    for (const folder of FOLDERS) await mkdirDurably(join(dir, folder))
  } catch (err) {
    throw ioFailure(dir, err)
  }
  const now = opts.now ?? (() => new Date())
  const lock = await lockStore(dir)
  try {
    const scan = await openScan(layout, now, opts.sweepInlineUpTo)
    await settleEmptied(layout, scan.entries)
    scan.report.lockTakenOver = lock.takenOver
    const core = new StoreCore(layout, scan, now, opts)
    if (scan.unswept.length > 0) void sweep(core, scan.unswept, opts.sweepDelayMs)
    return new FileArticleStore(core, opts, lock)
  } catch (err) {
    await lock.release()
    throw ioFailure(dir, err)
  }
}

class FileArticleStore implements ArticleStore {
  readonly dir: string
  readonly openReport: OpenReport
  private readonly articles: Articles
  private readonly revisions: RevisionLog
  private readonly trash: Trash
  private readonly assets: Assets
  private readonly remote: RemoteWrites

  constructor(
    private readonly core: StoreCore,
    opts: StoreOptions,
    private readonly lock: StoreLock
  ) {
    this.dir = core.layout.dir
    this.openReport = core.report
    this.revisions = new RevisionLog(core, opts.revisionIntervalMs ?? 60_000)
    this.articles = new Articles(core, this.revisions, opts.sections ?? [...DEFAULT_SECTIONS])
    this.trash = new Trash(core, this.articles, this.revisions)
    this.assets = new Assets(core.layout.assets)
    this.remote = new RemoteWrites(core, this.revisions)
  }

  get(id: string): Promise<Article> {
    return this.articles.get(id)
  }

  async list(q: ListQuery = {}): Promise<{ items: ArticleSummary[]; total: number }> {
    this.core.assertOpen()
    return listSummaries(this.core.summaries(), q)
  }

  async search(text: string, opts: { limit?: number } = {}): Promise<ArticleSummary[]> {
    this.core.assertOpen()
    const found: ArticleSummary[] = []
    const ids = await this.core.search.search(text, {
      limit: opts.limit ?? 20,
      accept: (id) => {
        const s = this.core.entries.get(id)?.summary
        return s !== undefined && s.status !== 'spiked'
      }
    })
    for (const id of ids) {
      const s = this.core.entries.get(id)?.summary
      if (s) found.push(s)
    }
    this.core.idle.searched()
    return found
  }

  create(input: ArticleDraft, actor?: string): Promise<Article> {
    return this.articles.create(input, actor)
  }

  save(id: string, baseRev: number, input: ArticleDraft, actor?: string): Promise<Article> {
    return this.articles.save(id, baseRev, input, actor)
  }

  setStatus(id: string, baseRev: number, status: Status, entry: StatusEntry, changes?: Partial<ArticleDraft>): Promise<Article> {
    return this.articles.setStatus(id, baseRev, status, entry, changes)
  }

  listRevisions(id: string): Promise<RevisionSummary[]> {
    return this.revisions.list(id)
  }

  getRevision(id: string, revId: string): Promise<Article> {
    return this.revisions.get(id, revId)
  }

  restoreRevision(id: string, revId: string, baseRev: number, actor?: string): Promise<Article> {
    return this.articles.restore(id, revId, baseRev, actor)
  }

  spike(id: string, baseRev: number, actor?: string): Promise<Article> {
    return this.trash.spike(id, baseRev, actor)
  }

  unspike(id: string, actor?: string): Promise<Article> {
    return this.trash.unspike(id, actor)
  }

  listTrash(): Promise<ArticleSummary[]> {
    return this.trash.list()
  }

  summariesOf(ids: readonly string[]): Promise<ArticleSummary[]> {
    this.core.assertOpen()
    const found: ArticleSummary[] = []
    for (const id of new Set(ids)) {
      const entry = this.core.entries.get(id)
      if (entry) found.push(entry.summary)
    }
    return Promise.resolve(found)
  }

  emptyTrash(): Promise<{ removed: string[] }> {
    return this.trash.empty()
  }

  listTombstones(): Promise<Tombstone[]> {
    return this.trash.tombstones()
  }

  async putAsset(bytes: Uint8Array, fileName: string): Promise<{ asset: string }> {
    this.core.assertOpen()
    return this.assets.put(bytes, fileName)
  }

  async readAsset(asset: string): Promise<Uint8Array> {
    this.core.assertOpen()
    return this.assets.read(asset)
  }

  async hasAsset(asset: string): Promise<boolean> {
    this.core.assertOpen()
    return this.assets.has(asset)
  }

  applyRemote(article: Article, savedBy?: string): Promise<Article> {
    return this.remote.apply(article, savedBy)
  }

  evict(id: string): Promise<boolean> {
    return evictCopy(this.core, this.revisions, id)
  }

  discardDraft(id: string, baseRev: number, allow: (current: Article) => void): Promise<void> {
    return discardDraft(this.core, this.revisions, id, baseRev, allow)
  }

  onChange(listener: (change: StoreChange) => void): () => void {
    return this.core.feed.subscribe(listener)
  }

  async flush(): Promise<void> {
    this.core.assertOpen()
    await this.core.idle.flush()
  }

  async close(): Promise<void> {
    if (this.core.closed) return
    this.core.shut()
    await this.core.queue.drain()
    try {
      await this.core.idle.close()
    } finally {
      await this.lock.release()
    }
  }
}

