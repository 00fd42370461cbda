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
// The early article's answer once it has come, so the first render can draw the editor with it
// instead of a "Memuat artikel…" that a second render replaces (decision 0116).
let arrived: Result<Article> | null = null
void earlyArticle?.answer.then((answer) => (arrived = answer))

// Only the page load's own open takes it: after any navigation (the first-run form, the list) the
// article is read afresh, never from an answer that may have gone stale meanwhile.
if (earlyArticle) window.addEventListener('hashchange', () => forgetEarlyArticle(), { once: true })

function forgetEarlyArticle(): void {
  earlyArticle = null
  arrived = null
}

/** The article as stored: the page load's early read when it was for this id (once), otherwise a fresh one. */
export function readArticle(id: string): Promise<Result<Article>> {
  const taken = earlyArticle?.id === id ? earlyArticle.answer : null
  forgetEarlyArticle()
  return taken ?? window.redaksi.articles.get({ id })
}

/** The early read's answer for `id` if it has already come (and was not let go); it stays to be taken. */
export function arrivedArticle(id: string): Result<Article> | null {
  return earlyArticle?.id === id ? arrived : null
}

/** Takes the early read's answer that `arrivedArticle` showed: it is not handed out again. */
export function takeArrivedArticle(): void {
  forgetEarlyArticle()
}

/**
 * Resolves when the early article's answer has come, or after `capMs`: the first render waits a
 * little for it (the two answers come close together) but never long for a slow one.
 */
export function earlyArticleArrival(capMs: number): Promise<void> {
  const answer = earlyArticle?.answer
  if (!answer || arrived) return Promise.resolve()
  return new Promise((done) => {
    const cap = setTimeout(done, capMs)
    void answer.then(() => {
      clearTimeout(cap)
      done()
    })
  })
}
