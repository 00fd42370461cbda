import { MAX_TARGETS_ASKED } from '../../../../../shared/kompas/check-context'
import { targetInfoIn, type TargetInfo } from './target-info'

export type { TargetInfo }

interface Asked {
  id: string
  answer: (info: TargetInfo) => void
}

/**
 * Looks up the articles Baca Juga blocks point to, once per target while an article is open:
 * twenty blocks to the same few articles cost a few reads, not one per redraw. The lookups of one
 * task go out as one `articles.targets` call (decision 0113): the blocks drawn with the body, and
 * the house-style check, each ask for all their targets in the same task.
 */
export class BacaJugaTargets {
  private readonly cache = new Map<string, Promise<TargetInfo>>()
  private asked: Asked[] = []

  lookup(articleId: string): Promise<TargetInfo> {
    let pending = this.cache.get(articleId)
    if (!pending) {
      pending = new Promise<TargetInfo>((answer) => {
        if (this.asked.length === 0) queueMicrotask(() => this.ask())
        this.asked.push({ id: articleId, answer })
      })
      this.cache.set(articleId, pending)
    }
    return pending
  }

  forget(articleId: string): void {
    this.cache.delete(articleId)
  }

  private ask(): void {
    const asked = this.asked
    this.asked = []
    for (let from = 0; from < asked.length; from += MAX_TARGETS_ASKED) {
      const turn = asked.slice(from, from + MAX_TARGETS_ASKED)
      void window.redaksi.articles.targets({ ids: turn.map((a) => a.id) }).then((result) => {
        for (const { id, answer } of turn) answer(targetInfoIn(result, id))
      })
    }
  }
}
