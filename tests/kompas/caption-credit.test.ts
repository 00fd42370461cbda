import { describe, expect, it } from 'vitest'
import { applyFix } from '../../src/shared/kompas/apply-fix'
import { captionCredit } from '../../src/shared/kompas/rules/caption-credit'
import { context, draft, run } from './build'

const image = (caption: string, credit: string) => ({ featuredImage: { asset: null, caption, credit } })

describe('caption-credit', () => {
  it('accepts no image, an uncaptioned image and a credited caption', () => {
    expect(run(captionCredit, draft())).toEqual([])
    expect(run(captionCredit, draft(image('', '')))).toEqual([])
    expect(run(captionCredit, draft(image('Putin di Moskwa.', 'AP')))).toEqual([])
  })

  it('warns when a caption has no credit', () => {
    const [finding] = captionCredit.check(draft(image('Putin di Moskwa.', ' ')), context())
    expect(finding).toMatchObject({ severity: 'warning', where: { field: 'featuredImage.credit' }, message: 'Foto utama belum mencantumkan kredit foto.' })
    expect(finding?.fix).toBeUndefined()
  })

  it('offers to move a credit pasted into the caption', () => {
    const article = draft(image('Kim Jong-un bertemu Putin, Rabu, (13/9/2023). (Sumber: Mikhail Metzel, Sputnik via AP)', ''))
    const [finding] = captionCredit.check(article, context())
    const fixed = applyFix(article, finding!.fix!)
    expect(fixed.featuredImage).toEqual({ asset: null, caption: 'Kim Jong-un bertemu Putin, Rabu, (13/9/2023).', credit: 'Mikhail Metzel, Sputnik via AP' })
    expect(captionCredit.check(fixed, context())).toEqual([])
  })
})
