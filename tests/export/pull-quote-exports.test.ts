// The pull quote through every export and back in through the text and bundle imports, over the
// real services and store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import { DEFAULT_SECTIONS } from '../../src/shared/article'
import { parsePlainText } from '../../src/shared/kompas/parse-plain-text'
import { openTestRedaksi } from '../helpers/redaksi'
import { EVERY_NODE } from '../shared/every-node'

const FIGURE =
  '<figure class="pull-quote"><blockquote class="pull-quote__text"><p>Kami siap menyambut</p></blockquote>' +
  '<figcaption class="pull-quote__attribution"><cite class="pull-quote__name">Dmitry Peskov</cite>, <span class="pull-quote__role">Juru bicara Kremlin</span></figcaption></figure>'
const LINE = 'Kutipan: “Kami siap menyambut” — Dmitry Peskov, Juru bicara Kremlin'
const PULL = EVERY_NODE.content.find((n) => n.type === 'pullQuote')!

describe('a pull quote in every export', () => {
  let redaksi: Awaited<ReturnType<typeof openTestRedaksi>>
  let article: Article
  const content = async (format: string): Promise<string> => {
    const result = await redaksi.dispatch('export.content', { id: article.id, format })
    if (!result.ok) throw new Error(result.error.message)
    return (result.value as { data: string }).data
  }
  beforeAll(async () => {
    redaksi = await openTestRedaksi()
    const created = await redaksi.dispatch('articles.create', { draft: { headline: 'Putin tiba', body: EVERY_NODE, penulis: ['Haryo Jati'] } })
    if (!created.ok) throw new Error(created.error.message)
    article = created.value as Article
  })
  afterAll(() => redaksi.dispose())

  it('is a figure with a blockquote and a figcaption in HTML', async () => {
    expect(await content('html')).toContain(`</blockquote>${FIGURE}<p>Kunjungan berlangsung dua hari.</p>`)
  })

  it('is the same figure in ninjs body_html, and its "Kutipan:" line in the plain body', async () => {
    const ninjs = JSON.parse(await content('ninjs')) as { bodies: { role: string; value: string }[] }
    expect(ninjs.bodies.find((b) => b.role === 'richtext')?.value).toContain(FIGURE)
    expect(ninjs.bodies.find((b) => b.role === 'main')?.value).toContain(`\n\n${LINE}\n\n`)
  })

  it('is a "Kutipan:" line in plain text that the text import reads back as the same node', async () => {
    const text = await content('text')
    expect(text).toContain(`\n\nKami siap menyambut\n\n${LINE}\n\nKunjungan berlangsung dua hari.\n\n`)
    const parsed = parsePlainText(text, { sections: DEFAULT_SECTIONS, defaultSection: 'nasional', defaultOutlet: 'KOMPAS.TV' })
    expect(parsed.ok && parsed.draft.body.content.filter((n) => n.type === 'pullQuote')).toEqual([PULL])
    const imported = await redaksi.dispatch('import.text', { fileName: 'putin.txt', text, onDuplicate: 'keep-both' })
    expect(imported).toMatchObject({ ok: true, value: { kind: 'imported' } })
    const id = imported.ok ? (imported.value as { id: string }).id : ''
    const stored = await redaksi.dispatch('articles.get', { id })
    expect(stored.ok && (stored.value as Article).body.content.filter((n) => n.type === 'pullQuote')).toEqual([PULL])
  })

  it('reads back a line without attribution, and one with a plain dash', () => {
    const text = 'Judul\nKompas dunia | 17 Juni 2024, 20:49 WIB\n\nIsi pertama.\n\nKutipan: "Tanpa nama"\n\nKutipan: “Satu - dua” - Ani\n\nPenulis : A'
    const parsed = parsePlainText(text, { sections: DEFAULT_SECTIONS, defaultSection: 'nasional', defaultOutlet: 'KOMPAS.TV' })
    expect(parsed.ok && parsed.draft.body.content.slice(1)).toEqual([
      { type: 'pullQuote', attrs: { quote: 'Tanpa nama', name: '', role: '' } },
      { type: 'pullQuote', attrs: { quote: 'Satu - dua', name: 'Ani', role: '' } }
    ])
  })

  it('travels in a bundle and comes back in as the same node', async () => {
    const bundle = await content('bundle')
    const imported = await redaksi.dispatch('import.bundle', { fileName: 'putin.redaksi', base64: Buffer.from(bundle).toString('base64'), onDuplicate: 'keep-both' })
    const id = imported.ok ? (imported.value as { id: string }).id : ''
    const stored = await redaksi.dispatch('articles.get', { id })
    expect(stored.ok && (stored.value as Article).body).toEqual(EVERY_NODE)
  })
})
