import { describe, expect, it } from 'vitest'
import type { Body, BodyNode } from '../../src/shared/article'
import { publishedBody } from '../../src/shared/editor/queries'
import { BodyHtml } from '../../src/shared/editor/serializers/html'
import { plainTextBlocks } from '../../src/shared/editor/serializers/plain-text'

const t = (text: string): BodyNode => ({ type: 'text', text })
const p = (...content: BodyNode[]): BodyNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' })
const br: BodyNode = { type: 'hardBreak' }
const baca: BodyNode = { type: 'bacaJuga', attrs: { articleId: 'a1', title: 'Judul lain' } }
const item = (...content: BodyNode[]): BodyNode => ({ type: 'listItem', content })

// Enter after a Baca Juga, a blank line from Word, a quote and a list holding only blank lines.
const body: Body = {
  type: 'doc',
  content: [
    p(),
    p(t('Pembuka.')),
    baca,
    p(),
    p(t(' \u00a0 ')),
    p(br),
    p(t('Tengah'), br, t('baris.')),
    { type: 'blockquote', content: [p(), p(t('Kata saksi.'))] },
    { type: 'blockquote', content: [p()] },
    { type: 'bulletList', content: [item(p(t('Satu'))), item(p())] },
    { type: 'orderedList', attrs: { start: 1, type: null }, content: [item(p())] },
    p(t('Penutup.')),
    p()
  ]
}

describe('the published body', () => {
  it('leaves out every empty paragraph, and a list item, list or quote left with nothing', () => {
    expect(publishedBody(body).content).toEqual([
      p(t('Pembuka.')),
      baca,
      p(t('Tengah'), br, t('baris.')),
      { type: 'blockquote', content: [p(t('Kata saksi.'))] },
      { type: 'bulletList', content: [item(p(t('Satu')))] },
      p(t('Penutup.'))
    ])
  })

  it('is what HTML export publishes, with the dateline on the first paragraph that has words', () => {
    expect(new BodyHtml().render(body, 'JAKARTA, KOMPAS.TV - ')).toBe(
      '<p><span class="dateline">JAKARTA, KOMPAS.TV - </span>Pembuka.</p>' +
        '<aside class="baca-juga"><strong class="baca-juga__label">Baca Juga: </strong><span>Judul lain</span></aside>' +
        '<p>Tengah<br>baris.</p><blockquote><p>Kata saksi.</p></blockquote><ul><li><p>Satu</p></li></ul><p>Penutup.</p>'
    )
  })

  it('is what the plain-text export (and so ninjs body_text) writes', () => {
    expect(plainTextBlocks(body, 'JAKARTA, KOMPAS.TV - ')).toEqual([
      'JAKARTA, KOMPAS.TV - Pembuka.',
      'Baca Juga: Judul lain',
      'Tengah\nbaris.',
      'Kata saksi.',
      '- Satu',
      'Penutup.'
    ])
  })

  it('keeps a body without empty paragraphs as it is', () => {
    const clean: Body = { type: 'doc', content: [p(t('Satu.')), baca, p(t('Dua.'))] }
    expect(publishedBody(clean)).toEqual(clean)
  })
})
