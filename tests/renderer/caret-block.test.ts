// @vitest-environment happy-dom
// The block the caret is in carries the class body-editor.css keeps drawn (decision 0106): it
// follows the caret, covers both ends of a selection, and is the top-level block (a whole list).
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { CARET_BLOCK_CLASS, CaretBlock } from '../../src/renderer/src/features/editor/body/caret-block'
import { articleExtensions } from '../../src/shared/editor/extensions'

const text = (t: string) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })

describe('the caret block', () => {
  let editor: Editor | null = null
  afterEach(() => editor?.destroy())

  const open = (): Editor => {
    editor = new Editor({
      extensions: [...articleExtensions(), CaretBlock],
      content: {
        type: 'doc',
        content: [
          text('Pembuka.'),
          { type: 'bacaJuga', attrs: { articleId: null, title: 'Judul lain' } },
          { type: 'bulletList', content: [{ type: 'listItem', content: [text('Butir satu.')] }] },
          text('Penutup.')
        ]
      }
    })
    return editor
  }
  /** The top-level blocks drawn with the class, by their text. */
  const marked = (e: Editor): string[] => [...e.view.dom.children].filter((block) => block.classList.contains(CARET_BLOCK_CLASS)).map((block) => block.textContent ?? '')
  /** Where the text `word` starts in the document. */
  const at = (e: Editor, word: string): number => {
    let found = -1
    e.state.doc.descendants((node, pos) => {
      if (found < 0 && node.isText && node.text!.includes(word)) found = pos + node.text!.indexOf(word)
    })
    return found
  }

  it('marks the block the caret is in, and moves with the caret', () => {
    const e = open()
    e.commands.setTextSelection(at(e, 'buka'))
    expect(marked(e)).toEqual(['Pembuka.'])
    e.commands.setTextSelection(at(e, 'tup'))
    expect(marked(e)).toEqual(['Penutup.'])
  })

  it('keeps the mark on the block while typing in it, and puts it on the new paragraph after Enter', () => {
    const e = open()
    e.commands.setTextSelection(at(e, 'Penutup') + 'Penutup.'.length)
    e.commands.insertContent(' Tamat')
    expect(marked(e)).toEqual(['Penutup. Tamat'])
    e.commands.splitBlock()
    e.commands.insertContent('Baru')
    expect(marked(e)).toEqual(['Baru'])
  })

  it('marks the whole list for a caret in one of its items, both ends of a selection, and no Baca Juga', () => {
    const e = open()
    e.commands.setTextSelection(at(e, 'satu'))
    expect(marked(e)).toEqual(['Butir satu.'])
    e.commands.setTextSelection({ from: at(e, 'buka'), to: at(e, 'tup') })
    expect(marked(e)).toEqual(['Pembuka.', 'Penutup.'])
    e.commands.setNodeSelection(at(e, 'buka') + 'buka.'.length + 1)
    expect(e.state.selection.$from.nodeAfter?.type.name).toBe('bacaJuga')
    expect(marked(e)).toEqual([])
  })
})
