// Exported HTML is what the public reads. An XSS corpus goes in through every field a writer or a
// pasted document controls; each export is opened in Chromium, with its CSP and again without it
// (so escaping is proven on its own, not rescued by the CSP), and nothing may run: no dialog, no
// console output, no request beyond the page itself.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { generateJSON } from '@tiptap/html/server'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleDraft, Body } from '../../src/shared/article'
import { articleExtensions } from '../../src/shared/editor/extensions'
import { runExport } from '../../src/main/export/run-export'
import { openArticleStore, type ArticleStore } from '../../src/main/store'
import { makeTempDir } from '../helpers/temp-dir'
import { draft, p } from '../kompas/build'
import { launchChromium, PageWatch } from './harness'

/** Markup and script that must stay text wherever a field puts it. */
const TEXT_VECTORS = [
  '<script>window.__xss=1;alert(1)</script>',
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '"><svg onload=alert(1)>',
  "'><script>console.log('xss')</script>",
  '</title><script>alert(1)</script>',
  '</script><script>window.__xss=1</script>',
  '<!--<script>alert(1)</script>-->',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">klik</a>',
  '<body onload=alert(1)>',
  "<style>@import 'http://127.0.0.1:9/x.css';</style>",
  '<link rel=stylesheet href=http://127.0.0.1:9/x.css>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="http://127.0.0.1:9/">',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<embed src="javascript:alert(1)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '\u2028\u2029</script><script>alert(1)</script>',
  '<img src="http://127.0.0.1:9/pixel.gif">',
  '<video><source onerror=alert(1)>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '<svg><script>alert&#40;1&#41;</script></svg>'
]

/** Link targets a pasted or hand-edited body may carry. */
const LINK_VECTORS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '  javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'https://kompas.tv/" onmouseover="alert(1)',
  'http://127.0.0.1:9/"><script>alert(1)</script>',
  'file:///etc/passwd',
  '//127.0.0.1:9/x'
]

/** HTML as a writer might paste it into the editor, parsed by the editor's own schema. */
const PASTED_HTML = [
  '<p>Teks<img src=x onerror=alert(1)></p>',
  '<p><a href="javascript:alert(1)">tautan</a></p>',
  '<script>alert(1)</script><p>isi</p>',
  '<p style="background:url(http://127.0.0.1:9/x)">gaya</p>',
  '<aside data-baca-juga data-article-id=\'"><script>alert(1)</script>\'><span data-baca-juga-title>judul</span></aside>',
  '<p><a href="https://kompas.tv" onclick="alert(1)">klik</a></p>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe><p>bingkai</p>',
  '<h2 onmouseover=alert(1)>subjudul</h2><p class="ProseMirror" contenteditable="true">x</p>'
]

/** Image files with hostile names or contents. */
const IMAGE_VECTORS: [string, Buffer][] = [
  ['"><img src=x onerror=alert(1)>.png', Buffer.from('89504e470d0a1a0a', 'hex')],
  ['x.png"onerror="alert(1)', Buffer.from('89504e470d0a1a0a', 'hex')],
  ['foto.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>')],
  ['../../../etc/foto.jpg', Buffer.from('<script>alert(1)</script>')],
  ['javascript:alert(1).gif', Buffer.from('GIF89a<script>alert(1)</script>')]
]

/** A clean article (the checker tests' own) with the fields a case attacks replaced. */
const draftWith = (overrides: Partial<ArticleDraft>): ArticleDraft => draft({ section: 'nasional', ...overrides })

interface Case {
  name: string
  draft: ArticleDraft
  /** The headline the page must show as text: proof the vector was kept, escaped, not dropped. */
  headline: string
}

async function corpus(store: ArticleStore): Promise<Case[]> {
  const cases: Case[] = TEXT_VECTORS.map((v, i) => ({
    name: `text ${i}`,
    headline: v,
    draft: draftWith({
      headline: v,
      dateline: { city: v.slice(0, 120), outlet: v.slice(0, 120) },
      penulis: [v],
      editor: [v],
      sumber: [v],
      tags: [v],
      featuredImage: { asset: null, caption: v, credit: v },
      body: { type: 'doc', content: [p(v), { type: 'bacaJuga', attrs: { articleId: null, title: v } }] }
    })
  }))
  LINK_VECTORS.forEach((href, i) => {
    const link = { type: 'text', text: 'tautan', marks: [{ type: 'link', attrs: { href, target: '_blank', class: 'ProseMirror' } }] }
    cases.push({ name: `link ${i}`, headline: `Tautan ${i}`, draft: draftWith({ headline: `Tautan ${i}`, body: { type: 'doc', content: [{ type: 'paragraph', content: [link] }] } }) })
  })
  PASTED_HTML.forEach((html, i) => {
    const body = generateJSON(html, articleExtensions()) as Body
    cases.push({ name: `pasted ${i}`, headline: `Tempelan ${i}`, draft: draftWith({ headline: `Tempelan ${i}`, body }) })
  })
  for (const [i, [fileName, bytes]] of IMAGE_VECTORS.entries()) {
    const { asset } = await store.putAsset(bytes, fileName)
    cases.push({
      name: `image ${i}`,
      headline: `Gambar ${i}`,
      draft: draftWith({ headline: `Gambar ${i}`, featuredImage: { asset, caption: fileName, credit: fileName } })
    })
  }
  return cases
}

describe('exported HTML runs nothing, whatever the article holds', () => {
  let browser: Browser
  let temp: Awaited<ReturnType<typeof makeTempDir>>
  const pages: { name: string; file: string; headline: string | null }[] = []
  /** Images the export itself copied beside the pages: the only thing a page may load. */
  const ownImages = new Set<string>()

  beforeAll(async () => {
    temp = await makeTempDir('redaksi-xss-')
    const store = await openArticleStore(join(temp.path, 'store'))
    const cases = await corpus(store)
    const ids = new Map<string, Case>()
    for (const c of cases) ids.set((await store.create(c.draft)).id, c)
    // Both image modes: embedded data URIs, and files copied beside the page.
    for (const image of ['embed', 'copy'] as const) {
      const outDir = join(temp.path, image)
      const { files } = await runExport(store, { ids: [...ids.keys()], format: 'html', outDir, image, index: true })
      for (const file of files.filter((f) => !f.endsWith('.html'))) ownImages.add(pathToFileURL(file).href)
      for (const file of files.filter((f) => f.endsWith('.html'))) {
        const html = await readFile(file, 'utf8')
        const id = [...ids.keys()].find((k) => html.includes(`"identifier": "${k}"`))
        const name = id ? `${ids.get(id)!.name} (${image})` : `index (${image})`
        pages.push({ name, file, headline: id ? ids.get(id)!.headline : null })
        // The same page without its CSP: escaping must hold on its own.
        const bare = file.replace(/\.html$/, '.tanpa-csp.html')
        const stripped = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, '')
        expect(stripped).not.toBe(html)
        await writeFile(bare, stripped)
        pages.push({ name: `${name} without CSP`, file: bare, headline: id ? ids.get(id)!.headline : null })
      }
    }
    await store.close()
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await temp?.remove()
  })

  it('has a corpus of 50 vectors through every field', async () => {
    expect(TEXT_VECTORS.length + LINK_VECTORS.length + PASTED_HTML.length + IMAGE_VECTORS.length).toBe(50)
    expect((await readdir(join(temp.path, 'embed'))).filter((f) => f.endsWith('.html')).length).toBe(102)
  })

  it('opens every export in Chromium: no dialog, no console output, no request, no script ran', { timeout: 180_000 }, async () => {
    const problems: string[] = []
    // One tab for all pages (a new tab costs more than the page): listeners name the page at hand.
    const page = await browser.newPage()
    // The suite's policy (errors, warnings, failed requests), and below it this test's stricter one.
    const watch = new PageWatch(page)
    let current = { name: '', url: '' }
    page.on('dialog', (d) => {
      problems.push(`${current.name}: dialog ${d.message()}`)
      void d.dismiss()
    })
    page.on('console', (m) => problems.push(`${current.name}: console ${m.type()} ${m.text()}`))
    page.on('pageerror', (e) => problems.push(`${current.name}: page error ${e.message}`))
    page.on('request', (r) => {
      if (r.url() !== current.url && !r.url().startsWith('data:') && !ownImages.has(r.url())) problems.push(`${current.name}: request ${r.url()}`)
    })
    for (const p of pages) {
      current = { name: p.name, url: pathToFileURL(p.file).href }
      await page.goto(current.url, { waitUntil: 'load' })
      // Give timers, autofocus and toggles a moment to fire if anything was live.
      await page.waitForTimeout(20)
      const ran = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)
      if (ran !== undefined) problems.push(`${p.name}: script ran`)
      if (p.headline !== null) {
        const shown = await page.textContent('h1')
        if (shown !== p.headline) problems.push(`${p.name}: headline shown as ${JSON.stringify(shown)}`)
      }
      const live = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([type="application/ld+json"]), iframe, object, embed, form, input, base, link, meta[http-equiv="refresh"], [onload], [onerror], [onclick], [onmouseover], [onfocus], [ontoggle], a[href^="javascript:" i], a[href^="data:" i]')].map(
          (e) => e.outerHTML.slice(0, 80)
        )
      )
      if (live.length) problems.push(`${p.name}: live markup ${live.join(' | ')}`)
    }
    await page.close()
    watch.check()
    expect(pages.length).toBe(204)
    expect(ownImages.size).toBe(3)
    expect(problems).toEqual([])
  })
})
