import { useEffect, useEffectEvent } from 'react'
import { IS_MAC } from './platform'
import { matchesKeys } from './shortcut-keys'

export interface GlobalShortcutOptions {
  /** Off while, say, a dialog owns the keyboard; default on. */
  enabled?: boolean
}

/**
 * Runs `handler` when the combination (e.g. `['Mod', 'Shift', 'S']`, see shortcuts.ts) is
 * pressed anywhere in the window, text fields included, and stops the browser's own use of it.
 */
export function useGlobalShortcut(
  keys: readonly string[],
  handler: (event: KeyboardEvent) => void,
  { enabled = true }: GlobalShortcutOptions = {}
): void {
  const onMatch = useEffectEvent(handler)
  // Callers pass array literals; keying the effect on the text keeps it from resubscribing each render.
  const combo = keys.join('\u0000')
  useEffect(() => {
    if (!enabled) return
    const wanted = combo.split('\u0000')
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.repeat || !matchesKeys(event, wanted, IS_MAC)) return
      event.preventDefault()
      onMatch(event)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [combo, enabled])
}
