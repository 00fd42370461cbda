// Filtering, sorting and paging the index's summaries: pure, so it is tested without files.
import type { ArticleSummary, Status } from '../../shared/article'
import { foldCase } from './tokenize'

export interface ListQuery {
  /** One status or several; without it every status but `spiked` (the trash has its own list). */
  status?: Status | Status[]
  section?: string
  /** Matches any name in `penulis`, ignoring case and accents. */
  author?: string
  /** Inclusive bounds on updatedAt (ISO-8601). */
  updatedAfter?: string
  updatedBefore?: string
  sort?: 'updated-desc' | 'updated-asc'
  offset?: number
  limit?: number
}

/**
 * updatedAt is always toISOString() (UTC, fixed width), so string order is time order; the id
 * breaks ties so paging is stable.
 */
export function byUpdated(sort: 'updated-desc' | 'updated-asc'): (a: ArticleSummary, b: ArticleSummary) => number {
  const dir = sort === 'updated-asc' ? 1 : -1
  return (a, b) => dir * (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : a.id < b.id ? -1 : 1)
}

export const DEFAULT_PAGE = 50
export const MAX_PAGE = 500

export function listSummaries(
  all: Iterable<ArticleSummary>,
  q: ListQuery
): { items: ArticleSummary[]; total: number } {
  const statuses = q.status === undefined ? null : new Set(Array.isArray(q.status) ? q.status : [q.status])
  const author = q.author ? foldCase(q.author.trim()) : null
  const after = q.updatedAfter ? Date.parse(q.updatedAfter) : null
  const before = q.updatedBefore ? Date.parse(q.updatedBefore) : null
  const matches: ArticleSummary[] = []
  for (const s of all) {
    if (statuses ? !statuses.has(s.status) : s.status === 'spiked') continue
    if (q.section && s.section !== q.section) continue
    if (author && !s.penulis.some((p) => foldCase(p) === author)) continue
    if (after !== null || before !== null) {
      const t = Date.parse(s.updatedAt)
      if (after !== null && t < after) continue
      if (before !== null && t > before) continue
    }
    matches.push(s)
  }
  matches.sort(byUpdated(q.sort ?? 'updated-desc'))
  const offset = Math.max(0, Math.floor(q.offset ?? 0))
  const limit = Math.min(MAX_PAGE, Math.max(0, Math.floor(q.limit ?? DEFAULT_PAGE)))
  return { items: matches.slice(offset, offset + limit), total: matches.length }
}
