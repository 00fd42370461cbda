// Full-text search over headline and body text (docs/decisions/0092). The index is a compact
// inverted index (search/compact-index.ts): a few megabytes for 10,000 articles, so the first
// search after open is a read of one binary file. It is still not loaded on open, since most
// sessions never search: the first search loads `search-index.bin`, then catches up with any
// article whose rev differs from the one it indexed. It is written back when the store is idle or
// closed, never on the save path.
import { rm } from 'node:fs/promises'
import type { Article } from '../../shared/article'
import { bodyText } from '../../shared/editor/queries'
import { CompactIndex, type IndexedDoc } from './search/compact-index'
import { readIndexFile, writeIndexFile } from './search/index-file'
import { queryTerms } from './tokenize'

export interface SearchSource {
  /** id → rev of every article that should be searchable now. */
  currentRevs(): Map<string, number>
  /** Reads an article; null if it cannot be read (it is then simply not searchable). */
  load(id: string): Promise<Article | null>
}

export interface SearchOptions {
  limit: number
  /** Hits it refuses (a spiked article) do not take a place in the limit. */
  accept?: (id: string) => boolean
}

function docOf(a: Article): IndexedDoc {
  return { id: a.id, rev: a.rev, headline: a.headline, text: bodyText(a.body) }
}

export class SearchIndex {
  private index: CompactIndex | null = null
  private loading: Promise<CompactIndex> | null = null
  private dirty = false
  /** What the last load cost, for benchmarks and diagnostics. */
  lastLoad: { ms: number; from: 'file' | 'rebuild'; caughtUp: number } | null = null

  /** `legacyPath`: the JSON index of earlier versions, removed once this one is written. */
  constructor(
    private readonly path: string,
    private readonly source: SearchSource,
    private readonly legacyPath?: string
  ) {}

  get loaded(): boolean {
    return this.index !== null
  }

  /** Ids of matching articles, best first. */
  async search(text: string, opts: SearchOptions): Promise<string[]> {
    const terms = queryTerms(text)
    if (terms.length === 0) return []
    const index = await this.ensureLoaded()
    return index.search(terms, opts.limit, opts.accept)
  }

  /** Keeps a loaded index current; when not loaded, the rev check on load catches up instead. */
  put(article: Article): void {
    if (!this.index) return
    this.index.add(docOf(article))
    this.dirty = true
  }

  remove(id: string): void {
    if (!this.index || !this.index.has(id)) return
    this.index.remove(id)
    this.dirty = true
  }

  async persist(): Promise<void> {
    if (!this.index || !this.dirty) return
    this.dirty = false
    const { docs, segment } = this.index.parts()
    try {
      await writeIndexFile(this.path, docs, segment)
    } catch (err) {
      this.dirty = true
      throw err
    }
    if (this.legacyPath) await rm(this.legacyPath, { force: true })
  }

  /** Frees the memory; the next search loads again. */
  unload(): void {
    this.index = null
  }

  private ensureLoaded(): Promise<CompactIndex> {
    if (this.index) return Promise.resolve(this.index)
    this.loading ??= this.load().finally(() => {
      this.loading = null
    })
    return this.loading
  }

  private async load(): Promise<CompactIndex> {
    const started = performance.now()
    // Missing or damaged: the search index is derived data, so it is rebuilt from the articles.
    const read = await readIndexFile(this.path)
    const index = read ? new CompactIndex(read.docs, read.segment) : new CompactIndex()
    let caughtUp = 0
    // Saves made while this pass reads articles are not put into an index that is not loaded yet:
    // another pass picks them up, until one finds nothing to do.
    const unreadable = new Map<string, number>()
    for (let pass = -1; pass !== 0; ) {
      pass = await this.catchUp(index, unreadable)
      caughtUp += pass
    }
    // A rebuild or a long catch-up leaves most postings in the live part: fold them in now.
    if (caughtUp > 0) index.compact()
    this.dirty = caughtUp > 0
    this.index = index
    this.lastLoad = { ms: performance.now() - started, from: read ? 'file' : 'rebuild', caughtUp }
    return index
  }

  /**
   * Brings the index to the articles' current revs; how many it changed. `unreadable`: id → rev
   * that could not be read in an earlier pass, not tried again until its rev changes.
   */
  private async catchUp(index: CompactIndex, unreadable: Map<string, number>): Promise<number> {
    const current = this.source.currentRevs()
    let changed = 0
    for (const id of [...index.ids()]) {
      if (!current.has(id)) {
        index.remove(id)
        changed++
      }
    }
    const stale = [...current].filter(([id, rev]) => index.revOf(id) !== rev && unreadable.get(id) !== rev).map(([id]) => id)
    // A few reads at a time keep the disk busy while the previous ones are parsed.
    for (let i = 0; i < stale.length; i += 32) {
      const batch = stale.slice(i, i + 32)
      const articles = await Promise.all(batch.map((id) => this.source.load(id)))
      batch.forEach((id, k) => {
        const article = articles[k]
        if (article) index.add(docOf(article))
        else {
          index.remove(id)
          unreadable.set(id, current.get(id) as number)
        }
      })
      changed += batch.length
    }
    return changed
  }
}
