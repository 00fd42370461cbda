import type { Article } from '../../../shared/article'
import type { Result } from '../../../shared/result'
import { parseRoute } from './router'

/**
 * Imported first by main.tsx, so these requests go out as the bundle starts evaluating and their
 * round trips overlap the rest of it (decision 0107): the settings the first render waits for,
 * then, on a page load of `#/artikel/<id>`, the article (asked second, so the settings' small
 * answer is not queued behind it).
 */
export const earlySettings = window.redaksi.settings.get({})

const route = parseRoute(window.location.hash)
let earlyArticle: { id: string; answer: Promise<Result<Article>> } | null =
  route.screen === 'article' ? { id: route.id, answer: window.redaksi.articles.get({ id: route.id }) } : null

// Only the page load's own open takes it: after any navigation (the first-run form, the list) the
// article is read afresh, never from an answer that may have gone stale meanwhile.
if (earlyArticle) window.addEventListener('hashchange', () => (earlyArticle = null), { once: true })

/** The article as stored: the page load's early read when it was for this id (once), otherwise a fresh one. */
export function readArticle(id: string): Promise<Result<Article>> {
  const taken = earlyArticle?.id === id ? earlyArticle.answer : null
  earlyArticle = null
  return taken ?? window.redaksi.articles.get({ id })
}
