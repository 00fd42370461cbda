import { describe, expect, it } from 'vitest'
import { emptyParagraph } from '../../src/shared/kompas/rules/empty-paragraph'
import { baca, context, draft, KNOWN_ID, KNOWN_TITLE, p, run } from './build'

const b = baca(KNOWN_ID, KNOWN_TITLE)
const br = { type: 'hardBreak' }

describe('empty-paragraph', () => {
  it('says nothing of a body whose paragraphs all have words', () => {
    expect(run(emptyParagraph, draft({ blocks: [p('a'), b, p('b')] }))).toEqual([])
  })

  it('warns at each empty paragraph: nothing, spaces, a non-breaking space, hard breaks only', () => {
    const blocks = [p('a'), b, p(''), p('   '), p('\u00a0'), p(br, br), p('b'), p(br, 'c')]
    expect(run(emptyParagraph, draft({ blocks }))).toEqual([
      { severity: 'warning', where: 'paragraph 2' },
      { severity: 'warning', where: 'paragraph 3' },
      { severity: 'warning', where: 'paragraph 4' },
      { severity: 'warning', where: 'paragraph 5' }
    ])
  })

  it('locates the finding at the paragraph, with its words in both languages', () => {
    const [finding, ...rest] = emptyParagraph.check(draft({ blocks: [p('a'), b, p('')] }), context())
    expect(rest).toEqual([])
    expect(finding).toEqual({
      rule: 'empty-paragraph',
      severity: 'warning',
      where: { field: 'body', block: 2, node: 'paragraph', ordinal: 2 },
      message: 'Paragraf kosong tidak ikut diterbitkan; hapus atau isi paragraf ini.',
      messageEn: 'An empty paragraph is not published; delete it or write in it.'
    })
  })

  it('leaves a body without words alone (a fresh article is one empty paragraph)', () => {
    expect(run(emptyParagraph, draft({ blocks: [p('')] }))).toEqual([])
    expect(run(emptyParagraph, draft({ blocks: [] }))).toEqual([])
  })
})
