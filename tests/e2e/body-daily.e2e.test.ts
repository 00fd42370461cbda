// The body editor's daily list in real Chromium: an unlinked Baca Juga linked later, an empty
// paragraph flagged and left out of the export, find and replace with its counts and one undo step.
import AxeBuilder from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'
import type { Article, ArticleDraft, BodyNode } from '../../src/shared/article'
import { bodyFocused, caretAt } from './caret'
import { useApp } from './harness'
import { createArticle, storedArticle } from './article-calls'

const p = (text?: string): BodyNode => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' })

describe('the body editor, day to day', () => {
  const app = useApp({ fresh: 'suite', viewport: { width: 1280, height: 900 } })

  const create = (draft: Partial<ArticleDraft>): Promise<Article> => createArticle(app.page, draft)
  const stored = (id: string): Promise<Article> => storedArticle(app.page, id)
  const texts = async (id: string): Promise<string[]> => (await stored(id)).body.content.map((node) => (node.content ?? []).map((n) => n.text ?? '').join(''))
  const open = async (id: string): Promise<void> => {
    await app.page.evaluate((articleId) => (window.location.hash = `#/artikel/${articleId}`), id)
    await body().waitFor()
  }
  const body = () => app.page.getByRole('textbox', { name: 'Isi berita' })

  it('links a Baca Juga left unlinked to a stored article, in one undo step', async () => {
    const target = await create({ headline: 'Warga Makassar Mengungsi' })
    const article = await create({ headline: 'Banjir Makassar', body: { type: 'doc', content: [p('Pembuka.'), { type: 'bacaJuga', attrs: { articleId: null, title: 'Judul dari impor' } }, p('Penutup.')] } })
    await open(article.id)
    const block = app.page.locator('.baca-juga-block')
    await block.getByText('Belum tertaut ke artikel tersimpan.').waitFor()
    await block.getByRole('button', { name: 'Tautkan ke artikel…' }).click()
    const picker = app.page.getByRole('dialog', { name: 'Tautkan Baca Juga ke artikel' })
    await picker.getByRole('combobox', { name: 'Cari judul artikel' }).fill('Makassar Mengungsi')
    await picker.getByRole('option', { name: /Warga Makassar Mengungsi/ }).waitFor()
    await app.page.keyboard.press('Enter')
    await picker.waitFor({ state: 'detached' })
    await expect.poll(async () => (await stored(article.id)).body.content[1]).toEqual({ type: 'bacaJuga', attrs: { articleId: target.id, title: 'Warga Makassar Mengungsi' } })
    await expect(block.locator('.baca-juga-block__title').innerText()).resolves.toBe('Warga Makassar Mengungsi')
    await expect(block.locator('.baca-juga-block__warning').count()).resolves.toBe(0)
    await app.page.keyboard.press('Control+z')
    await expect.poll(async () => (await stored(article.id)).body.content[1]).toEqual({ type: 'bacaJuga', attrs: { articleId: null, title: 'Judul dari impor' } })
  })

  it('flags an empty paragraph after a Baca Juga at that paragraph, takes the writer there, and leaves it out of the export', async () => {
    const target = await create({ headline: 'Target Baca Juga' })
    const article = await create({ headline: 'Paragraf Kosong', body: { type: 'doc', content: [p('Pembuka.'), { type: 'bacaJuga', attrs: { articleId: target.id, title: 'Target Baca Juga' } }, p(), p('Penutup.')] } })
    await open(article.id)
    const finding = app.page.locator('li[data-rule="empty-paragraph"]')
    await finding.waitFor()
    await expect(finding.count()).resolves.toBe(1)
    await expect(finding.innerText()).resolves.toBe('Peringatan · paragraf 2\nParagraf kosong tidak ikut diterbitkan; hapus atau isi paragraf ini.')
    const exported = await app.page.evaluate((id) => window.redaksi.export.content({ id, format: 'html' }), article.id)
    const exportedBefore = exported.ok ? exported.value.data : ''
    if (!exported.ok) throw new Error(exported.error.message)
    const start = exported.value.data.indexOf('<div class="artikel__isi">')
    expect(exported.value.data.slice(start, exported.value.data.indexOf('</div>', start))).toBe(
      '<div class="artikel__isi">\n<p>Pembuka.</p><aside class="baca-juga"><strong class="baca-juga__label">Baca Juga: </strong><span>Target Baca Juga</span></aside><p>Penutup.</p>\n'
    )
    expect(exportedBefore).not.toContain('<p></p>')
    // The panel takes the writer to the paragraph: what she types lands in it, and the warning goes.
    await finding.getByRole('button', { name: 'paragraf 2' }).click()
    await app.page.keyboard.type('Tengah.')
    await expect.poll(async () => (await stored(article.id)).body.content.map((node) => node.type + ':' + (node.content?.[0]?.text ?? ''))).toEqual([
      'paragraph:Pembuka.',
      'bacaJuga:',
      'paragraph:Tengah.',
      'paragraph:Penutup.'
    ])
    await finding.waitFor({ state: 'detached' })
  })

  it('finds with Ctrl+F and replaces with Ctrl+H: counts, next and previous, case, replace, replace all, one undo step each', async () => {
    const article = await create({
      headline: 'Cari dan Ganti',
      body: { type: 'doc', content: [p('Banjir melanda Makassar. Banjir datang lagi.'), p('Warga mengungsi; banjir surut sore.'), p('BANJIR tahunan.')] }
    })
    await open(article.id)
    await body().click()
    await bodyFocused(app.page)
    await app.page.keyboard.press('Control+Home')
    await caretAt(app.page, 'start')
    await app.page.keyboard.press('Control+f')
    const bar = app.page.getByRole('search', { name: 'Cari di isi berita' })
    const count = app.page.getByTestId('find-count')
    await bar.getByRole('searchbox', { name: 'Cari' }).fill('banjir')
    await expect.poll(() => count.innerText()).toBe('1 dari 4')
    await expect(app.page.locator('.ProseMirror-search-match').count()).resolves.toBe(3)
    await expect(app.page.locator('.ProseMirror-active-search-match').innerText()).resolves.toBe('Banjir')
    await app.page.keyboard.press('Enter')
    await expect.poll(() => count.innerText()).toBe('2 dari 4')
    await bar.getByRole('button', { name: 'Berikutnya (Enter)' }).click()
    await expect.poll(() => count.innerText()).toBe('3 dari 4')
    await bar.getByRole('searchbox', { name: 'Cari' }).press('Shift+Enter')
    await expect.poll(() => count.innerText()).toBe('2 dari 4')
    await bar.getByRole('checkbox', { name: 'Huruf besar/kecil' }).check()
    await expect.poll(() => count.innerText()).toBe('1 dari 1')
    await bar.getByRole('checkbox', { name: 'Huruf besar/kecil' }).uncheck()
    await expect.poll(() => count.innerText()).toMatch(/^\d dari 4$/)

    // Esc closes the bar; Ctrl+H from the start of the body opens find and replace afresh.
    await app.page.keyboard.press('Escape')
    await bar.waitFor({ state: 'detached' })
    // The bar hands the focus back to the body as it closes, with the last match selected; Chromium
    // leaves a selection that starts at the top of the body as it is on Ctrl+Home, so an ArrowLeft
    // collapses it first.
    await bodyFocused(app.page)
    await app.page.keyboard.press('ArrowLeft')
    await app.page.keyboard.press('Control+Home')
    await caretAt(app.page, 'start')
    await app.page.keyboard.press('Control+h')
    const replaceBar = app.page.getByRole('search', { name: 'Cari dan ganti di isi berita' })
    await expect(replaceBar.getByRole('textbox', { name: 'Ganti dengan' }).evaluate((input) => input === document.activeElement)).resolves.toBe(true)
    await replaceBar.getByRole('textbox', { name: 'Ganti dengan' }).fill('hujan')
    await replaceBar.getByRole('searchbox', { name: 'Cari' }).fill('banjir')
    await expect.poll(() => count.innerText()).toBe('1 dari 4')
    await replaceBar.getByRole('button', { name: 'Ganti', exact: true }).click()
    await expect.poll(() => count.innerText()).toBe('1 dari 3')
    const afterOne = ['hujan melanda Makassar. Banjir datang lagi.', 'Warga mengungsi; banjir surut sore.', 'BANJIR tahunan.']
    await expect.poll(() => texts(article.id)).toEqual(afterOne)
    await replaceBar.getByRole('button', { name: 'Ganti semua' }).click()
    await expect.poll(() => count.innerText()).toBe('Tidak ditemukan')
    await expect.poll(() => texts(article.id)).toEqual(['hujan melanda Makassar. hujan datang lagi.', 'Warga mengungsi; hujan surut sore.', 'hujan tahunan.'])

    await replaceBar.getByRole('textbox', { name: 'Ganti dengan' }).press('Escape')
    await replaceBar.waitFor({ state: 'detached' })
    await expect(app.page.locator('.ProseMirror-search-match, .ProseMirror-active-search-match').count()).resolves.toBe(0)
    // As after the first Esc: the bar gives the focus back to the body as it closes, and an undo
    // pressed before it arrives goes nowhere (failed so once in CI, 2 Dec).
    await bodyFocused(app.page)
    // One undo takes back "Ganti semua" only; the single replacement before it stays.
    await app.page.keyboard.press('Control+z')
    await expect.poll(() => texts(article.id)).toEqual(afterOne)
    await app.page.keyboard.press('Control+z')
    await expect.poll(() => texts(article.id)).toEqual(['Banjir melanda Makassar. Banjir datang lagi.', 'Warga mengungsi; banjir surut sore.', 'BANJIR tahunan.'])
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violation in the ${scheme} theme with find and replace open and an unlinked Baca Juga`, async () => {
      await app.page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
      const article = await create({
        headline: `Aksesibilitas ${scheme}`,
        body: { type: 'doc', content: [p('Banjir melanda. Banjir lagi.'), { type: 'bacaJuga', attrs: { articleId: null, title: 'Tanpa tautan' } }, p('Banjir surut.')] }
      })
      await open(article.id)
      await body().click()
      await app.page.keyboard.press('Control+h')
      await app.page.getByRole('searchbox', { name: 'Cari' }).fill('banjir')
      await expect.poll(() => app.page.getByTestId('find-count').innerText()).toMatch(/^[123] dari 3$/)
      const results = await new AxeBuilder({ page: app.page }).analyze()
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))
      expect(serious).toEqual([])
    })
  }
})
