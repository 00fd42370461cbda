import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import type { Article, ArticleDraft, Body } from '../../../../shared/article'
import { isEmptyDraft } from '../../../../shared/empty-draft'
import type { RedaksiError } from '../../../../shared/result'
import { routeHash } from '../../ui/router'
import { arrivedArticle, readArticle, takeArrivedArticle } from '../../ui/early-reads'
import { registerPendingSave } from './flush-before-close'
import { blankArticle, isUnstored, leftEmpty } from './new-page'
import { AUTOSAVE_DELAY_MS, SAVING_SHOWN_AFTER_MS, type SaveState } from './save-state'

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
  /** What was typed was stored as this version (kept on top of another's): edit on, text as it is. */
  settle(article: Article): void
  /**
   * Leaving the page: saves what was typed, then takes back a draft left empty (decision 0076).
   * Refuses (and leaves nothing behind) while a newer version waits for the person's choice.
   */
  leave(): Promise<void>
}

function draftFields(article: Article): Fields {
  const { headline, section, published, dateline, penulis, editor, sumber, featuredImage, tags } = article
  return { headline, section, published, dateline, penulis, editor, sumber, featuredImage, tags }
}

/**
 * One open article (`id`), or the new page (`null`) that is stored only once something is typed:
 * its last stored version, the fields being edited, and autosave. Saves never
 * overlap: a change made while a save is in flight is saved right after it, on the new rev, so
 * optimistic concurrency sees one writer. The body stays in the editor (serialising a long
 * article on every keystroke would cost typing latency) and is read at save time.
 */
export function useArticleSession(id: string | null): ArticleSession {
  // On a page load of this article its answer may have come before the first render: the editor
  // is then drawn in that render, not a render after "Memuat artikel…" (decision 0116).
  const [arrived] = useState(() => (id === null ? null : arrivedArticle(id)))
  const preloaded = arrived?.ok ? arrived.value : null
  const [article, setArticle] = useState<Article | null>(preloaded)
  const [fields, setFieldsState] = useState<Fields | null>(() => (preloaded ? draftFields(preloaded) : null))
  const [loadError, setLoadError] = useState<RedaksiError | null>(arrived && !arrived.ok ? arrived.error : null)
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' })

  const stored = useRef<Article | null>(preloaded)
  const fieldsRef = useRef<Fields | null>(fields)
  // The id whose answer the first render already showed: its first read is not made again.
  const shown = useRef<string | null>(arrived ? id : null)
  const readBody = useRef<(() => Body) | null>(null)
  const dirty = useRef(false)
  const inFlight = useRef<Promise<void> | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const held = useRef(false)
  // Bumped by `replace`: a save that was in flight then answers for a version no longer edited.
  const epoch = useRef(0)
  // The name the new page put in Penulis: not typed, so it alone does not make the draft worth keeping.
  const writer = useRef<string | null>(null)
  // Taken back on leaving: nothing more is saved for it.
  const gone = useRef(false)

  useEffect(() => {
    let current = true
    const show = (loaded: Article): void => {
      stored.current = loaded
      fieldsRef.current = draftFields(loaded)
      setArticle(loaded)
      setFieldsState(fieldsRef.current)
    }
    if (id === null) {
      void blankArticle().then((blank) => {
        if (!current) return
        writer.current = blank.writer
        show(blank.article)
      })
      return () => {
        current = false
      }
    }
    if (shown.current === id) {
      shown.current = null
      takeArrivedArticle()
      return
    }
    void readArticle(id).then((result) => {
      if (!current) return
      if (!result.ok) setLoadError(result.error)
      else show(result.value)
    })
    return () => {
      current = false
    }
  }, [id])

  const saveOnce = useCallback(async (): Promise<void> => {
    const base = stored.current
    const currentFields = fieldsRef.current
    if (!base || !currentFields || !dirty.current || gone.current) return
    dirty.current = false
    const draft: ArticleDraft = { ...currentFields, body: readBody.current ? readBody.current() : base.body }
    const creating = isUnstored(base)
    // Typed and erased before the pause: still nothing to keep, so nothing is stored yet.
    if (creating && isEmptyDraft(draft, writer.current)) {
      setSaveState({ kind: 'saved' })
      return
    }
    // The screen's re-renders for a save are transitions: a key typed meanwhile is drawn first,
    // and the render yields to it (decision 0094). A quick save shows no "Menyimpan…": its frame
    // came just as the writer typed on after the pause, and the key's frame then waited for the
    // next tick of Chromium's frame clock (decision 0115).
    const showSaving = setTimeout(() => startTransition(() => setSaveState({ kind: 'saving' })), SAVING_SHOWN_AFTER_MS)
    // The read and the send stay in one task: on pagehide the request must be made before the page
    // goes, and a task queued then never runs (decision 0110).
    const asked = epoch.current
    let result: Awaited<ReturnType<typeof window.redaksi.articles.save>>
    try {
      result = creating ? await window.redaksi.articles.create({ draft }) : await window.redaksi.articles.save({ id: base.id, rev: base.rev, draft })
    } finally {
      clearTimeout(showSaving)
    }
    if (asked !== epoch.current) return
    if (result.ok) {
      const saved = result.value
      stored.current = saved
      // The address now names the stored article (a reload opens it) without leaving this page.
      if (creating) window.history.replaceState(window.history.state, '', routeHash({ screen: 'article', id: saved.id }))
      startTransition(() => {
        setArticle(saved)
        setSaveState(dirty.current ? { kind: 'unsaved' } : { kind: 'saved' })
      })
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
    // Same object when nothing changes, so a keystroke does not re-render the whole screen; the
    // first key after a save does, as a transition, after the key's own frame (decision 0094).
    startTransition(() => setSaveState((s) => (s.kind === 'conflict' || s.kind === 'unsaved' ? s : { kind: 'unsaved' })))
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

  const currentDraft = useCallback((): ArticleDraft | null => {
    const base = stored.current
    if (!base || !fieldsRef.current) return null
    return { ...fieldsRef.current, body: readBody.current ? readBody.current() : base.body }
  }, [])

  const leave = useCallback(async (): Promise<void> => {
    if (gone.current) return
    // A newer version waits beside the typing: leaving now would drop it, so the page stays.
    if (held.current) throw new Error('held')
    await saveNow()
    const base = stored.current
    if (!base || !leftEmpty(base, currentDraft())) return
    gone.current = true
    const result = await window.redaksi.articles.discardEmpty({ id: base.id, rev: base.rev })
    // Refused (written in from another window meanwhile, or already on the server): kept as any draft.
    if (!result.ok) gone.current = false
  }, [saveNow, currentDraft])

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
    const onPageHide = (): void => void leave().catch(() => undefined)
    window.addEventListener('beforeunload', onBeforeUnload)
    window.addEventListener('pagehide', onPageHide)
    // Closing the desktop window is leaving too: saved, and an empty draft taken back.
    const unregister = registerPendingSave(leave)
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
      window.removeEventListener('pagehide', onPageHide)
      unregister()
    }
  }, [saveNow, leave])

  // Leaving the article inside the app (back to the list) does the same.
  useEffect(() => () => void leave().catch(() => undefined), [leave])

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
  const settle = useCallback(
    (next: Article) => {
      held.current = false
      dirty.current = false
      epoch.current += 1
      stored.current = next
      setArticle(next)
      setSaveState({ kind: 'saved' })
      // Typed on while the choice was open: that is saved on the new version next.
      const typed = currentDraft()
      if (typed && JSON.stringify({ ...draftFields(next), body: next.body }) !== JSON.stringify(typed)) schedule()
    },
    [currentDraft, schedule]
  )

  return { article, fields, loadError, saveState, setFields, bodyChanged: schedule, saveNow, bindBody, currentDraft, adopt, hasUnsaved, storedNow, rebase, replace, holdAutosave, settle, leave }
}
