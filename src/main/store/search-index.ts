// Full-text search over headline and body text with MiniSearch. The index is large (about as much
// memory as the rest of the store with 10,000 articles), so it is not loaded on open: the first
// search loads `search-index.json`, then catches up with any article whose rev differs from the
// one it indexed. It is written back when the store is idle or closed, never on the save path.
import MiniSearch, { type Options } from 'minisearch'
import { z } from 'zod'
import { SCHEMA_VERSION, type Article } from '../../shared/article'
import { bodyText } from '../../shared/editor/queries'
import { JsonFile, type JsonFileKind } from '../files'
import { indexTerms, queryTerms } from './tokenize'

type IndexJson = Parameters<typeof MiniSearch.loadJS>[0]

/** MiniSearch checks the inside of its own part when loading it (loadJS throws); the revs are ours. */
const SearchIndexFileSchema = z.object({
  revs: z.array(z.tuple([z.string(), z.number()])),
  index: z.custom<IndexJson>((v) => typeof v === 'object' && v !== null && !Array.isArray(v))
})

/** Derived data: damaged, older or newer, it is rebuilt from the articles. */
const SEARCH_INDEX_FILE: JsonFileKind<z.infer<typeof SearchIndexFileSchema>> = {
  version: SCHEMA_VERSION,
  schema: SearchIndexFileSchema,
  onDamage: 'discard'
}

interface SearchDoc {
  id: string
  headline: string
  text: string
}

const OPTIONS: Options<SearchDoc> = {
  fields: ['headline', 'text'],
  storeFields: [],
  tokenize: (text) => indexTerms(text),
  processTerm: (term) => term,
  searchOptions: {
    tokenize: (text) => queryTerms(text),
    processTerm: (term) => term
  }
}

export interface SearchSource {
  /** id → rev of every article that should be searchable now. */
  currentRevs(): Map<string, number>
  /** Reads an article; null if it cannot be read (it is then simply not searchable). */
  load(id: string): Promise<Article | null>
}

function docOf(a: Article): SearchDoc {
  return { id: a.id, headline: a.headline, text: bodyText(a.body) }
}

export class SearchIndex {
  private index: MiniSearch<SearchDoc> | null = null
  private loading: Promise<MiniSearch<SearchDoc>> | null = null
  private readonly revs = new Map<string, number>()
  private dirty = false
  /** What the last load cost, for benchmarks and diagnostics. */
  lastLoad: { ms: number; from: 'file' | 'rebuild'; caughtUp: number } | null = null

  private readonly file: JsonFile<z.infer<typeof SearchIndexFileSchema>>

  constructor(
    path: string,
    private readonly source: SearchSource
  ) {
    this.file = new JsonFile(path, SEARCH_INDEX_FILE)
  }

  get loaded(): boolean {
    return this.index !== null
  }

  /** Ids of matching articles, best first. */
  async search(text: string): Promise<string[]> {
    const terms = queryTerms(text)
    if (terms.length === 0) return []
    const index = await this.ensureLoaded()
    const results = index.search(text, {
      combineWith: 'AND',
      boost: { headline: 2 },
      prefix: (term) => term.length >= 2,
      // Light typo tolerance only for longer words, where it is cheap and rarely wrong.
      fuzzy: (term) => (term.length >= 6 ? 1 : false)
    })
    return results.map((r) => String(r.id))
  }

  /** Keeps a loaded index current; when not loaded, the rev check on load catches up instead. */
  put(article: Article): void {
    if (!this.index) return
    if (this.index.has(article.id)) this.index.discard(article.id)
    this.index.add(docOf(article))
    this.revs.set(article.id, article.rev)
    this.dirty = true
  }

  remove(id: string): void {
    if (!this.index || !this.index.has(id)) return
    this.index.discard(id)
    this.revs.delete(id)
    this.dirty = true
  }

  async persist(): Promise<void> {
    if (!this.index || !this.dirty) return
    this.dirty = false
    // MiniSearch's toJSON() is its plain form: written as is, loaded back by loadJS.
    await this.file.write({ revs: [...this.revs], index: this.index.toJSON() })
  }

  /** Frees the memory; the next search loads again. */
  unload(): void {
    this.index = null
    this.revs.clear()
  }

  private ensureLoaded(): Promise<MiniSearch<SearchDoc>> {
    if (this.index) return Promise.resolve(this.index)
    this.loading ??= this.load().finally(() => {
      this.loading = null
    })
    return this.loading
  }

  private async load(): Promise<MiniSearch<SearchDoc>> {
    const started = performance.now()
    let index = await this.readFile()
    const from = index ? 'file' : 'rebuild'
    index ??= new MiniSearch<SearchDoc>(OPTIONS)
    if (from === 'rebuild') this.revs.clear()
    const current = this.source.currentRevs()
    let caughtUp = 0
    for (const id of [...this.revs.keys()]) {
      if (!current.has(id)) {
        index.discard(id)
        this.revs.delete(id)
        caughtUp++
      }
    }
    for (const [id, rev] of current) {
      if (this.revs.get(id) === rev) continue
      const article = await this.source.load(id)
      if (index.has(id)) index.discard(id)
      this.revs.delete(id)
      if (article) {
        index.add(docOf(article))
        this.revs.set(id, article.rev)
      }
      caughtUp++
    }
    this.dirty = caughtUp > 0
    this.index = index
    this.lastLoad = { ms: performance.now() - started, from, caughtUp }
    return index
  }

  private async readFile(): Promise<MiniSearch<SearchDoc> | null> {
    // Missing or damaged: the search index is derived data, so it is rebuilt from the articles.
    const read = await this.file.read().catch(() => null)
    if (read?.state !== 'ok') return null
    let index: MiniSearch<SearchDoc>
    try {
      index = MiniSearch.loadJS<SearchDoc>(read.data.index, OPTIONS)
    } catch {
      return null
    }
    this.revs.clear()
    for (const [id, rev] of read.data.revs) this.revs.set(id, rev)
    return index
  }
}
