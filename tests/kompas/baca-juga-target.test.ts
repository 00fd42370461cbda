import { describe, expect, it } from 'vitest'
import { applyFix } from '../../src/shared/kompas/apply-fix'
import { bacaJugaTarget } from '../../src/shared/kompas/rules/baca-juga-target'
import { baca, context, draft, KNOWN_ID, KNOWN_TITLE, p, run } from './build'

const withBlock = (id: string | null, title: string) => draft({ blocks: [p('a'), baca(id, title), p('b')] })

describe('baca-juga-target', () => {
  it('accepts a link to a live article under its current title', () => {
    expect(run(bacaJugaTarget, withBlock(KNOWN_ID, KNOWN_TITLE))).toEqual([])
    // Spacing differences are not a different title.
    expect(run(bacaJugaTarget, withBlock(KNOWN_ID, ` ${KNOWN_TITLE.replace(' ', '  ')} `))).toEqual([])
  })

  it('only warns about a block not linked yet', () => {
    expect(run(bacaJugaTarget, withBlock(null, 'Judul lama'))).toEqual([{ severity: 'warning', where: 'Baca Juga 1', text: 'Judul lama' }])
  })

  it('blocks a link to an article that does not exist', () => {
    const [finding] = bacaJugaTarget.check(withBlock('01J0ZZZZZZZZZZZZZZZZZZZZZZ', 'Hilang'), context())
    expect(finding).toMatchObject({ severity: 'blocking', message: 'Artikel tujuan Baca Juga “Hilang” tidak ditemukan.' })
  })

  it('blocks a link to a spiked article', () => {
    const [finding] = bacaJugaTarget.check(withBlock(KNOWN_ID, KNOWN_TITLE), context({ [KNOWN_ID]: null }))
    expect(finding).toMatchObject({ severity: 'blocking', message: `Artikel tujuan Baca Juga “${KNOWN_TITLE}” sudah di-spike.` })
  })

  it('warns about a stale title and offers the current one', () => {
    const article = withBlock(KNOWN_ID, 'Respons Kemenlu RI')
    const [finding] = bacaJugaTarget.check(article, context())
    expect(finding).toMatchObject({ severity: 'warning', fix: { retitle: { block: 1, articleId: KNOWN_ID, title: KNOWN_TITLE } } })
    const fixed = applyFix(article, finding!.fix!)
    expect(fixed.body.content[1]).toEqual(baca(KNOWN_ID, KNOWN_TITLE))
    expect(bacaJugaTarget.check(fixed, context())).toEqual([])
  })

  it('leaves the body alone when a retitle no longer fits it', () => {
    const article = withBlock(KNOWN_ID, 'Lama')
    const stale = { label: '', labelEn: '', retitle: { block: 0, articleId: KNOWN_ID, title: KNOWN_TITLE } }
    expect(applyFix(article, stale)).toBe(article)
  })
})
