import type { Editor } from '@tiptap/react'
import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import type { Body } from '../../../../shared/article'
import { characterCount, wordCount, type BodyInput } from '../../../../shared/editor/queries'
import { afterFirstFrame } from './body/after-first-frame'
import type { BodyStats } from './StatusBar'

const STATS_DELAY_MS = 300

function statsOf(body: BodyInput): BodyStats {
  return { words: wordCount(body), characters: characterCount(body) }
}

/**
 * Words and characters of the body, recounted after a pause in typing rather than on every key:
 * counting a 10,000-word piece is cheap once, not sixty times a second. The first count waits for
 * the frame that makes the body editable (null until then): on a page load it is the count's
 * first run, 5–11 ms in a 10,000-word piece, and the open must not wait for a number.
 */
export function useBodyStats(initial: Body): { stats: BodyStats | null; bodyChanged: () => void; setEditor: (e: Editor) => void } {
  const [stats, setStats] = useState<BodyStats | null>(null)
  const [opened] = useState(initial)
  const editor = useRef<Editor | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const bodyChanged = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      const e = editor.current
      if (!e || e.isDestroyed) return
      const next = statsOf(e.state.doc)
      // A transition: the status bar and the check's version follow without holding up a key.
      startTransition(() => setStats(next))
    }, STATS_DELAY_MS)
  }, [])
  useEffect(
    () =>
      // A recount after typing may have come first: it counted the newer body.
      afterFirstFrame(() => startTransition(() => setStats((counted) => counted ?? statsOf(opened)))),
    [opened]
  )
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    []
  )
  const setEditor = useCallback((e: Editor) => {
    editor.current = e
  }, [])
  return { stats, bodyChanged, setEditor }
}
