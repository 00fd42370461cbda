// A segment term's postings turned, on first use, into what a pruned search (pruned.ts) asks of
// them: the packed counts of any document in one step, the documents with the term in their
// headline, and the largest body count. Built lazily and only for the last few terms searched:
// one byte per document each (≈100 kB at 100,000 articles), so the few dozen kept stay small.
import { readPostings } from './postings'
import type { Segment } from './segment'

export interface TermView {
  /** packCounts(h, b) of every document, 0 where the term is absent, OVERFLOW above 254. */
  readonly packed: Uint8Array
  readonly overflow: ReadonlyMap<number, number>
  /** Documents with the term in their headline, increasing. */
  readonly headlineDocs: Int32Array
  /** The largest body count of the term in any document. */
  readonly bodyMax: number
}

export const OVERFLOW = 255

/** The packed counts of `doc` in `view`; 0 when the term is not in it. */
export function packedOf(view: TermView, doc: number): number {
  const p = view.packed[doc] as number
  return p === OVERFLOW ? (view.overflow.get(doc) as number) : p
}

export class TermViews {
  /** By segment term number, least recently used first. */
  private readonly views = new Map<number, TermView>()

  constructor(
    private readonly segment: Segment,
    private readonly docCount: number,
    readonly keep = 48
  ) {}

  get size(): number {
    return this.views.size
  }

  of(term: number): TermView {
    const known = this.views.get(term)
    if (known) {
      this.views.delete(term)
      this.views.set(term, known)
      return known
    }
    const packed = new Uint8Array(this.docCount)
    const overflow = new Map<number, number>()
    const headline: number[] = []
    let bodyMax = 0
    readPostings(this.segment.bytes, this.segment.starts[term] as number, this.segment.starts[term + 1] as number, (doc, h, b) => {
      const p = b * 8 + h
      if (p >= OVERFLOW) overflow.set(doc, p)
      packed[doc] = Math.min(p, OVERFLOW)
      if (h > 0) headline.push(doc)
      if (b > bodyMax) bodyMax = b
    })
    const view: TermView = { packed, overflow, headlineDocs: Int32Array.from(headline), bodyMax }
    this.views.set(term, view)
    if (this.views.size > this.keep) this.views.delete(this.views.keys().next().value as number)
    return view
  }
}
