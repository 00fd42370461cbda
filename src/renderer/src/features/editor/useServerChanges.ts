import { useCallback, useEffect, useState } from 'react'
import type { Article, ArticleDraft } from '../../../../shared/article'
import { draftOf, useArticlesChanged, type TheirSource } from '../sync'
import type { ArticleSession } from './useArticleSession'

const sameDraft = (a: ArticleDraft, b: ArticleDraft): boolean =>
  (Object.keys(a) as (keyof ArticleDraft)[]).every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]))

export interface ServerChanges {
  /** Changes whenever the edited text was replaced: the editor's body is set to it. */
  generation: number
  /**
   * A newer stored version under unsaved typing, kept for the compare (null: none): sent by the
   * server, or saved from another window first (this window's save was then refused).
   */
  changed: { article: Article; source: TheirSource } | null
  /** Edit this version from now on. */
  take(article: Article): void
  /** What was typed is now stored as this version (kept on top of theirs): the editor keeps its text. */
  kept(article: Article): void
  /** Read the stored article again (after a sync decision) and edit that. */
  reloadFromStore(): void
}

/**
 * The open article follows what is stored under it: the same content again (our own save coming
 * back from the server, a status move) is taken quietly; a new text is loaded when nothing typed
 * is unsaved, and otherwise kept aside for the compare, so the typing is never lost. The same
 * holds when another window saved first: the refused save brings its version here (decision 0077).
 */
export function useServerChanges(id: string, session: ArticleSession): ServerChanges {
  const [generation, setGeneration] = useState(0)
  const [changed, setChanged] = useState<ServerChanges['changed']>(null)
  const { replace, rebase, settle, storedNow, hasUnsaved, currentDraft, holdAutosave, saveState } = session

  const take = useCallback(
    (article: Article) => {
      replace(article)
      setChanged(null)
      setGeneration((g) => g + 1)
    },
    [replace]
  )
  const kept = useCallback(
    (article: Article) => {
      settle(article)
      setChanged(null)
    },
    [settle]
  )
  const reloadFromStore = useCallback(() => {
    void window.redaksi.articles.get({ id }).then((result) => result.ok && take(result.value))
  }, [id, take])

  // A save refused as a conflict: what is stored now is someone else's; typing waits beside it.
  const conflicted = saveState.kind === 'conflict'
  useEffect(() => {
    if (!conflicted || id === '') return
    holdAutosave()
    void window.redaksi.articles.get({ id }).then((result) => {
      if (result.ok) setChanged((before) => ({ article: result.value, source: before?.source ?? 'window' }))
    })
  }, [conflicted, id, holdAutosave])

  useArticlesChanged((notice) => {
    if (!notice.ids.includes(id)) return
    void window.redaksi.articles.get({ id }).then((result) => {
      const held = storedNow()
      if (!result.ok || !held || result.value.rev < held.rev) return
      const next = result.value
      // A write on this machine is often this window's own save coming back, which the save's
      // answer settles; only a status move (another window submitted, withdrew, approved) is
      // followed here, so the buttons and read-only state match what main will accept.
      if (notice.origin === 'local' && next.status === held.status) return
      const typed = currentDraft()
      if (next.rev === held.rev || (typed && sameDraft(draftOf(next), typed))) rebase(next)
      else if (!hasUnsaved()) take(next)
      else {
        holdAutosave()
        setChanged({ article: next, source: notice.origin === 'local' ? 'window' : 'server' })
      }
    })
  })

  return { generation, changed, take, kept, reloadFromStore }
}
