import type { help } from '../../../shared/i18n/help'

export type ShortcutGroup = 'umum' | 'editor' | 'format'

/** A key of the `help` namespace's `shortcut` table, as i18next's `t` takes it. */
export type ShortcutLabelKey = `help:shortcut.${keyof (typeof help)['id']['shortcut']}`

export interface Shortcut {
  id: string
  /** One combination: modifiers first, then the key. `Mod` is Ctrl, or ⌘ on a Mac. */
  keys: readonly string[]
  labelKey: ShortcutLabelKey
  group: ShortcutGroup
}

/**
 * Every shortcut the app answers to, for the help sheet and for the code that handles them, so
 * the sheet cannot promise a key that does nothing. Two entries may share a label: they are
 * alternatives (F1 or Mod-/), and the sheet shows them on one line.
 */
export const SHORTCUTS = [
  { id: 'help', keys: ['F1'], labelKey: 'help:shortcut.help', group: 'umum' },
  { id: 'help-alt', keys: ['Mod', '/'], labelKey: 'help:shortcut.help', group: 'umum' },
  { id: 'new-article', keys: ['Mod', 'N'], labelKey: 'help:shortcut.newArticle', group: 'umum' },
  { id: 'search', keys: ['Mod', 'F'], labelKey: 'help:shortcut.search', group: 'umum' },
  { id: 'save', keys: ['Mod', 'S'], labelKey: 'help:shortcut.save', group: 'editor' },
  { id: 'undo', keys: ['Mod', 'Z'], labelKey: 'help:shortcut.undo', group: 'editor' },
  { id: 'redo', keys: ['Mod', 'Shift', 'Z'], labelKey: 'help:shortcut.redo', group: 'editor' },
  { id: 'baca-juga', keys: ['Mod', 'Shift', 'B'], labelKey: 'help:shortcut.bacaJuga', group: 'editor' },
  { id: 'pull-quote', keys: ['Mod', 'Alt', 'Q'], labelKey: 'help:shortcut.pullQuote', group: 'editor' },
  { id: 'link', keys: ['Mod', 'K'], labelKey: 'help:shortcut.link', group: 'editor' },
  // Mod-F itself is 'search' above: articles on the list, words in the body editor.
  { id: 'find-replace', keys: ['Mod', 'H'], labelKey: 'help:shortcut.findReplace', group: 'editor' },
  // ⌘H hides the app on a Mac, so the replace bar has a second combination there and everywhere.
  { id: 'find-replace-alt', keys: ['Mod', 'Alt', 'F'], labelKey: 'help:shortcut.findReplace', group: 'editor' },
  { id: 'bold', keys: ['Mod', 'B'], labelKey: 'help:shortcut.bold', group: 'format' },
  { id: 'italic', keys: ['Mod', 'I'], labelKey: 'help:shortcut.italic', group: 'format' },
  { id: 'underline', keys: ['Mod', 'U'], labelKey: 'help:shortcut.underline', group: 'format' },
  { id: 'strike', keys: ['Mod', 'Shift', 'S'], labelKey: 'help:shortcut.strike', group: 'format' },
  { id: 'heading-2', keys: ['Mod', 'Alt', '2'], labelKey: 'help:shortcut.heading2', group: 'format' },
  { id: 'heading-3', keys: ['Mod', 'Alt', '3'], labelKey: 'help:shortcut.heading3', group: 'format' },
  { id: 'bullet-list', keys: ['Mod', 'Shift', '8'], labelKey: 'help:shortcut.bulletList', group: 'format' },
  { id: 'ordered-list', keys: ['Mod', 'Shift', '7'], labelKey: 'help:shortcut.orderedList', group: 'format' },
  { id: 'quote', keys: ['Mod', 'Shift', '9'], labelKey: 'help:shortcut.quote', group: 'format' }
] as const satisfies readonly Shortcut[]

export type ShortcutId = (typeof SHORTCUTS)[number]['id']

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['umum', 'editor', 'format']

/** The keys of a shortcut by id, e.g. `useGlobalShortcut(shortcutKeys('save'), save)`. */
export function shortcutKeys(id: ShortcutId): readonly string[] {
  // The id type guarantees a match.
  return SHORTCUTS.find((s) => s.id === id)!.keys
}
