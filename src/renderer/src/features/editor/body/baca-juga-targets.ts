import { targetInfoOf, type TargetInfo } from './target-info'

export type { TargetInfo }

/**
 * Looks up the articles Baca Juga blocks point to, once per target while an article is open:
 * twenty blocks to the same few articles cost a few reads, not one per redraw.
 */
export class BacaJugaTargets {
  private readonly cache = new Map<string, Promise<TargetInfo>>()

  lookup(articleId: string): Promise<TargetInfo> {
    let pending = this.cache.get(articleId)
    if (!pending) {
      pending = window.redaksi.articles.get({ id: articleId }).then(targetInfoOf)
      this.cache.set(articleId, pending)
    }
    return pending
  }

  forget(articleId: string): void {
    this.cache.delete(articleId)
  }
}
