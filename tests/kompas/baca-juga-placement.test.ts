import { describe, expect, it } from 'vitest'
import { bacaJugaPlacement } from '../../src/shared/kompas/rules/baca-juga-placement'
import { baca, context, draft, KNOWN_ID, KNOWN_TITLE, p, run } from './build'

const b = baca(KNOWN_ID, KNOWN_TITLE)

describe('baca-juga-placement', () => {
  it('accepts Baca Juga blocks between paragraphs', () => {
    expect(run(bacaJugaPlacement, draft({ blocks: [p('a'), b, p('b'), b, p('c')] }))).toEqual([])
    expect(run(bacaJugaPlacement, draft({ blocks: [p('a'), p('b')] }))).toEqual([])
  })

  it('blocks one that opens the body', () => {
    const [finding] = bacaJugaPlacement.check(draft({ blocks: [b, p('a')] }), context())
    expect(finding).toMatchObject({ severity: 'blocking', where: { field: 'body', block: 0, node: 'bacaJuga', ordinal: 1 } })
  })

  it('blocks one that ends the body', () => {
    expect(run(bacaJugaPlacement, draft({ blocks: [p('a'), b, p('b'), b] }))).toEqual([{ severity: 'blocking', where: 'Baca Juga 2' }])
  })

  it('blocks one directly after another, reporting the second', () => {
    expect(run(bacaJugaPlacement, draft({ blocks: [p('a'), b, b, p('b')] }))).toEqual([{ severity: 'blocking', where: 'Baca Juga 2' }])
  })

  it('sees through empty paragraphs, which separate nothing for the reader', () => {
    expect(run(bacaJugaPlacement, draft({ blocks: [p(''), b, p('a')] }))).toEqual([{ severity: 'blocking', where: 'Baca Juga 1' }])
    expect(run(bacaJugaPlacement, draft({ blocks: [p('a'), b, { type: 'paragraph' }, b, p('  ')] })).map((f) => f.where)).toEqual([
      'Baca Juga 2',
      'Baca Juga 2'
    ])
  })

  it('reports a lone Baca Juga as both first and last', () => {
    expect(bacaJugaPlacement.check(draft({ blocks: [b] }), context()).map((f) => f.messageEn)).toEqual([
      'A Baca Juga block cannot open the body; place it after a paragraph.',
      'A Baca Juga block cannot end the body; place it before the last paragraph.'
    ])
  })
})
