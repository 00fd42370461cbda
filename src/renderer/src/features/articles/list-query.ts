import { DEFAULT_SECTIONS, STATUSES, type ArticleSummary, type Status } from '../../../../shared/article'

export type ListSort = 'updated-desc' | 'updated-asc'

/** What the writer asked the home screen to show. Empty strings mean "any". */
export interface ListFilters {
  text: string
  status: Status | ''
  section: string
  sort: ListSort
}

export const NO_FILTERS: ListFilters = { text: '', status: '', section: '', sort: 'updated-desc' }

/** The store pages by 50; "load more" asks for the next 50. */
export const PAGE_SIZE = 50
/** The search channel's ceiling; results are best first, so the top 200 are what matter. */
export const SEARCH_LIMIT = 200

/** A remembered value from session storage, or undefined if it no longer fits (a section removed, say). */
export function parseFilters(raw: unknown): ListFilters | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const r = raw as Record<string, unknown>
  const text = typeof r.text === 'string' ? r.text : ''
  const status = STATUSES.includes(r.status as Status) ? (r.status as Status) : ''
  const section = (DEFAULT_SECTIONS as readonly unknown[]).includes(r.section) ? (r.section as string) : ''
  const sort = r.sort === 'updated-asc' ? 'updated-asc' : 'updated-desc'
  return { text, status, section, sort }
}

/**
 * Search has no status or section parameters, so search results are filtered here the way the
 * store filters the list: one status if chosen, otherwise everything but spiked.
 */
export function filterResults<T extends ArticleSummary>(items: T[], f: Pick<ListFilters, 'status' | 'section'>): T[] {
  return items.filter((a) => (f.status ? a.status === f.status : a.status !== 'spiked') && (!f.section || a.section === f.section))
}
