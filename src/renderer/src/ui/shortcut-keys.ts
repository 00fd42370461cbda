// Matching and showing key combinations. Pure (no DOM types), so it is unit-tested in Node.

/** The parts of a KeyboardEvent a combination is matched against. */
export interface KeyPress {
  key: string
  code: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

const MODIFIERS = new Set(['Mod', 'Ctrl', 'Meta', 'Shift', 'Alt'])

function matchesMainKey(press: KeyPress, key: string): boolean {
  // Letters and digits by physical key as well as by character: with Shift or Alt held, `key` is
  // "*" or "™" rather than "8" or "2", and on non-Latin layouts it is not a Latin letter at all.
  if (/^[A-Z]$/i.test(key)) return press.code === `Key${key.toUpperCase()}` || press.key.toLowerCase() === key.toLowerCase()
  if (/^[0-9]$/.test(key)) return press.code === `Digit${key}` || press.key === key
  if (key === '/') return press.key === '/' || press.code === 'Slash'
  return press.key === key
}

/** True when the press is exactly this combination: no modifier missing, none extra. */
export function matchesKeys(press: KeyPress, keys: readonly string[], mac: boolean): boolean {
  const mods = new Set(keys.filter((k) => MODIFIERS.has(k)))
  const main = keys.find((k) => !MODIFIERS.has(k))
  if (main === undefined) return false
  const wantMeta = mods.has('Meta') || (mac && mods.has('Mod'))
  const wantCtrl = mods.has('Ctrl') || (!mac && mods.has('Mod'))
  return (
    press.metaKey === wantMeta &&
    press.ctrlKey === wantCtrl &&
    press.shiftKey === mods.has('Shift') &&
    press.altKey === mods.has('Alt') &&
    matchesMainKey(press, main)
  )
}

const MAC_NAMES: Record<string, string> = { Mod: '⌘', Meta: '⌘', Ctrl: '⌃', Shift: '⇧', Alt: '⌥' }
const PC_NAMES: Record<string, string> = { Mod: 'Ctrl', Meta: 'Win', Ctrl: 'Ctrl', Shift: 'Shift', Alt: 'Alt' }

/** How each key of a combination is printed on this platform: ["Ctrl", "Shift", "S"] or ["⌘", "⇧", "S"]. */
export function keyLabels(keys: readonly string[], mac: boolean): string[] {
  const names = mac ? MAC_NAMES : PC_NAMES
  return keys.map((k) => names[k] ?? k)
}

/** A combination as one string, for running text: "Ctrl+N" or "⌘N". */
export function keysText(keys: readonly string[], mac: boolean): string {
  return keyLabels(keys, mac).join(mac ? '' : '+')
}

const ARIA_NAMES: Record<string, string> = { Ctrl: 'Control', Meta: 'Meta', Shift: 'Shift', Alt: 'Alt' }

/** The combination in `aria-keyshortcuts` syntax ("Control+Shift+S"), for assistive technology. */
export function ariaKeys(keys: readonly string[], mac: boolean): string {
  return keys.map((k) => (k === 'Mod' ? (mac ? 'Meta' : 'Control') : (ARIA_NAMES[k] ?? k))).join('+')
}
