import type { Editor } from '@tiptap/react'
import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import type { Body } from '../../../../shared/article'
import { characterCount, wordCount, type BodyInput } from '../../../../shared/editor/queries'
import type { BodyStats } from './StatusBar'

const STATS_DELAY_MS = 300

function statsOf(body: BodyInput): BodyStats {
  return { words: wordCount(body), characters: characterCount(body) }
}

/**
 * Words and characters of the body, recounted after a pause in typing rather than on every key:
 * counting a 10,000-word piece is cheap once, not sixty times a second.
 */
export function useBodyStats(initial: Body): { stats: BodyStats; bodyChanged: () => void; setEditor: (e: Editor) => void } {
  const [stats, setStats] = useState<BodyStats>(() => statsOf(initial))
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
