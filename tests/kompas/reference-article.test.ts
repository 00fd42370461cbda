import { describe, expect, it } from 'vitest'
import { checkArticle, findingWhere, hasBlocking } from '../../src/shared/kompas/check'
import { applyFix } from '../../src/shared/kompas/apply-fix'
import { topLevelBlocks } from '../../src/shared/editor/queries'
import { contextWith, REFERENCE_EXPECTED, referenceArticle } from '../helpers/reference-article'

describe('the reference article', () => {
  const article = referenceArticle()

  it('is built as the expected file describes it', () => {
    const blocks = topLevelBlocks(article.body)
    const paragraphs = blocks.filter((b) => b.type === 'paragraph')
    expect(paragraphs).toHaveLength(REFERENCE_EXPECTED.paragraphCount)
    expect(paragraphs[0]?.text).toBe('Presiden Rusia Vladimir Putin bakal tiba di Korea Utara pada Selasa (18/6/2024) waktu setenpat.')
    // Each Baca Juga sits right after the paragraph the expected file names.
    const placed = blocks
      .filter((b) => b.type === 'bacaJuga')
      .map((b) => ({ afterParagraph: blocks.slice(0, b.index).filter((x) => x.type === 'paragraph').length, title: b.node.attrs?.title }))
    expect(placed).toEqual(REFERENCE_EXPECTED.bacaJuga)
  })

  it('yields exactly the expected findings: the wrong weekday in the caption', () => {
    const findings = checkArticle(article, contextWith())
    const expected = REFERENCE_EXPECTED.houseStyleFindings.filter((f) => !f.optional).map(({ rule, where, text }) => ({ rule, where, text }))
    expect(findings.map((f) => ({ rule: f.rule, where: findingWhere(f), text: f.text }))).toEqual(expected)
    const caption = article.featuredImage!.caption
    const from = caption.indexOf('Rabu, (13/6/2023)')
    expect(findings[0]).toMatchObject({
      severity: 'blocking',
      message: '13/6/2023 jatuh pada hari Selasa, bukan Rabu.',
      where: { field: 'featuredImage.caption', from, to: from + 'Rabu, (13/6/2023)'.length }
    })
    expect(hasBlocking(findings)).toBe(true)
  })

  it('is clean once the offered fix is applied', () => {
    const [finding] = checkArticle(article, contextWith())
    const fixed = applyFix(article, finding!.fix!)
    expect(fixed.featuredImage?.caption).toBe('Pemimpin Korea Utara, Kim Jong-un bertemu presiden Vladimir Putin di Rusia, Selasa, (13/6/2023).')
    expect(checkArticle(fixed, contextWith())).toEqual([])
  })

  it('warns, and only warns, while its Baca Juga blocks are not linked yet', () => {
    const unlinked = referenceArticle()
    unlinked.body.content = unlinked.body.content.map((n) => (n.type === 'bacaJuga' ? { ...n, attrs: { ...n.attrs, articleId: null } } : n))
    const findings = checkArticle(unlinked, contextWith({}))
    expect(findings.map((f) => [f.rule, findingWhere(f), f.severity])).toEqual([
      ['day-matches-date', 'featuredImage.caption', 'blocking'],
      ['baca-juga-target', 'Baca Juga 1', 'warning'],
      ['baca-juga-target', 'Baca Juga 2', 'warning']
    ])
  })
})
