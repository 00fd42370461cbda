import { describe, expect, it } from 'vitest'
import { applyFix } from '../../src/shared/kompas/apply-fix'
import { dayMatchesDate, weekdayMentions } from '../../src/shared/kompas/rules/day-matches-date'
import { context, draft, p, run } from './build'

const body = (...texts: string[]) => draft({ blocks: texts.map((t) => p(t)) })

describe('day-matches-date', () => {
  it('accepts right weekdays in every form Kompas writes them', () => {
    const texts = [
      'Putin tiba pada Selasa (18/6/2024) waktu setempat.',
      'Dikutip dari The Independent, Senin (17/6/2024), Putin akan bertemu Kim.',
      'Kim bertemu Putin, Selasa, (13/6/2023).',
      'Rapat digelar Senin, 17/6/2024 di Jakarta.',
      'Rapat digelar Senin (17 Juni 2024).',
      'Salat Jumat, 21 Juni 2024, dan Jum’at (28/6/2024).',
      'Ahad (16/6/2024) pagi.'
    ]
    expect(run(dayMatchesDate, body(...texts))).toEqual([])
  })

  it('blocks a wrong weekday in the body and marks the whole mention', () => {
    const text = 'Kim bertemu Putin, Rabu, (13/6/2023) di Vostochny.'
    const [finding] = dayMatchesDate.check(body('Lead.', text), context())
    expect(finding).toMatchObject({
      severity: 'blocking',
      message: '13/6/2023 jatuh pada hari Selasa, bukan Rabu.',
      messageEn: '13/6/2023 was a Tuesday (Selasa), not a Wednesday (Rabu).',
      text: 'Rabu, (13/6/2023)',
      where: { field: 'body', block: 1, node: 'paragraph', ordinal: 2, from: 19, to: 36 }
    })
  })

  it('checks spelt-out dates and unparenthesised ones too', () => {
    expect(run(dayMatchesDate, body('Senin (18 Juni 2024) dan Kamis, 17/6/2024.')).map((f) => f.text)).toEqual(['Senin (18 Juni 2024)', 'Kamis, 17/6/2024'])
  })

  it('checks the featured image caption', () => {
    const article = draft({ featuredImage: { asset: null, caption: 'Putin di Moskwa, Minggu (13/6/2023).', credit: 'AP' } })
    expect(run(dayMatchesDate, article)).toEqual([{ severity: 'blocking', where: 'featuredImage.caption', text: 'Minggu (13/6/2023)' }])
  })

  it('blocks a date that is not on the calendar', () => {
    const [finding] = dayMatchesDate.check(body('Pada Kamis (31/2/2024).'), context())
    expect(finding).toMatchObject({ severity: 'blocking', message: 'Tanggal 31/2/2024 tidak ada di kalender.' })
    expect(finding?.fix).toBeUndefined()
  })

  it('fixes by replacing only the weekday, keeping the marks around it', () => {
    const article = draft({
      blocks: [p('Kim bertemu Putin, ', { type: 'text', text: 'Rabu', marks: [{ type: 'bold' }] }, ', (13/6/2023).')]
    })
    const [finding] = dayMatchesDate.check(article, context())
    expect(finding?.fix).toMatchObject({ label: 'Ganti Rabu menjadi Selasa', replace: { from: 19, to: 23, text: 'Selasa' } })
    const fixed = applyFix(article, finding!.fix!)
    expect(fixed.body.content[0]).toEqual(
      p('Kim bertemu Putin, ', { type: 'text', text: 'Selasa', marks: [{ type: 'bold' }] }, ', (13/6/2023).')
    )
    expect(dayMatchesDate.check(fixed, context())).toEqual([])
  })

  it('ignores weekdays without a date, dates without a weekday and "minggu" meaning week', () => {
    expect(run(dayMatchesDate, body('Putin tiba Selasa besok.', 'Pada 13/6/2023 mereka bertemu.', 'Dua minggu (13/6/2023) lalu.'))).toEqual([])
  })

  it('does not take a sentence’s closing parenthesis into the mention', () => {
    expect(weekdayMentions('(tiba Senin 17/6/2024)').map((m) => [m.from, m.to])).toEqual([[6, 21]])
  })
})
