import { useCallback, useEffect, useRef, useState } from 'react'
import type { Article, ArticleDraft, Body } from '../../../../shared/article'
import type { RedaksiError } from '../../../../shared/result'
import { registerPendingSave } from './flush-before-close'
import { AUTOSAVE_DELAY_MS, type SaveState } from './save-state'

export type Fields = Omit<ArticleDraft, 'body'>

export interface ArticleSession {
  article: Article | null
  fields: Fields | null
  loadError: RedaksiError | null
  saveState: SaveState
  /** Change form fields; saved after a pause. */
  setFields(change: Partial<Fields>): void
  /** Tell the session the body changed; it reads the body only when it saves. */
  bodyChanged(): void
  /** Save now (Mod-S, retry, before the window closes). Resolves when everything typed is stored. */
  saveNow(): Promise<void>
  /** Where the session reads the body from when it saves. */
  bindBody(read: () => Body): void
  /** The draft as it stands now, typed but maybe not yet saved. */
  currentDraft(): ArticleDraft | null
  /** Takes a newer stored version (after a workflow step) as the one being edited. */
  adopt(article: Article): void
  /** Whether something typed is not stored yet (waiting for autosave, or being saved). */
  hasUnsaved(): boolean
  /** The last stored version this session knows. */
  storedNow(): Article | null
  /** The same content stored anew (the server's copy of our save, a status move): fields untouched. */
  rebase(article: Article): void
  /** Edits this version from now on; typing not yet saved is let go (the person chose so). */
  replace(article: Article): void
  /**
   * A newer version is stored under the typing (it came from the server): autosave would only be
   * refused as a conflict, so it waits for the person's choice (`replace`) instead.
   */
  holdAutosave(): void
}

function draftFields(article: Article): Fields {
  const { headline, section, published, dateline, penulis, editor, sumber, featuredImage, tags } = article
  return { headline, section, published, dateline, penulis, editor, sumber, featuredImage, tags }
}

/**
 * One open article: its last stored version, the fields being edited, and autosave. Saves never
 * overlap: a change made while a save is in flight is saved right after it, on the new rev, so
 * optimistic concurrency sees one writer. The body stays in the editor (serialising a long
 * article on every keystroke would cost typing latency) and is read at save time.
 */
export function useArticleSession(id: string): ArticleSession {
  const [article, setArticle] = useState<Article | null>(null)
  const [fields, setFieldsState] = useState<Fields | null>(null)
  const [loadError, setLoadError] = useState<RedaksiError | null>(null)
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' })

  const stored = useRef<Article | null>(null)
  const fieldsRef = useRef<Fields | null>(null)
  const readBody = useRef<(() => Body) | null>(null)
  const dirty = useRef(false)
  const inFlight = useRef<Promise<void> | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const held = useRef(false)
  // Bumped by `replace`: a save that was in flight then answers for a version no longer edited.
  const epoch = useRef(0)

  useEffect(() => {
    let current = true
    void window.redaksi.articles.get({ id }).then((result) => {
      if (!current) return
      if (!result.ok) {
        setLoadError(result.error)
        return
      }
      stored.current = result.value
      fieldsRef.current = draftFields(result.value)
      setArticle(result.value)
      setFieldsState(fieldsRef.current)
    })
    return () => {
      current = false
    }
  }, [id])

  const saveOnce = useCallback(async (): Promise<void> => {
    const base = stored.current
    const currentFields = fieldsRef.current
    if (!base || !currentFields || !dirty.current) return
    dirty.current = false
    const draft: ArticleDraft = { ...currentFields, body: readBody.current ? readBody.current() : base.body }
    setSaveState({ kind: 'saving' })
    const asked = epoch.current
    const result = await window.redaksi.articles.save({ id: base.id, rev: base.rev, draft })
    if (asked !== epoch.current) return
    if (result.ok) {
      stored.current = result.value
      setArticle(result.value)
      setSaveState(dirty.current ? { kind: 'unsaved' } : { kind: 'saved' })
      return
    }
    // What failed to save is still unsaved: keep it dirty so the next attempt sends it.
    dirty.current = true
    setSaveState(
      result.error.code === 'conflict' ? { kind: 'conflict' } : { kind: 'failed', failure: result.error }
    )
    throw new Error(result.error.message)
  }, [])

  const saveNow = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current)
      timer.current = null
    }
    // Typing during a save leaves new changes: keep going until everything typed is stored.
    do {
      while (inFlight.current) await inFlight.current.catch(() => undefined)
      if (!dirty.current) return
      const run = saveOnce().finally(() => {
        inFlight.current = null
      })
      inFlight.current = run
      await run
    } while (dirty.current)
  }, [saveOnce])

  const schedule = useCallback(() => {
    dirty.current = true
    // Same object when nothing changes, so a keystroke does not re-render the whole screen.
    setSaveState((s) => (s.kind === 'conflict' || s.kind === 'unsaved' ? s : { kind: 'unsaved' }))
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      timer.current = null
      if (!held.current) void saveNow().catch(() => undefined)
    }, AUTOSAVE_DELAY_MS)
  }, [saveNow])

  const setFields = useCallback(
    (change: Partial<Fields>) => {
      if (!fieldsRef.current) return
      fieldsRef.current = { ...fieldsRef.current, ...change }
      setFieldsState(fieldsRef.current)
      schedule()
    },
    [schedule]
  )

  const bindBody = useCallback((read: () => Body) => {
    readBody.current = read
  }, [])

  // Leaving the page. A browser tab asks the user to stay while the save runs (beforeunload);
  // the save itself starts at once on pagehide, whose request the transport keeps alive. The
  // desktop app does better: main holds the window open until pending saves are flushed
  // (flush-before-close.ts).
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (!dirty.current && !inFlight.current) return
      event.preventDefault()
      void saveNow().catch(() => undefined)
    }
    const onPageHide = (): void => {
      if (dirty.current) void saveNow().catch(() => undefined)
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    window.addEventListener('pagehide', onPageHide)
    const unregister = registerPendingSave(saveNow)
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
      window.removeEventListener('pagehide', onPageHide)
      unregister()
    }
  }, [saveNow])

  // Leaving the article inside the app (back to the list) saves too.
  useEffect(
    () => () => {
      if (dirty.current) void saveNow().catch(() => undefined)
    },
    [saveNow]
  )

  const currentDraft = useCallback((): ArticleDraft | null => {
    const base = stored.current
    if (!base || !fieldsRef.current) return null
    return { ...fieldsRef.current, body: readBody.current ? readBody.current() : base.body }
  }, [])

  const adopt = useCallback((next: Article) => {
    stored.current = next
    fieldsRef.current = draftFields(next)
    setArticle(next)
    setFieldsState(fieldsRef.current)
  }, [])

  const hasUnsaved = useCallback(() => dirty.current || inFlight.current !== null || timer.current !== null || held.current, [])
  const storedNow = useCallback(() => stored.current, [])
  const rebase = useCallback((next: Article) => {
    stored.current = next
    setArticle(next)
  }, [])
  const replace = useCallback(
    (next: Article) => {
      if (timer.current) clearTimeout(timer.current)
      timer.current = null
      dirty.current = false
      held.current = false
      epoch.current += 1
      setSaveState({ kind: 'saved' })
      adopt(next)
    },
    [adopt]
  )
  const holdAutosave = useCallback(() => {
    held.current = true
  }, [])

  return { article, fields, loadError, saveState, setFields, bodyChanged: schedule, saveNow, bindBody, currentDraft, adopt, hasUnsaved, storedNow, rebase, replace, holdAutosave }
}
