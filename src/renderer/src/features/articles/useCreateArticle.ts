import { useCallback, useState } from 'react'
import type { RedaksiError } from '../../../../shared/result'
import { navigate } from '../../ui/router'

/** Creates a blank article in the store and opens it; the error, if any, is for the caller to show. */
export function useCreateArticle(): { create: () => void; creating: boolean; error: RedaksiError | null } {
  const [creating, setCreating] = useState(false)
  const [error, setError] = useState<RedaksiError | null>(null)
  const create = useCallback(() => {
    if (creating) return
    setCreating(true)
    setError(null)
    void window.redaksi.articles.create({}).then((result) => {
      setCreating(false)
      if (result.ok) navigate({ screen: 'article', id: result.value.id })
      else setError(result.error)
    })
  }, [creating])
  return { create, creating, error }
}
