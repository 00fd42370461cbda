// The best `limit` hits without sorting every match: a min-heap of that size. Equal scores put the
// newer article first (ids are ULIDs, so a later id is a later article).

interface Hit {
  score: number
  id: string
}

function worse(a: Hit, b: Hit): boolean {
  return a.score < b.score || (a.score === b.score && a.id < b.id)
}

export class TopHits {
  private readonly heap: Hit[] = []

  constructor(private readonly limit: number) {}

  offer(score: number, id: string): void {
    const heap = this.heap
    if (heap.length < this.limit) {
      heap.push({ score, id })
      this.up(heap.length - 1)
    } else if (worse(heap[0] as Hit, { score, id })) {
      heap[0] = { score, id }
      this.down(0)
    }
  }

  /** Best first. */
  ids(): string[] {
    return [...this.heap].sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0)).map((h) => h.id)
  }

  private up(i: number): void {
    const heap = this.heap
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!worse(heap[i] as Hit, heap[parent] as Hit)) return
      ;[heap[i], heap[parent]] = [heap[parent] as Hit, heap[i] as Hit]
      i = parent
    }
  }

  private down(i: number): void {
    const heap = this.heap
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && worse(heap[l] as Hit, heap[m] as Hit)) m = l
      if (r < heap.length && worse(heap[r] as Hit, heap[m] as Hit)) m = r
      if (m === i) return
      ;[heap[i], heap[m]] = [heap[m] as Hit, heap[i] as Hit]
      i = m
    }
  }
}
