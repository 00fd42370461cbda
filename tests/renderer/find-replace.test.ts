// @vitest-environment happy-dom
// Find and replace on a real TipTap editor with the article schema: counts, literal matching, and a
// replacement that is one undo step even right after typing (history merges what comes within 500 ms).
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { FindReplace, matchCount, replaceEveryMatch, replaceMatch } from '../../src/renderer/src/features/editor/body/find-replace'
import { articleExtensions } from '../../src/shared/editor/extensions'

const paragraphs = (editor: Editor): string[] => {
  const out: string[] = []
  editor.state.doc.forEach((node) => out.push(node.textContent))
  return out
}

describe('find and replace in the body', () => {
  let editor: Editor | null = null
  afterEach(() => editor?.destroy())

  const open = (texts: string[]): Editor => {
    editor = new Editor({
      extensions: [...articleExtensions(), FindReplace],
      content: { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }
    })
    return editor
  }

  it('counts matches literally, case-insensitive unless asked, and says which one is selected', () => {
    const e = open(['Rp 2,5 miliar. rp 2.5 juta', 'Rp 2,5 lagi'])
    e.commands.setFindQuery({ search: 'rp 2,5', replace: '', caseSensitive: false })
    expect(matchCount(e.state)).toEqual({ current: 0, total: 2 })
    e.commands.selectMatchFrom(5)
    expect(matchCount(e.state)).toEqual({ current: 2, total: 2 })
    e.commands.setFindQuery({ search: 'rp 2,5', replace: '', caseSensitive: true })
    expect(matchCount(e.state)).toEqual({ current: 0, total: 0 })
    e.commands.setFindQuery({ search: '2.5', replace: '', caseSensitive: false })
    expect(matchCount(e.state)).toEqual({ current: 0, total: 1 })
  })

  it('undoes a replacement made right after typing on its own, and the typing with the next undo', () => {
    const e = open(['banjir datang, banjir pergi'])
    e.commands.setTextSelection(1)
    e.commands.insertContent('Kemarin ')
    e.commands.setFindQuery({ search: 'banjir', replace: 'hujan', caseSensitive: false })
    expect(replaceEveryMatch(e)).toBe(true)
    expect(paragraphs(e)).toEqual(['Kemarin hujan datang, hujan pergi'])
    e.commands.insertContent('!')
    e.commands.undo()
    expect(paragraphs(e)).toEqual(['Kemarin hujan datang, hujan pergi'])
    e.commands.undo()
    expect(paragraphs(e)).toEqual(['Kemarin banjir datang, banjir pergi'])
    e.commands.undo()
    expect(paragraphs(e)).toEqual(['banjir datang, banjir pergi'])
  })

  it('replaces the selected match and moves to the next, one undo step each', () => {
    const e = open(['banjir datang, banjir pergi'])
    e.commands.setFindQuery({ search: 'banjir', replace: 'hujan', caseSensitive: false })
    e.commands.selectMatchFrom(0)
    replaceMatch(e)
    expect(paragraphs(e)).toEqual(['hujan datang, banjir pergi'])
    expect(matchCount(e.state)).toEqual({ current: 1, total: 1 })
    replaceMatch(e)
    expect(paragraphs(e)).toEqual(['hujan datang, hujan pergi'])
    e.commands.undo()
    expect(paragraphs(e)).toEqual(['hujan datang, banjir pergi'])
  })

  it('replaces nothing in a read-only body', () => {
    const e = open(['banjir'])
    e.setEditable(false)
    e.commands.setFindQuery({ search: 'banjir', replace: 'hujan', caseSensitive: false })
    expect(replaceEveryMatch(e)).toBe(false)
    expect(paragraphs(e)).toEqual(['banjir'])
  })
})
