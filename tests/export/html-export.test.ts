import { readFile, readdir } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import { publishedAt } from '../../src/shared/kompas/tanggal'
import { runExport } from '../../src/main/export/run-export'
import { fixtureDraft, openExchangeStore, PNG, storeArticle, type ExchangeStore } from './exchange-fixture'

const NETANYAHU = 'Benjamin Netanyahu Bubarkan Kabinet Perang Israel, Perang di Gaza Usai?'

describe('HTML export of one article', () => {
  let s: ExchangeStore
  beforeEach(async () => {
    s = await openExchangeStore()
  })
  afterEach(async () => {
    await s.dispose()
  })

  async function exportHtml(article: Article, more: string[] = [], image?: 'embed' | 'copy'): Promise<{ html: string; files: string[] }> {
    const { files } = await runExport(s.store, { ids: [article.id, ...more], format: 'html', outDir: s.out, image })
    return { html: await readFile(files[0]!, 'utf8'), files }
  }

  it('is a standalone Indonesian page with the Kompas anatomy in semantic markup', async () => {
    const { html } = await exportHtml(await storeArticle(s.store, fixtureDraft()))
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="id">')).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toMatch(/<article class="artikel">\n<header class="artikel__kepala">\n<h1>Putin Bakal Tiba di Korea Utara/)
    expect(html).toContain('<time datetime="2024-06-17T20:49:00+07:00">17 Juni 2024, 20:49 WIB</time>')
    expect(html).toContain(
      '<figcaption>Pemimpin Korea Utara, Kim Jong-un bertemu presiden Vladimir Putin di Rusia, Rabu, (13/6/2023). ' +
        '<span class="artikel__kredit-foto">(Sumber: Mikhail Metzel, Sputnik, Kremlin Pool Photo via AP)</span></figcaption>'
    )
    expect(html).toContain('<div class="artikel__isi">\n<p><span class="dateline">PYONGYANG, KOMPAS.TV - </span>Presiden Rusia Vladimir Putin')
    expect(html.match(/<aside [^>]*class="baca-juga"/g)).toHaveLength(2)
    expect(html).toContain('<dt>Penulis</dt><dd>Haryo Jati</dd>')
    expect(html).toContain('<dt>Editor</dt><dd>Deni-Muliya</dd>')
    expect(html).toContain('<dt>Sumber</dt><dd>The Independent</dd>')
    expect(html).toMatch(/<style>\n[\s\S]*@media print[\s\S]*<\/style>/)
    // Non-breaking spaces of the original survive.
    expect(html).toContain('Pertemuan itu&nbsp;pun')
  })

  it('carries schema.org NewsArticle JSON-LD', async () => {
    const { html } = await exportHtml(await storeArticle(s.store, fixtureDraft()))
    const json = /<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(html)?.[1]
    const ld = JSON.parse(json!) as Record<string, unknown>
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Putin Bakal Tiba di Korea Utara Selasa Besok, Kunjungi Negara Kim Jong-Un 2 Hari',
      datePublished: '2024-06-17T20:49:00+07:00',
      articleSection: 'dunia',
      dateline: 'PYONGYANG, KOMPAS.TV',
      author: [{ '@type': 'Person', name: 'Haryo Jati' }],
      image: { '@type': 'ImageObject', creditText: 'Mikhail Metzel, Sputnik, Kremlin Pool Photo via AP' },
      publisher: { '@type': 'Organization', name: 'KOMPAS.TV' }
    })
    expect(typeof ld.dateModified).toBe('string')
  })

  it('prints WITA and WIT times with their own offsets', async () => {
    for (const [zone, offset, text] of [
      ['WITA', '+08:00', '17 Juni 2024, 20:49 WITA'],
      ['WIT', '+09:00', '17 Juni 2024, 20:49 WIT']
    ] as const) {
      const draft = { ...fixtureDraft(), published: publishedAt({ year: 2024, month: 6, day: 17, hour: 20, minute: 49 }, zone) }
      const { html } = await exportHtml(await storeArticle(s.store, draft))
      expect(html).toContain(`<time datetime="2024-06-17T20:49:00${offset}">${text}</time>`)
    }
  })

  it('links a Baca Juga to the target’s file only when the target is in the same export', async () => {
    const target = await storeArticle(s.store, { ...fixtureDraft(), headline: NETANYAHU })
    const draft = fixtureDraft()
    draft.body.content = draft.body.content.map((n) =>
      n.type === 'bacaJuga' && n.attrs?.title === NETANYAHU ? { ...n, attrs: { articleId: target.id, title: NETANYAHU } } : n
    )
    const article = await storeArticle(s.store, draft)
    const alone = (await exportHtml(article)).html
    expect(alone).not.toContain('<a href="benjamin')
    expect(alone).toContain(`<span>${NETANYAHU}</span>`)
    const together = (await exportHtml(article, [target.id])).html
    expect(together).toContain(`<a href="benjamin-netanyahu-bubarkan-kabinet-perang-israel-perang-di-gaza-usai.html">${NETANYAHU}</a>`)
  })

  it('has no editor-only classes or attributes', async () => {
    const { html } = await exportHtml(await storeArticle(s.store, fixtureDraft()))
    for (const editorOnly of ['contenteditable', 'ProseMirror', 'draggable', 'data-placeholder', 'is-empty', 'node-view', 'tiptap', 'selected', 'data-article-id', 'data-baca-juga']) {
      expect(html).not.toContain(editorOnly)
    }
  })

  it('gives the same bytes for the same article every time', async () => {
    const article = await storeArticle(s.store, fixtureDraft())
    const first = (await exportHtml(article)).html
    const second = (await exportHtml(article)).html
    expect(second).toBe(first)
  })

  it('embeds the image as a data URI by default, or copies it beside the page', async () => {
    const { asset } = await s.store.putAsset(PNG, 'foto.png')
    const draft = fixtureDraft()
    draft.featuredImage = { ...draft.featuredImage!, asset }
    const article = await storeArticle(s.store, draft)
    // No alt text yet: the img is decorative, never the caption read twice (decision 0088).
    expect((await exportHtml(article)).html).toContain(`<img src="data:image/png;base64,${PNG.toString('base64')}" alt=""><figcaption>Pemimpin Korea Utara`)
    const copied = await exportHtml(article, [], 'copy')
    const base = 'putin-bakal-tiba-di-korea-utara-selasa-besok-kunjungi-negara-kim-jong-un-2-hari'
    expect(copied.html).toContain(`<img src="${base}.png"`)
    expect(copied.html).toContain(`"contentUrl": "${base}.png"`)
    expect((await readFile(copied.files[1]!)).equals(PNG)).toBe(true)
    expect((await readdir(s.out)).filter((f) => f.startsWith('.'))).toEqual([])
  })

  it('keeps only http, https and mailto links, and escapes every field', async () => {
    const draft = fixtureDraft()
    draft.headline = '<script>alert(1)</script> & "kutipan"'
    draft.penulis = ['<img src=x onerror=alert(1)>']
    draft.body.content.push({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'jahat', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
        { type: 'text', text: ' web', marks: [{ type: 'link', attrs: { href: 'https://kompas.tv/a?b=1&c=2' } }] },
        { type: 'text', text: ' surel', marks: [{ type: 'link', attrs: { href: 'mailto:redaksi@kompas.tv' } }] },
        { type: 'text', text: ' data', marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(1)</script>' } }] }
      ]
    })
    const { html } = await exportHtml(await storeArticle(s.store, draft))
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;kutipan&quot;</h1>')
    expect(html).toContain('<dd>&lt;img src=x onerror=alert(1)&gt;</dd>')
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('href="data:')
    expect(html).toContain('href="https://kompas.tv/a?b=1&amp;c=2"')
    expect(html).toContain('href="mailto:redaksi@kompas.tv"')
    expect(html.match(/<script/g)).toHaveLength(1)
  })
})
