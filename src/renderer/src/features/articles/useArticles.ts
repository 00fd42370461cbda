import { useCallback, useEffect, useState } from 'react'
import type { ArticleSummary } from '../../../../shared/article'
import type { ArticlePage } from '../../../../shared/ipc'
import type { RedaksiError, Result } from '../../../../shared/result'

export interface ArticlesState {
  items: ArticleSummary[]
  total: number
  loading: boolean
  error: RedaksiError | null
}

const toState = (result: Result<ArticlePage>): ArticlesState =>
  result.ok
    ? { items: result.value.items, total: result.value.total, loading: false, error: null }
    : { items: [], total: 0, loading: false, error: result.error }

/** The newest articles from the store, and a way to ask again after a change. */
export function useArticles(limit = 50): ArticlesState & { reload: () => void } {
  const [state, setState] = useState<ArticlesState>({ items: [], total: 0, loading: true, error: null })
  const [generation, setGeneration] = useState(0)
  useEffect(() => {
    let current = true
    void window.redaksi.articles.list({ limit }).then((result) => {
      // An answer to an older request must not overwrite a newer one.
      if (current) setState(toState(result))
    })
    return () => {
      current = false
    }
  }, [limit, generation])
  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  return { ...state, reload }
}
