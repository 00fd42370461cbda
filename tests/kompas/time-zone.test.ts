import { describe, expect, it } from 'vitest'
import { applyFix } from '../../src/shared/kompas/apply-fix'
import { timeZone } from '../../src/shared/kompas/rules/time-zone'
import { context, draft, p, run } from './build'

const body = (...texts: string[]) => draft({ blocks: texts.map((t) => p(t)) })

describe('time-zone', () => {
  it('accepts times that carry WIB, WITA, WIT or the local time abroad', () => {
    const texts = [
      'Sidang dimulai pukul 09.00 WIB.',
      'Pesawat mendarat pukul 20:49 WITA di Makassar.',
      'Gempa terjadi pukul 07.15 pagi WIT.',
      'Upacara berlangsung pukul 10.00-12.00 WIB dan pukul 13.00 hingga pukul 15.00 WIB.',
      'Putin tiba pukul 03.00 waktu setempat.',
      'Tayang 20:00 (WIB).'
    ]
    expect(run(timeZone, body(...texts))).toEqual([])
  })

  it('ignores numbers that are not times', () => {
    expect(run(timeZone, body('Harga naik 20.000 rupiah, skor 2:1, rasio 1:10, catatan waktu 2:30:15, dan inflasi 3.05 persen.'))).toEqual([])
  })

  it('warns about a time without a zone', () => {
    const [finding] = timeZone.check(body('Putin tiba pukul 20.00 di Pyongyang.'), context())
    expect(finding).toMatchObject({
      severity: 'warning',
      text: 'pukul 20.00',
      where: { field: 'body', block: 0, from: 11, to: 22 },
      message: 'Waktu 20.00 belum diberi zona waktu (WIB, WITA, atau WIT).'
    })
    expect(run(timeZone, body('Rilis pada 20:49.', 'Jam 9.30 malam.')).map((f) => f.text)).toEqual(['20:49', 'Jam 9.30'])
  })

  it('fixes by adding the article’s zone', () => {
    const article = draft({ blocks: [p('Tiba pukul 20.00 di Makassar.')], published: { at: '2024-06-17T20:49:00+08:00', zone: 'WITA' } })
    const [finding] = timeZone.check(article, context())
    expect(finding?.fix?.label).toBe('Tambahkan WITA')
    const fixed = applyFix(article, finding!.fix!)
    expect(fixed.body.content[0]).toEqual(p('Tiba pukul 20.00 WITA di Makassar.'))
    expect(timeZone.check(fixed, context())).toEqual([])
  })

  it('offers WIB while the article has no publication time', () => {
    const [finding] = timeZone.check(draft({ blocks: [p('Pukul 20.00')], published: null }), context())
    expect(finding?.fix?.label).toBe('Tambahkan WIB')
  })
})
