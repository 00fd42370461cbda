// The best `k` of the matching documents without sorting every match: a min-heap of that size in
// typed arrays, so a search that matches most of the archive allocates nothing per match. Equal
// scores put the later id first (ids are ULIDs, so a later id is a later article).

export class TopHits {
  private readonly scores: Float64Array
  private readonly docs: Int32Array
  private size = 0

  constructor(
    private readonly k: number,
    private readonly ids: readonly string[]
  ) {
    this.scores = new Float64Array(k)
    this.docs = new Int32Array(k)
  }

  /** A score below this cannot enter (ties still can, by id): lets a caller skip the call. */
  get floor(): number {
    return this.size < this.k ? -Infinity : (this.scores[0] as number)
  }

  offer(doc: number, score: number): void {
    if (this.k === 0) return
    if (this.size < this.k) {
      this.scores[this.size] = score
      this.docs[this.size] = doc
      this.up(this.size++)
    } else if (this.worse(0, score, doc)) {
      this.scores[0] = score
      this.docs[0] = doc
      this.down(0)
    }
  }

  /** Document numbers, best first. */
  best(): number[] {
    const order = [...Array(this.size).keys()]
    order.sort((a, b) => (this.worse(a, this.scores[b] as number, this.docs[b] as number) ? 1 : -1))
    return order.map((i) => this.docs[i] as number)
  }

  /** Whether the entry at heap place `i` ranks below (score, doc). */
  private worse(i: number, score: number, doc: number): boolean {
    const s = this.scores[i] as number
    return s < score || (s === score && (this.ids[this.docs[i] as number] as string) < (this.ids[doc] as string))
  }

  private swap(i: number, j: number): void {
    const s = this.scores[i] as number
    const d = this.docs[i] as number
    this.scores[i] = this.scores[j] as number
    this.docs[i] = this.docs[j] as number
    this.scores[j] = s
    this.docs[j] = d
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.worse(i, this.scores[parent] as number, this.docs[parent] as number)) return
      this.swap(i, parent)
      i = parent
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < this.size && this.worse(l, this.scores[m] as number, this.docs[m] as number)) m = l
      if (r < this.size && this.worse(r, this.scores[m] as number, this.docs[m] as number)) m = r
      if (m === i) return
      this.swap(i, m)
      i = m
    }
  }
}
