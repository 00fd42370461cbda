// The store's one writer. Every change runs here, one at a time, so a rev check and the write it
// guards can never interleave with another change to the same files.

export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve()
  private pending = 0

  /** Runs `job` after every job queued before it; its failure does not stop later jobs. */
  run<T>(job: () => Promise<T>): Promise<T> {
    this.pending++
    const result = this.tail.then(job, job)
    this.tail = result.then(
      () => this.pending--,
      () => this.pending--
    )
    return result
  }

  get size(): number {
    return this.pending
  }

  /** Resolves once every job queued so far has finished (whatever its outcome). */
  async drain(): Promise<void> {
    let seen: Promise<unknown>
    do {
      seen = this.tail
      await seen
    } while (seen !== this.tail)
  }
}
