import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import type { Body, BodyNode } from '../../src/shared/article'
import { articleExtensions } from '../../src/shared/editor/extensions'
import { blockText, bodyDoc, docRange, replaceInBlock, topLevelBlocks } from '../../src/shared/editor/queries'
import { baca, p } from './build'

const schema = getSchema(articleExtensions())
const text = (t: string, bold = false): BodyNode => (bold ? { type: 'text', text: t, marks: [{ type: 'bold' }] } : { type: 'text', text: t })
const textOf = (node: BodyNode): string => blockText(bodyDoc({ type: 'doc', content: [node] }).child(0))
const item = (...blocks: BodyNode[]): BodyNode => ({ type: 'listItem', content: blocks })

const body: Body = {
  type: 'doc',
  content: [
    p('Lead ', text('tebal', true), ' lagi.'),
    baca('01J0B4C5D6E7F8G9H0J1K2M3N4', 'Judul lain'),
    p('Baris satu', { type: 'hardBreak' }, 'baris dua'),
    { type: 'bulletList', content: [item(p('Butir satu')), item(p('Butir dua'))] },
    { type: 'blockquote', content: [p('Kutipan satu.'), p('Kutipan dua.')] },
    { type: 'heading', attrs: { level: 2 }, content: [text('Subjudul')] }
  ]
}

describe('the body as the checker reads it', () => {
  it('gives every top-level block one text and a rank among its kind', () => {
    expect(topLevelBlocks(body).map((b) => [b.type, b.ordinal, b.text])).toEqual([
      ['paragraph', 1, 'Lead tebal lagi.'],
      ['bacaJuga', 1, ''],
      ['paragraph', 2, 'Baris satu\nbaris dua'],
      ['bulletList', 1, 'Butir satu\nButir dua'],
      ['blockquote', 1, 'Kutipan satu.\nKutipan dua.'],
      ['heading', 1, 'Subjudul']
    ])
  })

  it('maps every word of every block to the document range that holds it', () => {
    const doc = schema.nodeFromJSON(body)
    for (const block of topLevelBlocks(body)) {
      for (const word of block.text.matchAll(/[^\s]+/g)) {
        const where = { field: 'body' as const, block: block.index, node: block.type, ordinal: block.ordinal, from: word.index, to: word.index + word[0].length }
        const range = docRange(body, where)!
        expect(doc.textBetween(range.from, range.to, '\n', '\n')).toBe(word[0])
      }
    }
  })

  it('maps a range that spans the paragraphs of a quote', () => {
    const doc = schema.nodeFromJSON(body)
    const quote = topLevelBlocks(body)[4]!
    const range = docRange(body, { field: 'body', block: 4, node: 'blockquote', ordinal: 1, from: 8, to: quote.text.length - 1 })!
    expect(doc.textBetween(range.from, range.to, '\n')).toBe('satu.\nKutipan dua')
  })

  it('maps a whole block, and nothing for a block that is gone', () => {
    const doc = schema.nodeFromJSON(body)
    const where = { field: 'body' as const, block: 1, node: 'bacaJuga', ordinal: 1 }
    const range = docRange(body, where)!
    expect(doc.nodeAt(range.from)?.type.name).toBe('bacaJuga')
    expect(range.to - range.from).toBe(1)
    expect(docRange(body, { ...where, block: 9 })).toBeNull()
  })

  it('replaces text across runs, keeping the marks of the run it starts in', () => {
    expect(replaceInBlock(body, 0, 5, 10, 'tipis')).toEqual(p('Lead ', text('tipis', true), ' lagi.'))
    // ProseMirror joins the two plain runs left either side of the cut into one.
    expect(replaceInBlock(body, 0, 2, 12, '')).toEqual(p('Leagi.'))
    expect(replaceInBlock(body, 0, 16, 16, ' Ya.')).toEqual(p('Lead ', text('tebal', true), ' lagi. Ya.'))
    expect(textOf(replaceInBlock(body, 2, 10, 11, ' ')!)).toBe('Baris satu baris dua')
    expect(replaceInBlock({ type: 'doc', content: [{ type: 'paragraph' }] }, 0, 0, 0, 'Isi')).toEqual(p('Isi'))
    expect(replaceInBlock(body, 9, 0, 0, 'x')).toBeNull()
  })

  it('replaces inside nested blocks', () => {
    const replaced = replaceInBlock(body, 4, 14, 21, 'Petikan')!
    expect(textOf(replaced)).toBe('Kutipan satu.\nPetikan dua.')
    expect(() => schema.nodeFromJSON({ type: 'doc', content: [replaced] }).check()).not.toThrow()
  })
})
