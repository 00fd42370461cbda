import { describe, expect, it } from 'vitest'
import { creditsPresent } from '../../src/shared/kompas/rules/credits-present'
import { draft, run } from './build'

describe('credits-present', () => {
  it('accepts penulis, editor and sumber', () => {
    expect(run(creditsPresent, draft())).toEqual([])
  })

  it('blocks a piece without penulis or sumber', () => {
    expect(run(creditsPresent, draft({ penulis: [] }))).toEqual([{ severity: 'blocking', where: 'penulis' }])
    expect(run(creditsPresent, draft({ sumber: ['  '] }))).toEqual([{ severity: 'blocking', where: 'sumber' }])
  })

  it('only warns without an editor, whom approval fills in', () => {
    const [finding] = creditsPresent.check(draft({ editor: [] }), { articleExists: () => false, currentTitle: () => null, headlineLimit: 100 })
    expect(finding).toMatchObject({ severity: 'warning', where: { field: 'editor' }, message: 'Editor belum diisi; editor yang menyetujui akan tercatat otomatis.' })
  })

  it('reports each missing credit, in field order', () => {
    expect(run(creditsPresent, draft({ penulis: [], editor: [], sumber: [] })).map((f) => f.where)).toEqual(['penulis', 'editor', 'sumber'])
  })
})
