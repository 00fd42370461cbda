// How one version of an article follows from the last: the rev grows by one and the revId hashes
// the content with its parent's revId (decision 0002). Pure, so every writer builds them one way.
import type { Article, ArticleDraft } from '../../shared/article'
import { makeRevId } from './ids'

/** The fields a revision id hashes: everything but the rev bookkeeping itself. */
function contentOf(a: Omit<Article, 'revId'>): unknown {
  const { rev: _rev, ...content } = a
  return content
}

export function draftOf(a: Article): ArticleDraft {
  const { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags } = a
  return { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags }
}

export function firstVersion(draft: ArticleDraft, id: string, at: Date, actor: string): Article {
  const iso = at.toISOString()
  const base = {
    ...draft,
    id,
    status: 'draft' as const,
    createdAt: iso,
    updatedAt: iso,
    rev: 1,
    history: [{ at: iso, actor, action: 'create', from: null, to: 'draft' as const }]
  }
  return { ...base, revId: makeRevId(1, null, contentOf(base)) }
}

export function nextVersion(current: Article, changes: Partial<Article>, at: Date): Article {
  const rev = current.rev + 1
  const base = { ...current, ...changes, rev, updatedAt: at.toISOString() }
  const { revId: _old, ...withoutRevId } = base
  return { ...withoutRevId, revId: makeRevId(rev, current.revId, contentOf(withoutRevId)) }
}
