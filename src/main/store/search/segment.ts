// The compacted part of the index: every term in code-unit order, and one byte array holding all
// their postings back to back. Immutable: changes go to the live part (live-postings.ts) and are
// folded in by `compact` when the index is written out.
import { ByteWriter, readPostings, writePosting, type PostingVisitor } from './postings'

export interface Segment {
  /** Sorted by code unit (JavaScript's default sort), for binary search and prefix ranges. */
  readonly terms: readonly string[]
  /** Postings of terms[i] are bytes[starts[i], starts[i + 1]). */
  readonly starts: Uint32Array
  /** How many documents each term occurs in, dead ones included until the next compaction. */
  readonly counts: Uint32Array
  readonly bytes: Uint8Array
}

export const EMPTY_SEGMENT: Segment = { terms: [], starts: new Uint32Array(1), counts: new Uint32Array(0), bytes: new Uint8Array(0) }

/** Index of the first term ≥ `text`. */
export function lowerBound(terms: readonly string[], text: string): number {
  let lo = 0
  let hi = terms.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((terms[mid] as string) < text) lo = mid + 1
    else hi = mid
  }
  return lo
}

export function termIndex(segment: Segment, term: string): number {
  const i = lowerBound(segment.terms, term)
  return segment.terms[i] === term ? i : -1
}

export function visitTerm(segment: Segment, i: number, visit: PostingVisitor): void {
  readPostings(segment.bytes, segment.starts[i] as number, segment.starts[i + 1] as number, visit)
}

/** Builds a segment from terms given in sorted order, each writing its renumbered postings. */
export function buildSegment(sortedTerms: Iterable<string>, fill: (term: string, add: (doc: number, packed: number) => void) => void): Segment {
  const terms: string[] = []
  const starts: number[] = [0]
  const counts: number[] = []
  const out = new ByteWriter(1 << 16)
  for (const term of sortedTerms) {
    let previous = -1
    let count = 0
    fill(term, (doc, packed) => {
      writePosting(out, previous, doc, packed)
      previous = doc
      count++
    })
    if (count === 0) continue
    terms.push(term)
    starts.push(out.length)
    counts.push(count)
  }
  return { terms, starts: Uint32Array.from(starts), counts: Uint32Array.from(counts), bytes: out.bytes() }
}
