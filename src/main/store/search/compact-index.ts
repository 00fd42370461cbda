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
    this.scratchFor(total)
    const avgHeadline = Math.max(1, this.headlineTotal / this.alive)
    const avgBody = Math.max(1, this.bodyTotal / this.alive)
    const liveTerms = [...this.live.terms()]
    for (let w = 0; w < query.length; w++) {
      for (const [term, weight] of expand(query[w] as string, this.segment.terms, liveTerms)) {
        const i = termIndex(this.segment, term)
        const df = (i < 0 ? 0 : (this.segment.counts[i] as number)) + this.live.count(term)
        const idf = Math.log(1 + (this.alive - df + 0.5) / (df + 0.5))
        const factor = weight * idf
        if (i >= 0) this.score(w, factor, avgHeadline, avgBody, this.segment.bytes, this.segment.starts[i] as number, this.segment.starts[i + 1] as number)
        const live = this.live.bytesOf(term)
        if (live) this.score(w, factor, avgHeadline, avgBody, live, 0, live.length)
      }
    }
    return this.best(query.length, limit, accept)
  }

  /**
   * Adds one query word's postings (bytes[start, end), postings.ts) to the scores: BM25 of the
   * headline (counted double) and the body. Written out rather than through readPostings and a
   * callback, since this loop is where a search spends its time.
   */
  private score(w: number, factor: number, avgHeadline: number, avgBody: number, bytes: Uint8Array, start: number, end: number): void {
    const { score, matched, lastWord } = this.scratch
    const { ids, headlineLengths, bodyLengths } = this.docs
    let p = start
    let doc = 0
    while (p < end) {
      let b = bytes[p++] as number
      let gap = b & 0x7f
      for (let shift = 7; b & 0x80; shift += 7) {
        b = bytes[p++] as number
        gap |= (b & 0x7f) << shift
      }
      b = bytes[p++] as number
      let packed = b & 0x7f
      for (let shift = 7; b & 0x80; shift += 7) {
        b = bytes[p++] as number
        packed |= (b & 0x7f) << shift
      }
      doc += gap
      // A document that missed an earlier word cannot match all of them: skip it early.
      const again = lastWord[doc] === w
      if ((matched[doc] as number) - (again ? 1 : 0) !== w || ids[doc] === '') continue
      const h = packed & 7
      const bt = packed >>> 3
      const hs = h === 0 ? 0 : (h * (K1 + 1)) / (h + K1 * (1 - B + (B * (headlineLengths[doc] as number)) / avgHeadline))
      const bs = bt === 0 ? 0 : (bt * (K1 + 1)) / (bt + K1 * (1 - B + (B * (bodyLengths[doc] as number)) / avgBody))
      score[doc] = (score[doc] as number) + factor * (HEADLINE_BOOST * hs + bs)
      if (!again) {
        lastWord[doc] = w
        matched[doc] = (matched[doc] as number) + 1
      }
    }
  }

  /**
   * The best matches that `accept` lets through. `accept` is asked only of the few that would be
   * shown, never of every match; when it refuses so many that fewer than `limit` are left, the
   * next round takes four times as many candidates.
   */
  private best(words: number, limit: number, accept: (id: string) => boolean): string[] {
    const { score, matched } = this.scratch
    const ids = this.docs.ids
    for (let k = limit + 8; ; k *= 4) {
      const top = new TopHits(k, ids)
      let candidates = 0
      for (let doc = 0; doc < ids.length; doc++) {
        if (matched[doc] !== words) continue
        candidates++
        top.offer(doc, score[doc] as number)
      }
      const out = top
        .best()
        .map((doc) => ids[doc] as string)
        .filter(accept)
      if (out.length >= limit || k >= candidates) return out.slice(0, limit)
    }
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
