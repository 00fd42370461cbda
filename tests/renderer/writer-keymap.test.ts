// @vitest-environment happy-dom
// Ctrl+Home / Ctrl+End in the body are ProseMirror's, not the browser's: Chromium's own move stops
// at the start of a block content-visibility has not laid out (decision 0106).
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { WriterKeymap } from '../../src/renderer/src/features/editor/body/writer-keymap'
import { articleExtensions } from '../../src/shared/editor/extensions'

// ProseMirror's keymap reads Mod as Cmd where the platform says Mac.
const MAC = /Mac|iP(hone|[oa]d)/.test(navigator.platform)

describe('the writer keymap: to the start and end of the body', () => {
  let editor: Editor | null = null
  afterEach(() => editor?.destroy())

  const open = (): Editor => {
    editor = new Editor({
      extensions: [...articleExtensions(), WriterKeymap],
      content: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Pembuka berita.' }] },
          { type: 'bacaJuga', attrs: { articleId: null, title: 'Judul lain' } },
          { type: 'paragraph', content: [{ type: 'text', text: 'Penutup.' }] }
        ]
      }
    })
    return editor
  }
  const press = (e: Editor, key: string, shift = false): boolean =>
    e.view.someProp('handleKeyDown', (f) => f(e.view, new KeyboardEvent('keydown', { key, ctrlKey: !MAC, metaKey: MAC, shiftKey: shift }))) ?? false
  const end = (e: Editor): number => e.state.doc.content.size - 1

  it('puts the caret after the last word with Ctrl+End and before the first with Ctrl+Home', () => {
    const e = open()
    e.commands.setTextSelection(5)
    expect(press(e, 'End')).toBe(true)
    expect([e.state.selection.anchor, e.state.selection.head]).toEqual([end(e), end(e)])
    expect(press(e, 'Home')).toBe(true)
    expect([e.state.selection.anchor, e.state.selection.head]).toEqual([1, 1])
  })

  it('selects from the caret to either end with Shift, across the Baca Juga', () => {
    const e = open()
    e.commands.setTextSelection(5)
    expect(press(e, 'End', true)).toBe(true)
    expect([e.state.selection.anchor, e.state.selection.head]).toEqual([5, end(e)])
    expect(e.state.doc.textBetween(e.state.selection.from, e.state.selection.to, '|')).toBe('uka berita.|Penutup.')
    e.commands.setTextSelection(5)
    expect(press(e, 'Home', true)).toBe(true)
    expect([e.state.selection.anchor, e.state.selection.head]).toEqual([5, 1])
  })
})
