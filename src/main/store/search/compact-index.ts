// A full-text index built for memory: postings as bytes (postings.ts) in one compacted segment plus
// a small live part for what changed since, documents as parallel arrays. Ranking is BM25 over the
// headline and the body, the headline counting double; every query word must match (itself, as a
// prefix, or for long words with one typo). Replacing a document marks the old number dead and
// adds a new one; `compact` drops the dead and folds the live part in.
import { indexTerms } from '../tokenize'
import { expand } from './expand'
import { LivePostings } from './live-postings'
import { packCounts, type PostingVisitor } from './postings'
import { buildSegment, EMPTY_SEGMENT, termIndex, visitTerm, type Segment } from './segment'
import { TopHits } from './top-hits'

export interface IndexedDoc {
  id: string
  rev: number
  headline: string
  text: string
}

/** The documents of an index, by number; a dead one has the id ''. */
export interface DocTable {
  ids: string[]
  revs: number[]
  headlineLengths: number[]
  bodyLengths: number[]
}

const K1 = 1.2
const B = 0.7
const HEADLINE_BOOST = 2

function counts(terms: string[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const t of terms) out.set(t, (out.get(t) ?? 0) + 1)
  return out
}

export class CompactIndex {
  private docs: DocTable
  private segment: Segment
  private live = new LivePostings()
  private readonly byId = new Map<string, number>()
  private alive = 0
  private headlineTotal = 0
  private bodyTotal = 0

  constructor(docs: DocTable = { ids: [], revs: [], headlineLengths: [], bodyLengths: [] }, segment: Segment = EMPTY_SEGMENT) {
    this.docs = docs
    this.segment = segment
    this.recount()
  }

  get size(): number {
    return this.alive
  }

  /** True when there is something `compact` would drop or fold in. */
  get fragmented(): boolean {
    return this.live.termCount > 0 || this.alive < this.docs.ids.length
  }

  has(id: string): boolean {
    return this.byId.has(id)
  }

  revOf(id: string): number | undefined {
    const n = this.byId.get(id)
    return n === undefined ? undefined : this.docs.revs[n]
  }

  ids(): IterableIterator<string> {
    return this.byId.keys()
  }

  add(doc: IndexedDoc): void {
    this.remove(doc.id)
    const n = this.docs.ids.length
    const headline = counts(indexTerms(doc.headline))
    const bodyTerms = indexTerms(doc.text)
    const body = counts(bodyTerms)
    const headlineLength = [...headline.values()].reduce((a, b) => a + b, 0)
    for (const [term, h] of headline) this.live.add(term, n, packCounts(h, body.get(term) ?? 0))
    for (const [term, b] of body) if (!headline.has(term)) this.live.add(term, n, packCounts(0, b))
    this.docs.ids.push(doc.id)
    this.docs.revs.push(doc.rev)
    this.docs.headlineLengths.push(headlineLength)
    this.docs.bodyLengths.push(bodyTerms.length)
    this.byId.set(doc.id, n)
    this.alive++
    this.headlineTotal += headlineLength
    this.bodyTotal += bodyTerms.length
  }

  remove(id: string): void {
    const n = this.byId.get(id)
    if (n === undefined) return
    this.byId.delete(id)
    this.docs.ids[n] = ''
    this.alive--
    this.headlineTotal -= this.docs.headlineLengths[n] as number
    this.bodyTotal -= this.docs.bodyLengths[n] as number
  }

  /** Up to `limit` ids that match every word and that `accept` lets through, best first. */
  search(words: string[], limit: number, accept: (id: string) => boolean = () => true): string[] {
    const query = [...new Set(words)].slice(0, 0xffff)
    const total = this.docs.ids.length
    if (query.length === 0 || this.alive === 0 || limit <= 0) return []
    const { score, matched, lastWord } = this.scratchFor(total)
    const { ids, headlineLengths, bodyLengths } = this.docs
    const avgHeadline = Math.max(1, this.headlineTotal / this.alive)
    const avgBody = Math.max(1, this.bodyTotal / this.alive)
    const liveTerms = [...this.live.terms()]
    for (let w = 0; w < query.length; w++) {
      for (const [term, weight] of expand(query[w] as string, this.segment.terms, liveTerms)) {
        const i = termIndex(this.segment, term)
        const df = (i < 0 ? 0 : (this.segment.counts[i] as number)) + this.live.count(term)
        const idf = Math.log(1 + (this.alive - df + 0.5) / (df + 0.5))
        const visit: PostingVisitor = (doc, h, b) => {
          // A document that missed an earlier word cannot match all of them: skip it early.
          const again = lastWord[doc] === w
          if ((matched[doc] as number) - (again ? 1 : 0) !== w || ids[doc] === '') return
          const hs = h === 0 ? 0 : (h * (K1 + 1)) / (h + K1 * (1 - B + (B * (headlineLengths[doc] as number)) / avgHeadline))
          const bs = b === 0 ? 0 : (b * (K1 + 1)) / (b + K1 * (1 - B + (B * (bodyLengths[doc] as number)) / avgBody))
          score[doc] = (score[doc] as number) + weight * idf * (HEADLINE_BOOST * hs + bs)
          if (!again) {
            lastWord[doc] = w
            matched[doc] = (matched[doc] as number) + 1
          }
        }
        if (i >= 0) visitTerm(this.segment, i, visit)
        this.live.visit(term, visit)
      }
    }
    const top = new TopHits(limit)
    for (let doc = 0; doc < total; doc++) {
      if (matched[doc] !== query.length) continue
      const id = ids[doc] as string
      if (accept(id)) top.offer(score[doc] as number, id)
    }
    return top.ids()
  }

  /** Drops dead documents and folds the live part into one segment; numbers become dense again. */
  compact(): void {
    if (!this.fragmented) return
    const old = this.docs
    const renumber = new Int32Array(old.ids.length).fill(-1)
    const docs: DocTable = { ids: [], revs: [], headlineLengths: [], bodyLengths: [] }
    for (let n = 0; n < old.ids.length; n++) {
      if (old.ids[n] === '') continue
      renumber[n] = docs.ids.length
      docs.ids.push(old.ids[n] as string)
      docs.revs.push(old.revs[n] as number)
      docs.headlineLengths.push(old.headlineLengths[n] as number)
      docs.bodyLengths.push(old.bodyLengths[n] as number)
    }
    const terms = [...new Set([...this.segment.terms, ...this.live.terms()])].sort()
    const segment = this.segment
    const live = this.live
    this.segment = buildSegment(terms, (term, add) => {
      const copy: PostingVisitor = (doc, h, b) => {
        const m = renumber[doc] as number
        if (m >= 0) add(m, packCounts(h, b))
      }
      const i = termIndex(segment, term)
      if (i >= 0) visitTerm(segment, i, copy)
      live.visit(term, copy)
    })
    this.docs = docs
    this.live = new LivePostings()
    this.recount()
  }

  /** The compacted form, for the index file; compacts first. */
  parts(): { docs: DocTable; segment: Segment } {
    this.compact()
    return { docs: this.docs, segment: this.segment }
  }

  /** Per-document work arrays, kept between searches so a search allocates next to nothing. */
  private scratch = { score: new Float64Array(0), matched: new Uint16Array(0), lastWord: new Int32Array(0) }

  private scratchFor(total: number): { score: Float64Array; matched: Uint16Array; lastWord: Int32Array } {
    if (this.scratch.score.length < total) {
      const size = Math.max(total, Math.ceil(this.scratch.score.length * 1.5))
      this.scratch = { score: new Float64Array(size), matched: new Uint16Array(size), lastWord: new Int32Array(size) }
    }
    const { score, matched, lastWord } = this.scratch
    score.fill(0, 0, total)
    matched.fill(0, 0, total)
    lastWord.fill(-1, 0, total)
    return this.scratch
  }

  private recount(): void {
    this.byId.clear()
    this.alive = 0
    this.headlineTotal = 0
    this.bodyTotal = 0
    this.docs.ids.forEach((id, n) => {
      if (id === '') return
      this.byId.set(id, n)
      this.alive++
      this.headlineTotal += this.docs.headlineLengths[n] as number
      this.bodyTotal += this.docs.bodyLengths[n] as number
    })
  }
}
