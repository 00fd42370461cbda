import { useCallback, useEffect, useState } from 'react'
import type { ArticleSummary } from '../../../../shared/article'
import type { SearchHit } from '../../../../shared/ipc'
import type { RedaksiError } from '../../../../shared/result'
import { filterResults, PAGE_SIZE, SEARCH_LIMIT, type ListFilters } from './list-query'

interface Loaded {
  /** The request this answers; a newer request makes it stale. */
  key: string
  /** The search text this answers, trimmed; empty for a page of the list. */
  text: string
  items: ArticleSummary[]
  total: number
  error: RedaksiError | null
  /** Search hits the newsroom server holds and this computer does not (decision 0038). */
  serverItems?: SearchHit[]
  /** Connected, but the server was out of reach: the hits are this computer's only. */
  serverSkipped?: boolean
}

export interface ArticleQuery {
  items: ArticleSummary[]
  total: number
  /** The first page for the current filters has not arrived yet (the previous one stays on screen). */
  loading: boolean
  loadingMore: boolean
  error: RedaksiError | null
  /** What is on screen is search results for `text` (which may lag the box while the next answer comes). */
  searching: boolean
  text: string
  hasMore: boolean
  serverItems: SearchHit[]
  serverSkipped: boolean
  loadMore: () => void
  retry: () => void
}

async function firstPage(f: ListFilters): Promise<Omit<Loaded, 'key'>> {
  const text = f.text.trim()
  if (text) {
    const result = await window.redaksi.sync.search({ text, limit: SEARCH_LIMIT })
    if (!result.ok) return { text, items: [], total: 0, error: result.error }
    const hits = filterResults(result.value.hits, f)
    const items = hits.filter((h) => !h.onServer)
    return { text, items, total: items.length, error: null, serverItems: hits.filter((h) => h.onServer), serverSkipped: result.value.server === 'skipped' }
  }
  const result = await window.redaksi.articles.list({
    ...(f.status ? { status: f.status } : {}),
    ...(f.section ? { section: f.section } : {}),
    sort: f.sort,
    offset: 0,
    limit: PAGE_SIZE
  })
  return result.ok ? { text, ...result.value, error: null } : { text, items: [], total: 0, error: result.error }
}

/** The articles for the home screen's filters: a page of the list, or the search results. */
export function useArticleQuery(filters: ListFilters): ArticleQuery {
  const [attempt, setAttempt] = useState(0)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const key = JSON.stringify([filters, attempt])

  useEffect(() => {
    let current = true
    void firstPage(filters).then((page) => {
      // An answer to an older request (the writer typed on) must not overwrite a newer one.
      if (current) setLoaded({ key, ...page })
    })
    return () => {
      current = false
    }
    // `key` covers every field of `filters`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const text = loaded?.text ?? ''
  const searching = text !== ''
  const fresh = loaded?.key === key ? loaded : null
  const items = loaded?.items ?? []
  const total = loaded?.total ?? 0
  const hasMore = !!fresh && !searching && !fresh.error && items.length < total

  const loadMore = useCallback(() => {
    if (!fresh || loadingMore) return
    setLoadingMore(true)
    void window.redaksi.articles
      .list({
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.section ? { section: filters.section } : {}),
        sort: filters.sort,
        offset: fresh.items.length,
        limit: PAGE_SIZE
      })
      .then((result) => {
        setLoadingMore(false)
        setLoaded((prev) => {
          if (prev?.key !== key) return prev
          if (!result.ok) return { ...prev, error: result.error }
          // Skip any article already shown: a save between pages can move one across the boundary.
          const seen = new Set(prev.items.map((a) => a.id))
          return { ...prev, items: [...prev.items, ...result.value.items.filter((a) => !seen.has(a.id))], total: result.value.total, error: null }
        })
      })
  }, [fresh, loadingMore, filters.status, filters.section, filters.sort, key])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])

  const serverItems = searching ? (loaded?.serverItems ?? []) : []
  const serverSkipped = searching && loaded?.serverSkipped === true
  return { items, total, loading: !fresh, loadingMore, error: fresh?.error ?? null, searching, text, hasMore, serverItems, serverSkipped, loadMore, retry }
}
