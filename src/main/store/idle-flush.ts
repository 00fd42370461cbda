// The store's caches written back off the save path: the index when the store has been idle for a
// moment, a loaded search index after a longer pause, and the search index freed after a long time
// without a search (it holds as much memory as the rest of the app). Three timers, one owner.
import type { WriteQueue } from '../files'
import type { SearchIndex } from './search-index'

export interface IdleDelays {
  /** Default 1 s. */
  indexFlushDelayMs?: number
  /** Default 30 s. */
  searchPersistDelayMs?: number
  /** Default 10 min. */
  searchUnloadAfterMs?: number
}

type Timer = NodeJS.Timeout | null

export class IdleFlusher {
  private indexDirty = false
  private indexTimer: Timer = null
  private searchTimer: Timer = null
  private unloadTimer: Timer = null
  private stopped = false

  constructor(
    private readonly delays: IdleDelays,
    private readonly queue: WriteQueue,
    private readonly searchIndex: SearchIndex,
    private readonly writeIndex: () => Promise<void>
  ) {}

  /** The in-memory index changed: write it back when the store goes quiet. */
  indexChanged(): void {
    this.indexDirty = true
    this.indexTimer = this.restart(this.indexTimer, this.delays.indexFlushDelayMs ?? 1000, () => {
      this.indexTimer = null
      // In the queue, so the index never races a write; a failure waits for the next change.
      void this.queue.run(() => this.flushIndex()).catch(() => undefined)
    })
  }

  /** A loaded search index changed. */
  searchChanged(): void {
    if (!this.searchIndex.loaded) return
    this.searchTimer = this.restart(this.searchTimer, this.delays.searchPersistDelayMs ?? 30_000, () => {
      this.searchTimer = null
      void this.searchIndex.persist().catch(() => undefined)
    })
  }

  /** Someone searched: keep the index loaded a while longer. */
  searched(): void {
    this.searchChanged()
    this.unloadTimer = this.restart(this.unloadTimer, this.delays.searchUnloadAfterMs ?? 10 * 60_000, () => {
      this.unloadTimer = null
      void this.searchIndex
        .persist()
        .then(() => this.searchIndex.unload())
        .catch(() => undefined)
    })
  }

  /** Both caches now; the index through the queue so it follows every write queued before. */
  async flush(): Promise<void> {
    await this.queue.run(() => this.flushIndex())
    await this.searchIndex.persist()
  }

  /** Stops the timers and writes what is left; the queue must be drained first. */
  async close(): Promise<void> {
    this.stopped = true
    for (const timer of [this.indexTimer, this.searchTimer, this.unloadTimer]) if (timer) clearTimeout(timer)
    try {
      await this.flushIndex()
      await this.searchIndex.persist()
    } finally {
      this.searchIndex.unload()
    }
  }

  private async flushIndex(): Promise<void> {
    if (!this.indexDirty) return
    this.indexDirty = false
    try {
      await this.writeIndex()
    } catch (err) {
      // The article files are the truth and the next open re-reads what the index missed, so a
      // failed index write costs speed, not data. Try again on the next change.
      this.indexDirty = true
      throw err
    }
  }

  private restart(timer: Timer, ms: number, run: () => void): Timer {
    if (timer) clearTimeout(timer)
    if (this.stopped) return null
    const next = setTimeout(() => {
      if (!this.stopped) run()
    }, ms)
    next.unref()
    return next
  }
}
