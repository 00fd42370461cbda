import type { Article } from '../../../../shared/article'
import type { Result } from '../../../../shared/result'

let early: { id: string; answer: Promise<Result<Article>> } | null = null

/**
 * Starts reading the article a page load opens on (`#/artikel/<id>`) before the app has its
 * settings and language: the article's round trip then overlaps theirs instead of following the
 * first render (decision 0107).
 */
export function readEarly(id: string): void {
  early = { id, answer: window.redaksi.articles.get({ id }) }
}

/** The article as stored: the early read when it was for this id (once), otherwise a fresh one. */
export function readArticle(id: string): Promise<Result<Article>> {
  const taken = early?.id === id ? early.answer : null
  early = null
  return taken ?? window.redaksi.articles.get({ id })
}
