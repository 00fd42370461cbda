import { describe, expect, it } from 'vitest'
import { checkArticle, hasBlocking } from '../../src/shared/kompas/check'
import { imageAlt } from '../../src/shared/kompas/rules/image-alt'
import type { FeaturedImage } from '../../src/shared/article'
import { context, draft } from './build'

const ASSET = `${'a'.repeat(64)}.jpg`
const photo = (patch: Partial<FeaturedImage>) => ({ featuredImage: { asset: ASSET, caption: 'Putin tiba di Pyongyang, Rabu (19/6/2024).', credit: 'AP', ...patch } })

describe('image-alt', () => {
  it('asks nothing of an article without a photo, nor of a caption without a picture', () => {
    expect(imageAlt.check(draft(), context())).toEqual([])
    expect(imageAlt.check(draft({ featuredImage: { asset: null, caption: 'Putin tiba.', credit: 'AP' } }), context())).toEqual([])
  })

  it('blocks a photo without alt text, or with only spaces, at the alt field, in both languages', () => {
    const expected = [
      {
        rule: 'image-alt',
        severity: 'blocking',
        message: 'Foto utama belum diberi teks alternatif: tulis apa yang terlihat di foto untuk pembaca yang tidak dapat melihatnya.',
        messageEn: 'The featured image has no alt text: describe what the photo shows for readers who cannot see it.',
        where: { field: 'featuredImage.alt' }
      }
    ]
    expect(imageAlt.check(draft(photo({})), context())).toEqual(expected)
    expect(imageAlt.check(draft(photo({ alt: ' \n ' })), context())).toEqual(expected)
    // Blocking: submit and approve stop on it (workflow/transition.ts).
    expect(hasBlocking(checkArticle(draft(photo({})), context()))).toBe(true)
  })

  it('accepts alt text that says what the photo shows', () => {
    expect(imageAlt.check(draft(photo({ alt: 'Putin menuruni tangga pesawat, disambut Kim Jong-un' })), context())).toEqual([])
  })

  it('warns when the alt text only repeats the caption, whatever the case and spacing', () => {
    const [finding, ...rest] = imageAlt.check(draft(photo({ alt: '  putin tiba di  Pyongyang, rabu (19/6/2024). ' })), context())
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ severity: 'warning', where: { field: 'featuredImage.alt' }, messageEn: 'The alt text repeats the caption: describe what the photo shows, not what the caption says.' })
  })

  it('is found where the photo is, before the caption and the dateline', () => {
    const findings = checkArticle(draft({ featuredImage: { asset: ASSET, caption: 'Rapat, Rabu (17/6/2024).', credit: '' } }), context())
    expect(findings.map((f) => [f.where.field, f.rule])).toEqual([
      ['featuredImage.alt', 'image-alt'],
      ['featuredImage.caption', 'day-matches-date'],
      ['featuredImage.credit', 'caption-credit']
    ])
  })
})
