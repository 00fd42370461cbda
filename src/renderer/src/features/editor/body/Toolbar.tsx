import { useEditorState, type Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** "Mod-Shift-B" as the writer's keyboard says it: Ctrl+Shift+B, or ⌘⇧B on a Mac. */
export function keyLabel(keys: string): string {
  return keys
    .split('-')
    .map((k) => (k === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : k === 'Shift' && isMac ? '⇧' : k === 'Alt' && isMac ? '⌥' : k))
    .join(isMac ? '' : '+')
}

interface Action {
  id: string
  labelKey: string
  keys: string
  glyph: string
  active?: (e: Editor) => boolean
  run: (e: Editor) => void
  enabled?: (e: Editor) => boolean
}

export function Toolbar(props: { editor: Editor; onLink: () => void; onBacaJuga: () => void }): React.JSX.Element {
  const { t } = useTranslation('editor')
  const { editor } = props
  const actions: Action[][] = [
    [
      { id: 'bold', labelKey: 'bold', keys: 'Mod-B', glyph: 'B', active: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
      { id: 'italic', labelKey: 'italic', keys: 'Mod-I', glyph: 'I', active: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
      { id: 'underline', labelKey: 'underline', keys: 'Mod-U', glyph: 'U', active: (e) => e.isActive('underline'), run: (e) => e.chain().focus().toggleUnderline().run() },
      { id: 'strike', labelKey: 'strike', keys: 'Mod-Shift-S', glyph: 'S', active: (e) => e.isActive('strike'), run: (e) => e.chain().focus().toggleStrike().run() },
      { id: 'link', labelKey: 'link', keys: 'Mod-K', glyph: '🔗', active: (e) => e.isActive('link'), run: () => props.onLink() }
    ],
    [
      { id: 'h2', labelKey: 'heading2', keys: 'Mod-Alt-2', glyph: 'H2', active: (e) => e.isActive('heading', { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
      { id: 'h3', labelKey: 'heading3', keys: 'Mod-Alt-3', glyph: 'H3', active: (e) => e.isActive('heading', { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
      { id: 'bullet', labelKey: 'bulletList', keys: 'Mod-Shift-8', glyph: '•', active: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
      { id: 'ordered', labelKey: 'orderedList', keys: 'Mod-Shift-7', glyph: '1.', active: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
      { id: 'quote', labelKey: 'blockquote', keys: 'Mod-Shift-9', glyph: '❝', active: (e) => e.isActive('blockquote'), run: (e) => e.chain().focus().toggleBlockquote().run() }
    ],
    [{ id: 'baca-juga', labelKey: 'bacaJuga', keys: 'Mod-Shift-B', glyph: 'Baca Juga', run: () => props.onBacaJuga() }],
    [
      { id: 'undo', labelKey: 'undo', keys: 'Mod-Z', glyph: '↶', run: (e) => e.chain().focus().undo().run(), enabled: (e) => e.can().undo() },
      { id: 'redo', labelKey: 'redo', keys: 'Mod-Shift-Z', glyph: '↷', run: (e) => e.chain().focus().redo().run(), enabled: (e) => e.can().redo() }
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
            const label = `${t(action.labelKey)} (${keyLabel(action.keys)})`
            return (
              <button
                key={action.id}
                type="button"
                className={`toolbar__button toolbar__button--${action.id}`}
                aria-label={label}
                title={label}
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
