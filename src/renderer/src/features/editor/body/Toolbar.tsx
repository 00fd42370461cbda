import { redoDepth, undoDepth } from '@tiptap/pm/history'
import { useEditorState, type Editor } from '@tiptap/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { IS_MAC } from '../../../ui/platform'
import { ariaKeys, keysText } from '../../../ui/shortcut-keys'
import { shortcutKeys, type ShortcutId } from '../../../ui/shortcuts'

/** Drawn rather than an emoji: the chain glyph is missing from many Linux fonts. */
function LinkIcon(): React.JSX.Element {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <path d="M10 14a4 4 0 0 0 5.7 0l3.6-3.6a4 4 0 0 0-5.7-5.7l-1.1 1.1" />
      <path d="M14 10a4 4 0 0 0-5.7 0l-3.6 3.6a4 4 0 0 0 5.7 5.7l1.1-1.1" />
    </svg>
  )
}

interface Action {
  /** The shortcut's id in ui/shortcuts.ts: one list for the toolbar, the keymaps and the help sheet. */
  id: ShortcutId
  labelKey: string
  glyph: ReactNode
  active?: (e: Editor) => boolean
  run: (e: Editor) => void
  enabled?: (e: Editor) => boolean
}

export function Toolbar(props: { editor: Editor; onLink: () => void; onBacaJuga: () => void; onPullQuote: () => void }): React.JSX.Element {
  const { t } = useTranslation('editor')
  const { editor } = props
  const actions: Action[][] = [
    [
      { id: 'bold', labelKey: 'bold', glyph: 'B', active: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
      { id: 'italic', labelKey: 'italic', glyph: 'I', active: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
      { id: 'underline', labelKey: 'underline', glyph: 'U', active: (e) => e.isActive('underline'), run: (e) => e.chain().focus().toggleUnderline().run() },
      { id: 'strike', labelKey: 'strike', glyph: 'S', active: (e) => e.isActive('strike'), run: (e) => e.chain().focus().toggleStrike().run() },
      { id: 'link', labelKey: 'link', glyph: <LinkIcon />, active: (e) => e.isActive('link'), run: () => props.onLink() }
    ],
    [
      { id: 'heading-2', labelKey: 'heading2', glyph: 'H2', active: (e) => e.isActive('heading', { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
      { id: 'heading-3', labelKey: 'heading3', glyph: 'H3', active: (e) => e.isActive('heading', { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
      { id: 'bullet-list', labelKey: 'bulletList', glyph: '•', active: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
      { id: 'ordered-list', labelKey: 'orderedList', glyph: '1.', active: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
      { id: 'quote', labelKey: 'blockquote', glyph: '❝', active: (e) => e.isActive('blockquote'), run: (e) => e.chain().focus().toggleBlockquote().run() }
    ],
    [
      { id: 'baca-juga', labelKey: 'bacaJuga', glyph: 'Baca Juga', run: () => props.onBacaJuga() },
      { id: 'pull-quote', labelKey: 'pullQuote', glyph: '❞', run: () => props.onPullQuote() }
    ],
    [
      // The history's depth, not `can()`: the selector runs on every transaction, and `can()`
      // builds a dry-run command chain each time (decision 0094).
      { id: 'undo', labelKey: 'undo', glyph: '↶', run: (e) => e.chain().focus().undo().run(), enabled: (e) => (undoDepth(e.state) as number) > 0 },
      { id: 'redo', labelKey: 'redo', glyph: '↷', run: (e) => e.chain().focus().redo().run(), enabled: (e) => (redoDepth(e.state) as number) > 0 }
    ]
  ]
  const flat = actions.flat()
  // One subscription for all buttons, re-rendering the toolbar only when a button's state changes.
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      flat.map((a) => `${a.active?.(e) ? 1 : 0}${a.enabled && !a.enabled(e) ? 0 : 1}`).join('')
  })

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar')}>
      {actions.map((group, g) => (
        <div key={g} className="toolbar__group">
          {group.map((action) => {
            const index = flat.indexOf(action)
            const pressed = state[index * 2] === '1'
            const enabled = state[index * 2 + 1] === '1'
            const keys = shortcutKeys(action.id)
            const label = `${t(action.labelKey)} (${keysText(keys, IS_MAC)})`
            return (
              <button
                key={action.id}
                type="button"
                className={`toolbar__button toolbar__button--${action.id}`}
                aria-label={label}
                title={label}
                aria-keyshortcuts={ariaKeys(keys, IS_MAC)}
                aria-pressed={action.active ? pressed : undefined}
                disabled={!enabled}
                // Keep the editor's selection: a mouse-down on a button would otherwise take focus.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => action.run(editor)}
              >
                <span aria-hidden="true">{action.glyph}</span>
              </button>
            )
          })}
        </div>
      ))}
    </div>
  )
}
