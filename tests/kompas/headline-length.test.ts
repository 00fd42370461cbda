import { describe, expect, it } from 'vitest'
import { applyFix } from '../../src/shared/kompas/apply-fix'
import { headlineLength } from '../../src/shared/kompas/rules/headline-length'
import { context, draft, run } from './build'

describe('headline-length', () => {
  it('accepts a headline within the limit, the limit itself included', () => {
    expect(run(headlineLength, draft())).toEqual([])
    expect(run(headlineLength, draft({ headline: 'x'.repeat(100) }))).toEqual([])
  })

  it('blocks an empty or blank headline', () => {
    expect(run(headlineLength, draft({ headline: '' }))).toEqual([{ severity: 'blocking', where: 'headline' }])
    expect(run(headlineLength, draft({ headline: '   ' }))).toEqual([{ severity: 'blocking', where: 'headline' }])
  })

  it('warns over the limit and marks what runs past it', () => {
    const headline = `${'a'.repeat(20)}bcd`
    const [finding] = headlineLength.check(draft({ headline }), context(undefined, { headlineLimit: 20 }))
    expect(finding).toMatchObject({
      severity: 'warning',
      where: { field: 'headline', from: 20, to: 23 },
      text: 'bcd',
      message: 'Judul 23 karakter, melebihi batas 20 karakter.'
    })
    expect(finding?.fix).toBeUndefined()
  })

  it('counts characters, not UTF-16 units, and ignores surrounding spaces', () => {
    // 🌧️ is two code points and four UTF-16 units, but one character on screen.
    expect(run(headlineLength, draft({ headline: '  Banjir 🌧️ Jakarta  ' }), context(undefined, { headlineLimit: 16 }))).toEqual([])
    const [finding] = headlineLength.check(draft({ headline: ' 🌧🌧🌧' }), context(undefined, { headlineLimit: 2 }))
    expect(finding?.where).toEqual({ field: 'headline', from: 5, to: 7 })
    // The range is in the field's own coordinates, so replacing it with nothing trims to the limit.
    const trimmed = applyFix(draft({ headline: ' 🌧🌧🌧' }), { label: '', labelEn: '', replace: { where: finding!.where, from: 5, to: 7, text: '' } })
    expect(trimmed.headline).toBe(' 🌧🌧')
  })
})
