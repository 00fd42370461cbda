import { describe, expect, it } from 'vitest'
import { checkArticle, findingWhere, hasBlocking, RULES } from '../../src/shared/kompas/check'
import type { Finding } from '../../src/shared/kompas/findings'
import { baca, context, draft, p } from './build'

describe('checkArticle', () => {
  it('has one rule per id, each named in kebab-case', () => {
    const ids = RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
    expect(ids.sort()).toEqual(
      ['baca-juga-placement', 'baca-juga-target', 'caption-credit', 'credits-present', 'dateline-present', 'day-matches-date', 'dikutip-dari-sumber', 'empty-paragraph', 'headline-length', 'image-alt', 'pull-quote', 'spelling', 'time-zone'].sort()
    )
  })

  it('finds nothing in a clean draft', () => {
    const findings = checkArticle(draft(), context())
    expect(findings).toEqual([])
    expect(hasBlocking(findings)).toBe(false)
  })

  it('lists findings in the order the page reads, and within a block by position', () => {
    const article = draft({
      headline: '',
      dateline: { city: 'Jakarta', outlet: 'KOMPAS.TV' },
      sumber: [],
      editor: [],
      featuredImage: { asset: null, caption: 'Rapat, Rabu (17/6/2024).', credit: '' },
      blocks: [baca(null, 'Lain'), p('Pukul 20.00 dan Kamis (18/6/2024).'), p('Dikutip dari Reuters, Senin.')]
    })
    const findings = checkArticle(article, context())
    expect(findings.map((f) => [findingWhere(f), f.rule, f.severity])).toEqual([
      ['headline', 'headline-length', 'blocking'],
      ['featuredImage.caption', 'day-matches-date', 'blocking'],
      ['featuredImage.credit', 'caption-credit', 'warning'],
      ['dateline', 'dateline-present', 'warning'],
      ['Baca Juga 1', 'baca-juga-placement', 'blocking'],
      ['Baca Juga 1', 'baca-juga-target', 'warning'],
      ['paragraph 1', 'time-zone', 'warning'],
      ['paragraph 1', 'day-matches-date', 'blocking'],
      ['paragraph 2', 'dikutip-dari-sumber', 'warning'],
      ['editor', 'credits-present', 'warning'],
      ['sumber', 'credits-present', 'blocking']
    ])
    expect(hasBlocking(findings)).toBe(true)
  })

  it('lets an editor approve over warnings alone', () => {
    const findings = checkArticle(draft({ editor: [] }), context())
    expect(findings.map((f) => f.severity)).toEqual(['warning'])
    expect(hasBlocking(findings)).toBe(false)
  })

  it('says where a finding is in words', () => {
    const at = (where: Finding['where']) => findingWhere({ where })
    expect(at({ field: 'featuredImage.caption', from: 3, to: 9 })).toBe('featuredImage.caption')
    expect(at({ field: 'body', block: 4, node: 'paragraph', ordinal: 3 })).toBe('paragraph 3')
    expect(at({ field: 'body', block: 1, node: 'bacaJuga', ordinal: 1 })).toBe('Baca Juga 1')
    expect(at({ field: 'body', block: 6, node: 'orderedList', ordinal: 2 })).toBe('numbered list 2')
  })

  it('gives every finding both messages and a fix the editor can apply to its own location kind', () => {
    const article = draft({
      dateline: { city: 'jakarta', outlet: '' },
      featuredImage: { asset: null, caption: 'Rabu (17/6/2024). (Foto: AP)', credit: '' },
      blocks: [p('Dikutip dari Reuters pukul 20.00.')]
    })
    for (const f of checkArticle(article, context(undefined, { outlets: ['KOMPAS.TV'] }))) {
      expect(f.message).not.toBe('')
      expect(f.messageEn).not.toBe('')
      if (f.fix && 'replace' in f.fix) expect(f.fix.replace.where.field).toBe(f.where.field)
    }
  })
})
