// The newsroom server's version of an article, written as given. The sync layer has already
// decided it wins; the store's job is to keep it as safely as its own saves: through the queue,
// durably, with the local version it replaces kept as a revision if it had none, and the remote
// one kept too, so a journalist can always go back to what was on this laptop.
import { isDeepStrictEqual } from 'node:util'
import { ArticleSchema, type Article } from '../../shared/article'
import { issuesFromZod } from '../../shared/request-issues'
import { failedWith, RedaksiFailure } from '../../shared/result'
import type { ArticleFile } from './article-file'
import { place } from './placement'
import type { RevisionLog } from './revision-log'
import type { StoreCore } from './store-core'
import { removeTombstone } from './tombstones'

/** The id a refused article claims, for the failure's words. */
function idOf(input: unknown): string {
  return typeof input === 'object' && input !== null && 'id' in input && typeof input.id === 'string' ? input.id.slice(0, 40) : '?'
}

/** Who a remote version's snapshot names when the sync does not say. */
export const REMOTE_ACTOR = 'server'

export class RemoteWrites {
  constructor(
    private readonly core: StoreCore,
    private readonly revisions: RevisionLog
  ) {}

  apply(input: Article, savedBy = REMOTE_ACTOR): Promise<Article> {
    return this.core.write(async () => {
      const parsed = ArticleSchema.safeParse(input)
      if (!parsed.success) {
        throw new RedaksiFailure('store.invalid-article', { id: idOf(input) }, { issues: issuesFromZod(parsed.error.issues) })
      }
      const article = parsed.data
      const current = await this.local(article.id)
      // The server echoing this laptop's own version changes nothing: no write, no event.
      if (current && isDeepStrictEqual(current.article, article)) return current.article
      const at = this.core.now()
      if (current) await this.revisions.keepPrevious(current, at, true)
      await this.revisions.keepWith(article, 'remote', at, savedBy, () => place(this.core, article, { at: at.toISOString(), rev: article.rev }, savedBy, 'remote'))
      // An article file and a tombstone never stand for the same id: the article exists again.
      await removeTombstone(this.core.layout, article.id)
      return article
    })
  }

  /** The local version, if there is a readable one; a damaged file is quarantined and replaced. */
  private async local(id: string): Promise<ArticleFile | null> {
    if (!this.core.entries.has(id)) return null
    try {
      return await this.core.readCurrent(id)
    } catch (err) {
      if (failedWith(err, 'store.damaged-file', 'store.article-not-found')) return null
      throw err
    }
  }
}
