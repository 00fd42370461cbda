// What sync needs of the local store, and nothing more: read an article, and write the server's
// version of one. Until the store has `applyRemote` (written exactly: id, rev, revId, status,
// history), `StoreReplica` does it with the store's public methods, as well as they allow: see
// docs/decisions/0031-replica-store-before-apply-remote.md for what differs and what changes.
import { canonicalJson } from '../store/ids'
import type { Article, ArticleDraft } from '../../shared/article'
import type { ArticleStore } from '../store/article-store'
import type { IdMapFile } from './id-map-file'

export interface ReplicaStore {
  /** The local copy of a server article, or null when this machine has none. */
  get(serverId: string): Promise<Article | null>
  /** Stores the server's version; returns the local article as it now is. */
  applyRemote(article: Article): Promise<Article>
  /** The server's id of a local article and back (the same id wherever the store can keep it). */
  serverIdOf(localId: string): string
  localIdOf(serverId: string): string
}

export function draftOf(a: Article): ArticleDraft {
  const { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags } = a
  return { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags }
}

export const sameDraft = (a: Article, b: Article): boolean => canonicalJson(draftOf(a)) === canonicalJson(draftOf(b))

const isNotFound = (err: unknown): boolean => {
  const e = err as { code?: unknown; failure?: { reason?: unknown } }
  return e.code === 'not-found' || e.failure?.reason === 'store.article-not-found'
}

/**
 * The fallback over today's store. The store mints ids itself, so an article first seen from the
 * server is created under a local id and the pair is kept in an id map; history gets one entry per
 * applied move (the server's actor, action and note), not the server's list.
 */
export class StoreReplica implements ReplicaStore {
  constructor(
    private readonly store: ArticleStore,
    private readonly ids: IdMapFile
  ) {}

  serverIdOf(localId: string): string {
    return this.ids.serverIdOf(localId)
  }

  localIdOf(serverId: string): string {
    return this.ids.localIdOf(serverId)
  }

  async get(serverId: string): Promise<Article | null> {
    try {
      return await this.store.get(this.ids.localIdOf(serverId))
    } catch (err) {
      if (isNotFound(err)) return null
      throw err
    }
  }

  async applyRemote(article: Article): Promise<Article> {
    const last = article.history.at(-1)
    const entry = { actor: last?.actor ?? 'server', action: last?.action ?? 'sync', ...(last?.note === undefined ? {} : { note: last.note }) }
    let local = await this.get(article.id)
    if (!local) {
      const creator = article.history[0]?.actor ?? entry.actor
      local = await this.store.create(draftOf(article), creator)
      await this.ids.pair(article.id, local.id)
    }
    // A spiked article cannot be edited: take it out of the trash first, put it back last.
    if (local.status === 'spiked' && article.status !== 'spiked') local = await this.store.setStatus(local.id, local.rev, article.status, entry)
    if (!sameDraft(local, article) && local.status !== 'spiked') local = await this.store.save(local.id, local.rev, draftOf(article), entry.actor)
    if (local.status !== article.status) local = await this.store.setStatus(local.id, local.rev, article.status, entry)
    return local
  }
}
