import { useCallback, useState } from 'react'
import type { Article, ArticleDraft } from '../../../../shared/article'
import { draftOf, useArticlesChanged } from '../sync'
import type { ArticleSession } from './useArticleSession'

const sameDraft = (a: ArticleDraft, b: ArticleDraft): boolean =>
  (Object.keys(a) as (keyof ArticleDraft)[]).every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]))

export interface ServerChanges {
  /** Changes whenever the edited text was replaced: the editor's body is set to it. */
  generation: number
  /** A server version that arrived while typing was unsaved, kept for the compare (null: none). */
  changed: Article | null
  /** Edit this version from now on. */
  take(article: Article): void
  /** Read the stored article again (after a sync decision) and edit that. */
  reloadFromStore(): void
}

/**
 * The open article follows what sync stores: the same content again (our own save coming back
 * from the server, a status move) is taken quietly; a new text is loaded when nothing typed is
 * unsaved, and otherwise kept aside as "Diubah di server" so the typing is never lost.
 */
export function useServerChanges(id: string, session: ArticleSession): ServerChanges {
  const [generation, setGeneration] = useState(0)
  const [changed, setChanged] = useState<Article | null>(null)
  const { replace, rebase, storedNow, hasUnsaved, currentDraft, holdAutosave } = session

  const take = useCallback(
    (article: Article) => {
      replace(article)
      setChanged(null)
      setGeneration((g) => g + 1)
    },
    [replace]
  )
  const reloadFromStore = useCallback(() => {
    void window.redaksi.articles.get({ id }).then((result) => result.ok && take(result.value))
  }, [id, take])

  useArticlesChanged((notice) => {
    if (notice.origin !== 'remote' || !notice.ids.includes(id)) return
    void window.redaksi.articles.get({ id }).then((result) => {
      const held = storedNow()
      if (!result.ok || !held || result.value.rev < held.rev) return
      const next = result.value
      const typed = currentDraft()
      if (next.rev === held.rev || (typed && sameDraft(draftOf(next), typed))) rebase(next)
      else if (!hasUnsaved()) take(next)
      else {
        holdAutosave()
        setChanged(next)
      }
    })
  })

  return { generation, changed, take, reloadFromStore }
}
