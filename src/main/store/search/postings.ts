// Postings as bytes: for each term, the documents it occurs in, in increasing document number,
// each as two varints (the gap from the previous document; the body count shifted past a 3-bit
// headline count). Most entries take two bytes, where a JavaScript object per entry would take
// dozens: this is what keeps 10,000 articles' index in a few megabytes.

/** A growable byte buffer written as varints. */
export class ByteWriter {
  private buf: Uint8Array
  length = 0

  constructor(capacity = 16) {
    this.buf = new Uint8Array(capacity)
  }

  push(value: number): void {
    if (this.length + 5 > this.buf.length) {
      const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + 5))
      next.set(this.buf.subarray(0, this.length))
      this.buf = next
    }
    let v = value
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80
      v >>>= 7
    }
    this.buf[this.length++] = v
  }

  /** The bytes written so far (a view; copy it to keep it). */
  view(): Uint8Array {
    return this.buf.subarray(0, this.length)
  }

  /** A copy sized to fit, to keep once writing is over. */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.length)
  }
}

/** How often a term occurs in a headline and a body, packed into one number. */
export function packCounts(headline: number, body: number): number {
  return body * 8 + Math.min(headline, 7)
}

export type PostingVisitor = (doc: number, headline: number, body: number) => void

/** Calls `visit` for every entry of the postings in `bytes[start, end)`. */
export function readPostings(bytes: Uint8Array, start: number, end: number, visit: PostingVisitor): void {
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
    visit(doc, packed & 7, packed >>> 3)
  }
}

/** Appends one entry; `previous` is the last document written for this term (-1 before the first). */
export function writePosting(out: ByteWriter, previous: number, doc: number, packed: number): void {
  out.push(previous < 0 ? doc : doc - previous)
  out.push(packed)
}
