// The indexes the search benchmark compares, behind one small face: add documents, search as the
// store does (every word, prefixes, light typos, headline over body), and write/read the form each
// keeps on disk. MiniSearch is the store's index before decision 0092, configured as it was.
import FlexSearch, { type Index as FlexIndex } from 'flexsearch'
import MiniSearch, { type Options } from 'minisearch'
import { CompactIndex, type IndexedDoc } from '../../../src/main/store/search/compact-index'
import { decodeIndex, encodeIndex } from '../../../src/main/store/search/index-file'
import { indexTerms, queryTerms } from '../../../src/main/store/tokenize'

export interface BenchIndex {
  add(doc: IndexedDoc): void
  /** Done adding: whatever an index does before it is searched or written (compaction). */
  settle(): void
  search(text: string, limit: number): string[]
  serialize(): Uint8Array | string
}

export interface EngineKind {
  name: string
  create(): BenchIndex
  load(bytes: Buffer): BenchIndex
}

const MINI: Options<IndexedDoc> = {
  fields: ['headline', 'text'],
  storeFields: [],
  tokenize: (text) => indexTerms(text),
  processTerm: (term) => term,
  searchOptions: { tokenize: (text) => queryTerms(text), processTerm: (term) => term }
}

function miniIndex(index: MiniSearch<IndexedDoc>): BenchIndex {
  return {
    add: (doc) => index.add(doc),
    settle: () => undefined,
    search: (text, limit) =>
      index
        .search(text, { combineWith: 'AND', boost: { headline: 2 }, prefix: (t) => t.length >= 2, fuzzy: (t) => (t.length >= 6 ? 1 : false) })
        .slice(0, limit)
        .map((r) => String(r.id)),
    serialize: () => JSON.stringify({ index: index.toJSON() })
  }
}

// FlexSearch has no edit-distance typos; folding doubled letters ("makassar" → "makasar", as its
// LatinBalance charset does) is the tolerance it offers. Headline first in one field: its
// positional scoring ranks earlier words higher, which is how it weights the headline.
const fold = (terms: string[]): string[] => terms.map((t) => t.replace(/(.)\1+/gu, '$1'))
const FLEX = { tokenize: 'forward' as const, fastupdate: true, encode: (text: string) => fold(indexTerms(text)) }

function flexIndex(index: FlexIndex): BenchIndex {
  return {
    add: (doc) => index.add(doc.id, `${doc.headline}\n${doc.text}`),
    settle: () => undefined,
    search: (text, limit) => (queryTerms(text).length === 0 ? [] : (index.search(text, { limit }) as unknown as string[])),
    serialize: () => {
      const parts: Record<string, string> = {}
      index.export((key, data) => {
        parts[key] = data
      })
      return JSON.stringify(parts)
    }
  }
}

function compactIndex(index: CompactIndex): BenchIndex {
  return {
    add: (doc) => index.add(doc),
    settle: () => index.compact(),
    search: (text, limit) => index.search(queryTerms(text), limit),
    serialize: () => {
      const { docs, segment } = index.parts()
      return encodeIndex(docs, segment)
    }
  }
}

export const ENGINES: EngineKind[] = [
  {
    name: 'MiniSearch (current)',
    create: () => miniIndex(new MiniSearch(MINI)),
    load: (bytes) => miniIndex(MiniSearch.loadJS((JSON.parse(bytes.toString('utf8')) as { index: Parameters<typeof MiniSearch.loadJS>[0] }).index, MINI))
  },
  {
    name: 'FlexSearch 0.8',
    create: () => flexIndex(new FlexSearch.Index(FLEX)),
    load: (bytes) => {
      // 0.8.212 cannot import its own export with fastupdate (the register comes back as a Set where
      // a Map is needed), so a loaded index has none: smaller than one the store could update.
      const index = new FlexSearch.Index({ ...FLEX, fastupdate: false })
      for (const [key, data] of Object.entries(JSON.parse(bytes.toString('utf8')) as Record<string, string>)) index.import(key, data)
      return flexIndex(index)
    }
  },
  {
    name: 'compact (ours)',
    create: () => compactIndex(new CompactIndex()),
    load: (bytes) => {
      const read = decodeIndex(bytes)
      if (!read) throw new Error('index file did not decode')
      return compactIndex(new CompactIndex(read.docs, read.segment))
    }
  }
]

export function engineNamed(name: string): EngineKind {
  const kind = ENGINES.find((e) => e.name === name)
  if (!kind) throw new Error(`no engine ${name}`)
  return kind
}
