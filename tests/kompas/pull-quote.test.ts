import { describe, expect, it } from 'vitest'
import { pullQuote } from '../../src/shared/kompas/rules/pull-quote'
import type { ArticleDraft } from '../../src/shared/article'
import { draft, p } from './build'
import { contextWith } from '../helpers/reference-article'

const run = (article: ArticleDraft) => pullQuote.check(article, contextWith())

const quote = (q: string, name = 'Dmitry Peskov', role = 'Juru bicara Kremlin') => ({ type: 'pullQuote', attrs: { quote: q, name, role } })
const lead = p('Presiden Rusia Vladimir Putin bakal tiba di Korea Utara. “Kami siap menyambut,” kata Peskov.')

describe('pull-quote', () => {
  it('accepts a quote the body says, with who said it, whatever its case and punctuation', () => {
    expect(run(draft({ blocks: [lead, quote('kami siap menyambut!'), p('Akhir.')] }))).toEqual([])
  })

  it('warns when the quote is not in the body, and when nobody is named', () => {
    const findings = run(draft({ blocks: [lead, quote('Kami menolak', '  '), p('Akhir.')] }))
    expect(findings.map((f) => [f.severity, f.where, f.messageEn])).toEqual([
      ['warning', { field: 'body', block: 1, node: 'pullQuote', ordinal: 1 }, 'A pull quote must repeat words from the body; these are not in it.'],
      ['warning', { field: 'body', block: 1, node: 'pullQuote', ordinal: 1 }, 'The pull quote does not say who said it.']
    ])
  })

  it('does not count a quote as found in itself or in part of a word', () => {
    expect(run(draft({ blocks: [lead, quote('siap menyambu'), p('Akhir.')] })).map((f) => f.rule)).toEqual(['pull-quote'])
    expect(run(draft({ blocks: [quote('Hanya di sini')] })).map((f) => f.message)).toEqual([
      'Kutipan sorot harus mengulang kalimat yang ada di tubuh berita; kalimat ini tidak ditemukan.'
    ])
  })

  it('warns about an empty quote', () => {
    expect(run(draft({ blocks: [lead, quote(' ')] })).map((f) => f.messageEn)).toEqual(['The pull quote is empty.'])
  })
})
