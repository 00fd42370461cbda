import { describe, expect, it } from 'vitest'
import { applyFix } from '../../src/shared/kompas/apply-fix'
import { dikutipDariSumber } from '../../src/shared/kompas/rules/dikutip-dari-sumber'
import { context, draft, p, run } from './build'

const said = (text: string, sumber = ['The Independent']) => draft({ blocks: [p(text)], sumber })

describe('dikutip-dari-sumber', () => {
  it('accepts a source listed under Sumber, whatever its case or a trailing comma', () => {
    expect(run(dikutipDariSumber, said('Dikutip dari The Independent, Senin (17/6/2024), Putin akan bertemu Kim.'))).toEqual([])
    expect(run(dikutipDariSumber, said('Seperti dikutip dari the independent, Putin tiba.', ['The Independent,']))).toEqual([])
    expect(run(dikutipDariSumber, said('Dikutip dari Reuters.', ['reuters']))).toEqual([])
    expect(run(dikutipDariSumber, said('Dikutip dari laman The Independent pada Senin (17/6/2024).'))).toEqual([])
  })

  it('accepts text that quotes no one', () => {
    expect(run(dikutipDariSumber, said('Putin bakal tiba di Korea Utara.', []))).toEqual([])
  })

  it('warns about a source missing from Sumber, marking its name', () => {
    const text = 'Dikutip dari Al Jazeera, Senin (17/6/2024), Putin tiba.'
    const [finding] = dikutipDariSumber.check(said(text), context())
    expect(finding).toMatchObject({
      severity: 'warning',
      text: 'Al Jazeera',
      where: { field: 'body', block: 0, from: 13, to: 23 },
      message: '“Dikutip dari Al Jazeera”: Al Jazeera belum tercantum di Sumber.'
    })
  })

  it('checks each of several sources and stops at the words that follow the name', () => {
    expect(run(dikutipDariSumber, said('Dikutip dari AP dan Reuters yang melaporkan dari Moskwa.', ['AP'])).map((f) => f.text)).toEqual(['Reuters'])
    expect(run(dikutipDariSumber, said('Dikutip dari Reuters pada Senin (17/6/2024).', ['APBN'])).map((f) => f.text)).toEqual(['Reuters'])
  })

  it('fixes by adding the source', () => {
    const article = said('Dikutip dari Al Jazeera, Senin.')
    const [finding] = dikutipDariSumber.check(article, context())
    const fixed = applyFix(article, finding!.fix!)
    expect(fixed.sumber).toEqual(['The Independent', 'Al Jazeera'])
    expect(dikutipDariSumber.check(fixed, context())).toEqual([])
  })
})
