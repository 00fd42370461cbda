import type { Article, ArticleDraft } from '../../../../shared/article'
import type { SyncChange, SyncStatus } from '../../../../shared/ipc'

export interface ArticleSyncState {
  /** Both versions wait for the person to choose. */
  conflict: boolean
  /** Changes of this article the server refused, oldest first, each with its reason. */
  refused: SyncChange[]
}

const NONE: ArticleSyncState = { conflict: false, refused: [] }

/** What the server has not taken of one article, from the status main reports. */
export function articleSyncState(status: SyncStatus | null, articleId: string): ArticleSyncState {
  if (!status || status.phase === 'local') return NONE
  const conflict = status.conflicts.some((c) => c.articleId === articleId)
  const refused = status.problems.filter((p) => p.articleId === articleId && p.state === 'refused')
  return conflict || refused.length > 0 ? { conflict, refused } : NONE
}

/** The article the header's indicator leads to: the oldest one the server did not take. */
export function firstProblemArticle(status: SyncStatus | null): string | null {
  if (status?.phase === 'conflict') return status.conflicts[0]?.articleId ?? null
  if (status?.phase === 'refused') return status.problems.find((p) => p.state === 'refused' && p.articleId)?.articleId ?? null
  return null
}

/** The part of a stored article a person writes: what a save or a merge sends. */
export function draftOf(article: Article): ArticleDraft {
  const { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags } = article
  return { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags }
}
