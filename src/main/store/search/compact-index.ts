// A full-text index built for memory: postings as bytes (postings.ts) in one compacted segment plus
// a small live part for what changed since, documents as parallel arrays. Ranking is BM25 over the
// headline and the body, the headline counting double; every query word must match (itself, as a
// prefix, or for long words with one typo). Replacing a document marks the old number dead and
// adds a new one; `compact` drops the dead and folds the live part in.
import { indexTerms } from '../tokenize'
import { expand } from './expand'
import { LivePostings } from './live-postings'
import { packCounts, type PostingVisitor } from './postings'
import { headlineCandidates } from './pruned'
import { DEAD, lengthNorms, MAX_WORDS, scoreTerm, type Scratch } from './score'
import { buildSegment, EMPTY_SEGMENT, termIndex, visitTerm, type Segment } from './segment'
import { TermViews } from './term-views'
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

function counts(terms: string[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const t of terms) out.set(t, (out.get(t) ?? 0) + 1)
  return out
}

/** BM25's length norms of every document (score.ts) and the smallest body norm of a live one. */
interface Norms {
  headline: Float64Array
  body: Float64Array
  smallestBody: number
}

/** Below this many compacted documents scoring every posting is as quick as pruning. */
const PRUNE_FROM = 2048

export class CompactIndex {
  private docs: DocTable
  private segment: Segment
  private live = new LivePostings()
  private readonly byId = new Map<string, number>()
  private alive = 0
  /** Numbers of removed documents, until the next compaction renumbers. */
  private dead: number[] = []
  private segmentDocs = 0
  /** How the last search was answered, for tests and diagnostics. */
  lastWay: 'pruned' | 'full' = 'full'
  private views = new TermViews(EMPTY_SEGMENT, 0)
  private headlineTotal = 0
  private bodyTotal = 0

  /** `prune` false scores every posting always: the reference the pruned search is tested against. */
  constructor(
    docs: DocTable = { ids: [], revs: [], headlineLengths: [], bodyLengths: [] },
    segment: Segment = EMPTY_SEGMENT,
    private readonly prune = true
  ) {
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
    this.dead.push(n)
    this.alive--
    this.headlineTotal -= this.docs.headlineLengths[n] as number
    this.bodyTotal -= this.docs.bodyLengths[n] as number
  }

  /** Up to `limit` ids that match every word and that `accept` lets through, best first. */
  search(words: string[], limit: number, accept: (id: string) => boolean = () => true): string[] {
    const query = [...new Set(words)].slice(0, MAX_WORDS)
    if (query.length === 0 || this.alive === 0 || limit <= 0) return []
    const plan = this.plan(query)
    const norms = this.norms()
    const compacted = plan.reduce((n, w) => n + w.terms.filter((t) => t.i >= 0).length, 0)
    const postings = plan.reduce((n, w) => n + w.postings, 0)
    if (this.prune && this.segmentDocs >= PRUNE_FROM && compacted <= this.views.keep / 2 && postings >= this.segmentDocs / 4) {
      // Compacted documents get their whole score in one step: only the live ones add up from zero.
      const s = this.scratchFor(this.docs.ids.length, this.segmentDocs)
      this.scoreWords(plan, norms, false)
      const words = plan.map((w) => w.terms.map((t) => ({ factor: t.factor, view: t.i >= 0 ? this.views.of(t.i) : null })))
      const bound = headlineCandidates(s, words, norms.headline, norms.body, norms.smallestBody)
      const found = this.best(limit, accept, bound)
      this.lastWay = 'pruned'
      if (found) return found
    }
    this.lastWay = 'full'
    this.scratchFor(this.docs.ids.length)
    if (!this.scoreWords(plan, norms, true)) return []
    return this.best(limit, accept, null) as string[]
  }

  /**
   * Each word's terms with their weights, the word with the fewest postings first: every later word
   * then scores only the documents that matched it, and one that matches nothing ends the search.
   */
  private plan(query: string[]): { terms: { term: string; i: number; factor: number }[]; postings: number }[] {
    const liveTerms = this.live.termCount === 0 ? [] : [...this.live.terms()]
    const plan = query.map((word) => {
      let postings = 0
      const terms = [...expand(word, this.segment.terms, liveTerms)].map(([term, weight]) => {
        const i = termIndex(this.segment, term)
        const df = (i < 0 ? 0 : (this.segment.counts[i] as number)) + this.live.count(term)
        postings += df
        return { term, i, factor: weight * Math.log(1 + (this.alive - df + 0.5) / (df + 0.5)) }
      })
      return { terms, postings }
    })
    return plan.sort((a, b) => a.postings - b.postings)
  }

  /** Scores every posting of the plan (`compacted` false: the live part's only); false when a word matched nothing. */
  private scoreWords(plan: ReturnType<CompactIndex['plan']>, norms: Norms, compacted: boolean): boolean {
    const s = this.scratch
    for (let w = 0; w < plan.length; w++) {
      const last = w === plan.length - 1
      let reached = 0
      for (const { term, i, factor } of (plan[w] as (typeof plan)[number]).terms) {
        const seg = this.segment
        if (compacted && i >= 0) reached += scoreTerm(s, w, last, factor, norms.headline, norms.body, seg.bytes, seg.starts[i] as number, seg.starts[i + 1] as number)
        const live = this.live.bytesOf(term)
        if (live) reached += scoreTerm(s, w, last, factor, norms.headline, norms.body, live, 0, live.length)
      }
      if (reached === 0 && compacted) return false
    }
    return true
  }

  /**
   * The best matches that `accept` lets through. `accept` is asked only of the few that would be
   * shown, never of every match; when it refuses so many that fewer than `limit` are left, the
   * next round takes four times as many candidates. With a `bound` (a pruned search), null unless
   * each round's k-th best scores above it, which proves no document left out could rank.
   */
  private best(limit: number, accept: (id: string) => boolean, bound: number | null): string[] | null {
    const { score, hits, hitCount } = this.scratch
    const ids = this.docs.ids
    for (let k = limit + 8; ; k *= 4) {
      const top = new TopHits(k, ids)
      for (let n = 0; n < hitCount; n++) {
        const doc = hits[n] as number
        const v = score[doc] as number
        if (v >= top.floor) top.offer(doc, v)
      }
      // The margin covers rounding between the bound and the sums it bounds.
      if (bound !== null && !(top.floor > bound * (1 + 1e-9))) return null
      const out = top
        .best()
        .map((doc) => ids[doc] as string)
        .filter(accept)
      if (out.length >= limit || (bound === null && k >= hitCount)) return out.slice(0, limit)
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

  private scratch: Scratch = { score: new Float64Array(0), matched: new Uint16Array(0), hits: new Int32Array(0), hitCount: 0 }

  private scratchFor(total: number, scoresFrom = 0): Scratch {
    if (this.scratch.score.length < total) {
      const size = Math.max(total, Math.ceil(this.scratch.score.length * 1.5))
      this.scratch = { score: new Float64Array(size), matched: new Uint16Array(size), hits: new Int32Array(size), hitCount: 0 }
    }
    const s = this.scratch
    s.score.fill(0, scoresFrom, total)
    s.matched.fill(0, 0, total)
    for (const doc of this.dead) s.matched[doc] = DEAD
    s.hitCount = 0
    return s
  }

  /** BM25's length norms of every document, recomputed only when a change moved the averages. */
  private normsCache: Norms & { key: string } = { key: '', headline: new Float64Array(0), body: new Float64Array(0), smallestBody: 0 }

  private norms(): Norms {
    const c = this.normsCache
    const key = `${this.docs.ids.length}:${this.alive}:${this.headlineTotal}:${this.bodyTotal}`
    if (c.key !== key) {
      c.headline = lengthNorms(this.docs.headlineLengths, Math.max(1, this.headlineTotal / this.alive), c.headline)
      c.body = lengthNorms(this.docs.bodyLengths, Math.max(1, this.bodyTotal / this.alive), c.body)
      let smallest = Infinity
      for (let doc = 0; doc < this.docs.ids.length; doc++) if (this.docs.ids[doc] !== '') smallest = Math.min(smallest, c.body[doc] as number)
      c.smallestBody = smallest
      c.key = key
    }
    return c
  }

  private recount(): void {
    // Every document is in the segment right after a load or a compaction; later ones are live.
    this.segmentDocs = this.docs.ids.length
    this.views = new TermViews(this.segment, this.segmentDocs)
    this.byId.clear()
    this.dead = []
    this.alive = 0
    this.headlineTotal = 0
    this.bodyTotal = 0
    this.docs.ids.forEach((id, n) => {
      if (id === '') {
        this.dead.push(n)
        return
      }
      this.byId.set(id, n)
      this.alive++
      this.headlineTotal += this.docs.headlineLengths[n] as number
      this.bodyTotal += this.docs.bodyLengths[n] as number
    })
  }
}
