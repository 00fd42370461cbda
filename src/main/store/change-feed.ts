// Who wants to know that an article changed: a sync outbox follows local saves this way instead of
// wrapping every service. Told after the article file is durable, in the order of the write queue.
import type { StoreChange } from './article-store'

export type ChangeListener = (change: StoreChange) => void

export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>()

  constructor(private readonly report: (error: unknown) => void) {}

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  announce(change: StoreChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change)
      } catch (error) {
        // The write is already durable: a listener's failure cannot undo it, and must not fail it.
        this.report(error)
      }
    }
  }
}
