// The body as the desk sees it and as the writer makes it, in the real renderer in Chromium:
// the review preview is the export's own markup, and the pull quote is one toolbar click, one
// shortcut or "/kutip" away.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, ArticleDraft } from '../../src/shared/article'
import { EVERY_NODE } from '../shared/every-node'
import { launchChromium, startBrowserHost, type RunningHost } from './harness'

describe('the body in the review preview and the editor', () => {
  let browser: Browser
  let host: RunningHost
  let page: Page
  const problems: string[] = []

  beforeAll(async () => {
    browser = await launchChromium()
    host = await startBrowserHost()
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()))
    page.on('pageerror', (e) => problems.push(e.message))
    await page.goto(host.url)
  })
  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  const create = async (draft: Partial<ArticleDraft>): Promise<Article> => {
    const result = await page.evaluate((d) => window.redaksi.articles.create({ draft: d }), draft)
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }
  const stored = async (id: string): Promise<Article> => {
    const result = await page.evaluate((articleId) => window.redaksi.articles.get({ id: articleId }), id)
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }

  it('the review preview shows exactly the markup HTML export publishes, for a body with every node and mark', async () => {
    const article = await create({ headline: 'Putin tiba', body: EVERY_NODE, dateline: { city: 'PYONGYANG', outlet: 'KOMPAS.TV' } })
    const exported = await page.evaluate((id) => window.redaksi.export.content({ id, format: 'html' }), article.id)
    if (!exported.ok) throw new Error(exported.error.message)
    const html = exported.value.data
    const start = '<div class="artikel__isi">\n'
    const from = html.indexOf(start) + start.length
    const published = html.slice(from, html.indexOf('\n</div>\n', from))
    await page.evaluate((id) => (window.location.hash = `#/tinjauan/${id}`), article.id)
    const preview = page.getByTestId('preview-body')
    await preview.waitFor()
    expect(await preview.innerHTML()).toBe(published)
    // As published: bold, italic, links, H2, lists, quotes and the pull quote are all there.
    const counts: Record<string, number> = {}
    const expected: Record<string, number> = {
      strong: 2, // the bold run and the Baca Juga label
      em: 1,
      u: 1,
      s: 1,
      'a[href="https://www.kompas.tv/?a=1&b=2"]': 1,
      h2: 1,
      h3: 1,
      'ul > li': 1,
      'ol[start="2"] > li': 1,
      'blockquote > p': 2, // the quote and the pull quote
      'figure.pull-quote figcaption cite': 1,
      'aside.baca-juga': 1,
      'span.dateline': 1
    }
    for (const selector of Object.keys(expected)) counts[selector] = await preview.locator(selector).count()
    expect(counts).toEqual(expected)
  })

  it('inserts a pull quote from the toolbar, from its shortcut and from /kutip, and stores it', async () => {
    const article = await create({ headline: 'Kutipan', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kami siap menyambut, kata Peskov.' }] }] } })
    await page.evaluate((id) => (window.location.hash = `#/artikel/${id}`), article.id)
    const body = page.getByRole('textbox', { name: 'Isi berita' })
    await body.waitFor()
    const dialog = page.getByRole('dialog', { name: 'Sisipkan kutipan sorot' })
    const fill = async (quote: string, name: string): Promise<void> => {
      await dialog.getByLabel('Kalimat kutipan (ulang dari tubuh berita)').fill(quote)
      await dialog.getByLabel('Nama yang berbicara').fill(name)
      await dialog.getByLabel('Jabatan atau keterangan').fill('Juru bicara Kremlin')
      await dialog.getByRole('button', { name: 'Sisipkan' }).click()
      await dialog.waitFor({ state: 'detached' })
    }

    await body.click()
    await page.keyboard.press('End')
    await page.getByRole('button', { name: /^Kutipan sorot/ }).click()
    await fill('Kami siap menyambut', 'Dmitry Peskov')
    await page.keyboard.type('Paragraf kedua.')
    await page.keyboard.press('Control+Alt+q')
    await fill('kata Peskov', 'Peskov')
    await page.keyboard.type('/kutip')
    await page.keyboard.press('Enter')
    await dialog.getByRole('button', { name: 'Batal' }).click()
    await page.keyboard.press('Control+s')

    await expect
      .poll(async () => (await stored(article.id)).body.content.map((n) => (n.type === 'pullQuote' ? `“${String(n.attrs?.quote)}” ${String(n.attrs?.name)}` : n.type)))
      .toEqual(['paragraph', '“Kami siap menyambut” Dmitry Peskov', 'paragraph', '“kata Peskov” Peskov', 'paragraph'])
    expect(await page.locator('.body-editor__content figure.pull-quote').count()).toBe(2)
    expect(problems).toEqual([])
  })
})
