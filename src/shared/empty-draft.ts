// When a draft holds nothing a writer made (issue 12, decision 0076): such a draft is not kept
// when its page is left. One rule for the renderer, which asks, and main, which decides.
import type { Article, ArticleDraft, BodyNode } from './article'
import { sameName } from './workflow'

/** Blocks that hold nothing of their own: empty, they are only the editor's frame. */
const FRAMES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'hardBreak', 'bulletList', 'orderedList', 'listItem', 'blockquote'])

function emptyNode(node: BodyNode): boolean {
  if (node.type === 'text') return (node.text ?? '').trim() === ''
  if (!FRAMES.has(node.type)) return false
  return (node.content ?? []).every(emptyNode)
}

const blank = (s: string): boolean => s.trim() === ''

/** No photo: none picked, and its caption, credit and alt typed and erased count as never typed. */
const noPhoto = (image: ArticleDraft['featuredImage']): boolean =>
  image === null || (image.asset === null && blank(image.caption) && blank(image.credit) && blank(image.alt ?? ''))

/**
 * Nothing typed in any field: no headline, dateline city, body text or block, photo, names or
 * tags. The byline the app filled in for the writer who started the piece (`startedBy`) is not
 * hers to have typed; the desk and the publication time are choices, not writing, and are
 * not counted.
 */
export function isEmptyDraft(draft: ArticleDraft, startedBy: string | null): boolean {
  const prefilled = (name: string): boolean => startedBy !== null && sameName(name, startedBy)
  return (
    blank(draft.headline) &&
    blank(draft.dateline.city) &&
    noPhoto(draft.featuredImage) &&
    draft.penulis.every(prefilled) &&
    draft.editor.length === 0 &&
    draft.sumber.length === 0 &&
    draft.tags.length === 0 &&
    draft.body.content.every(emptyNode)
  )
}

/** Who started the piece, as its first history entry names them. */
export function startedBy(article: Pick<Article, 'history'>): string | null {
  return article.history[0]?.actor ?? null
}

/** Still a draft that never went to the desk: no move out of `draft` in its history. */
export function neverSubmitted(article: Pick<Article, 'status' | 'history'>): boolean {
  return article.status === 'draft' && article.history.every((h) => h.to === 'draft' && (h.from === null || h.from === 'draft'))
}

/** Why this article is not a draft to take back, or null when it is one. */
export function discardRefusal(article: Pick<Article, 'status' | 'history'> & ArticleDraft): 'draft.submitted' | 'draft.not-empty' | null {
  if (!neverSubmitted(article)) return 'draft.submitted'
  if (!isEmptyDraft(article, startedBy(article))) return 'draft.not-empty'
  return null
}
