// Postings of documents added since the last compaction, in the same byte form as a segment, one
// growable buffer per term. Documents are numbered upwards as they come, so gaps stay positive.
import { ByteWriter, readPostings, writePosting, type PostingVisitor } from './postings'

interface LiveTerm {
  readonly out: ByteWriter
  last: number
  count: number
}

export class LivePostings {
  private readonly byTerm = new Map<string, LiveTerm>()

  get termCount(): number {
    return this.byTerm.size
  }

  add(term: string, doc: number, packed: number): void {
    let t = this.byTerm.get(term)
    if (!t) {
      t = { out: new ByteWriter(8), last: -1, count: 0 }
      this.byTerm.set(term, t)
    }
    writePosting(t.out, t.last, doc, packed)
    t.last = doc
    t.count++
  }

  count(term: string): number {
    return this.byTerm.get(term)?.count ?? 0
  }

  /** The term's postings as bytes (a view, valid until the next add). */
  bytesOf(term: string): Uint8Array | undefined {
    return this.byTerm.get(term)?.out.view()
  }

  visit(term: string, visit: PostingVisitor): void {
    const t = this.byTerm.get(term)
    if (t) readPostings(t.out.view(), 0, t.out.length, visit)
  }

  terms(): IterableIterator<string> {
    return this.byTerm.keys()
  }
}
