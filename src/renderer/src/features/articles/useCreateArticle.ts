import { useCallback } from 'react'
import { navigate } from '../../ui/router'

/**
 * "Artikel baru": opens a new page. Nothing is stored until something is typed there (decision
 * 0076), so there is nothing to fail here: a failed first save shows where the writer types.
 */
export function useCreateArticle(): { create: () => void } {
  const create = useCallback(() => navigate({ screen: 'new' }), [])
  return { create }
}
