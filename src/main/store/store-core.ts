// What every part of the store shares: the folder layout, the in-memory index of summaries, the one
// write queue, the clock, the caches and who is told of changes. Reading the current version of an
// article and committing a new one live here because every part does both the same way.
import { summarise, type Article, type ArticleSummary } from '../../shared/article'
import { isFailure, RedaksiFailure } from '../../shared/result'
import { WriteQueue } from '../files'
import { articleFile, articleFileOf, type ArticleFile, type SnapshotMark } from './article-file'
import type { StoreChange, StoreOptions } from './article-store'
import { ChangeFeed } from './change-feed'
import { IdleFlusher } from './idle-flush'
import { identityOf, writeIndexFile, type IndexEntry } from './index-file'
import type { Place, StoreLayout } from './layout'
import type { OpenReport, OpenScan, QuarantineRecord } from './open-scan'
import { PlaceWatch } from './place-watch'
import { SearchIndex } from './search-index'
import { closed, ioFailure, notFound } from './store-failures'

export class StoreCore {
  readonly queue = new WriteQueue()
  readonly search: SearchIndex
  readonly idle: IdleFlusher
  readonly feed: ChangeFeed
  readonly entries: Map<string, IndexEntry>
  readonly report: OpenReport
  /** What articles/ and trash/ should look like after this store's own changes. */
  readonly places: PlaceWatch
  private isClosed = false

  constructor(
    readonly layout: StoreLayout,
    scan: OpenScan,
    readonly now: () => Date,
    opts: StoreOptions
  ) {
    this.entries = scan.entries
    this.report = scan.report
    this.places = new PlaceWatch(layout, scan.dirs)
    this.search = new SearchIndex(layout.searchIndex, {
      currentRevs: () => new Map([...this.entries].map(([id, e]) => [id, e.summary.rev])),
      // An article that cannot be read is simply not searchable (and quarantined if damaged).
      load: (id) => this.readCurrent(id).then((f) => f.article, () => null)
    }, layout.legacySearchIndex)
    this.idle = new IdleFlusher(opts, this.queue, this.search, async () => writeIndexFile(layout.index, this.entries.values(), await this.places.vouching()))
    this.feed = new ChangeFeed(opts.onListenerError ?? ((error) => console.error('[redaksi] a store change listener failed', error)))
    // The folders changed since the index was written (a crash, a file put there by hand): the next
    // open would list them again, so the index is written once the store is idle.
    if (!scan.indexVouches) this.idle.indexChanged()
  }

  get closed(): boolean {
    return this.isClosed
  }

  /** Marks the store closed; later calls fail with `store.closed`. */
  shut(): void {
    this.isClosed = true
  }

  assertOpen(): void {
    if (this.isClosed) throw closed()
  }

  /** Runs a change in the queue; anything unexpected becomes `store.io` naming the store. */
  write<T>(job: () => Promise<T>): Promise<T> {
    // A closed store rejects like any other failure, never throws synchronously.
    if (this.isClosed) return Promise.reject(closed())
    return this.queue.run(async () => {
      try {
        // Whatever changed the folders since this store's last change was not this store.
        this.places.checkUntouched()
        return await job()
      } catch (err) {
        throw isFailure(err) ? err : ioFailure(this.layout.dir, err)
      }
    })
  }

  *summaries(): IterableIterator<ArticleSummary> {
    for (const e of this.entries.values()) yield e.summary
  }

  /** Reads and checks the current file; a damaged one is quarantined and reported as such. */
  async readCurrent(id: string): Promise<ArticleFile> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const entry = this.entries.get(id)
      if (!entry) throw notFound(id)
      const file = articleFile(this.layout, entry.place, id, this.now)
      const read = await file.read().catch((err: unknown) => {
        throw ioFailure(file.path, err)
      })
      if (read.state === 'ok') return read.data
      if (read.state === 'quarantined') {
        this.quarantined({ file: read.movedTo, articleId: id, reason: read.reason })
        this.forget(id)
        throw new RedaksiFailure('store.damaged-file', { file: file.path })
      }
      // A spike may have moved the file while we were reading: look again once.
      if (this.entries.get(id) !== entry) continue
      throw notFound(id)
    }
    throw notFound(id)
  }

  /** A file (article, revision snapshot, tombstone) moved aside after open is reported like those found on open. */
  quarantined(record: QuarantineRecord): void {
    this.report.quarantined.push(record)
  }

  /** Durable write of the article file, then the caches. The order is what makes a crash safe. */
  async commit(article: Article, place: Place, mark: SnapshotMark, savedBy: string, origin: StoreChange['origin'] = 'local'): Promise<void> {
    await articleFile(this.layout, place, article.id, this.now).write(articleFileOf(article, mark, savedBy))
    this.remember(article, place, origin)
  }

  /** Points the index and search at a version whose file is durable, and tells the listeners. */
  remember(article: Article, place: Place, origin: StoreChange['origin']): void {
    this.entries.set(article.id, { summary: summarise(article), place, ...identityOf(this.layout.articleFile(place, article.id)) })
    this.places.changed(place)
    this.search.put(article)
    this.idle.indexChanged()
    this.idle.searchChanged()
    this.feed.announce({ id: article.id, rev: article.rev, revId: article.revId, origin, deleted: false })
  }

  /** After the article's file is gone (removed, quarantined). */
  forget(id: string): void {
    const entry = this.entries.get(id)
    if (entry) this.places.changed(entry.place)
    this.entries.delete(id)
    this.search.remove(id)
    this.idle.indexChanged()
  }
}
