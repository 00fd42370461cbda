// What sync needs of the local store, and nothing more: read an article, and write the server's
// version of one exactly (id, rev, revId, status, history) through the store's `applyRemote`. An
// article keeps one id everywhere: one made here keeps it on the server, one first seen from the
// server is stored under the server's id. See docs/decisions/0031-replica-store-before-apply-remote.md.
import type { Article, ArticleDraft } from '../../shared/article'
import { failedWith } from '../../shared/result'
import type { ArticleStore } from '../store'

export interface ReplicaStore {
  /** The local copy of a server article, or null when this machine has none. */
  get(id: string): Promise<Article | null>
  /** Stores the server's version as it is; returns it as the store now holds it. */
  applyRemote(article: Article): Promise<Article>
}

export function draftOf(a: Article): ArticleDraft {
  const { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags } = a
  return { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags }
}

export class StoreReplica implements ReplicaStore {
  constructor(private readonly store: Pick<ArticleStore, 'get' | 'applyRemote'>) {}

  async get(id: string): Promise<Article | null> {
    try {
      return await this.store.get(id)
    } catch (err) {
      if (failedWith(err, 'store.article-not-found')) return null
      throw err
    }
  }

  applyRemote(article: Article): Promise<Article> {
    return this.store.applyRemote(article)
  }
}
