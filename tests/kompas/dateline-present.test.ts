import { describe, expect, it } from 'vitest'
import { applyFix } from '../../src/shared/kompas/apply-fix'
import { datelinePresent } from '../../src/shared/kompas/rules/dateline-present'
import { context, draft, run } from './build'

const dateline = (city: string, outlet: string) => ({ dateline: { city, outlet } })

describe('dateline-present', () => {
  it('accepts an upper-case city and a known outlet', () => {
    expect(run(datelinePresent, draft())).toEqual([])
    expect(run(datelinePresent, draft(dateline('JAKARTA', 'KOMPAS.com')))).toEqual([])
    // Without a list of outlets any outlet will do.
    expect(run(datelinePresent, draft(dateline('JAKARTA', 'Harian Kompas')), context(undefined, { outlets: undefined }))).toEqual([])
  })

  it('blocks a missing city or outlet', () => {
    expect(run(datelinePresent, draft(dateline('', 'KOMPAS.TV')))).toEqual([{ severity: 'blocking', where: 'dateline' }])
    expect(run(datelinePresent, draft(dateline('PYONGYANG', ' ')))).toEqual([{ severity: 'blocking', where: 'dateline' }])
    expect(run(datelinePresent, draft(dateline(' ', '')))).toHaveLength(2)
  })

  it('warns about a city not in capitals and fixes it', () => {
    const article = draft(dateline('Pyongyang', 'KOMPAS.TV'))
    const [finding] = datelinePresent.check(article, context())
    expect(finding).toMatchObject({ severity: 'warning', message: 'Kota pada dateline ditulis dengan huruf kapital: PYONGYANG, bukan Pyongyang.' })
    expect(applyFix(article, finding!.fix!).dateline).toEqual({ city: 'PYONGYANG', outlet: 'KOMPAS.TV' })
  })

  it('warns about an unknown outlet, fixing one only spelt in another case', () => {
    const article = draft(dateline('JAKARTA', 'Kompas.TV'))
    const [finding] = datelinePresent.check(article, context())
    expect(finding?.severity).toBe('warning')
    expect(applyFix(article, finding!.fix!).dateline.outlet).toBe('KOMPAS.TV')
    const [unknown] = datelinePresent.check(draft(dateline('JAKARTA', 'Tribun')), context())
    expect(unknown).toMatchObject({ severity: 'warning', text: 'Tribun' })
    expect(unknown?.fix).toBeUndefined()
  })

  it('fills in the outlet when the newsroom has only one', () => {
    const article = draft(dateline('JAKARTA', ''))
    const [finding] = datelinePresent.check(article, context(undefined, { outlets: ['KOMPAS.TV'] }))
    expect(applyFix(article, finding!.fix!).dateline).toEqual({ city: 'JAKARTA', outlet: 'KOMPAS.TV' })
  })
})
