import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article, ArticleSummary, BodyNode } from '../../src/shared/article'
import { useApp } from './harness'
import { referenceParts } from '../helpers/reference-article'

// The smallest valid PNG (one transparent pixel): a real image for the featured-image field.
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64'
)

const reference = referenceParts()

async function stored(page: Page, id: string): Promise<Article> {
  const result = await page.evaluate((articleId) => window.redaksi.articles.get({ id: articleId }), id)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

async function addNames(page: Page, label: string, names: string[]): Promise<void> {
  for (const name of names) {
    await page.getByLabel(label, { exact: true }).fill(name)
    await page.getByLabel(label, { exact: true }).press('Enter')
  }
}

async function insertBacaJuga(page: Page, how: 'slash' | 'shortcut', search: string): Promise<void> {
  if (how === 'slash') {
    await page.keyboard.type('/baca')
    await page.keyboard.press('Enter')
  } else {
    await page.keyboard.press('Control+Shift+B')
  }
  const searchBox = page.getByRole('combobox', { name: 'Cari judul artikel' })
  await searchBox.fill(search)
  await page.getByRole('listbox', { name: 'Sisipkan Baca Juga' }).getByRole('option').first().waitFor()
  await searchBox.press('Enter')
  await searchBox.waitFor({ state: 'detached' })
}

describe('a journalist writes the reference Kompas.tv article by hand', () => {
  const app = useApp({ fresh: 'suite', viewport: { width: 1280, height: 900 } })
  let targets: ArticleSummary[]

  beforeAll(async () => {
    // The two stories the Baca Juga blocks point to, already in the store.
    targets = []
    for (const { title } of reference.bacaJuga) {
      const created = await app.page.evaluate((headline) => window.redaksi.articles.create({ draft: { headline, section: 'internasional' } }), title)
      if (!created.ok) throw new Error(created.error.message)
      targets.push(created.value)
    }
    await app.page.reload()
  })

  it('types every field, reloads, and finds each as typed', async () => {
    await app.page.getByRole('button', { name: 'Artikel baru' }).first().click()
    await app.page.getByRole('textbox', { name: 'Judul', exact: true }).fill(reference.headline)
    // The new page is stored once something is typed (decision 0076), and the address names it then.
    await app.page.waitForURL(/#\/artikel\//)
    const id = /#\/artikel\/(\w+)/.exec(app.page.url())![1]!
    await app.page.getByLabel('Rubrik', { exact: true }).selectOption('dunia')
    await app.page.getByLabel('Tanggal', { exact: true }).fill('2024-06-17')
    await app.page.getByLabel('Jam', { exact: true }).fill('20:49')
    await app.page.getByLabel('Zona waktu', { exact: true }).selectOption('WIB')
    await expect(app.page.getByTestId('section-line').innerText()).resolves.toBe(reference.sectionLine)

    await app.page.getByTestId('featured-image-input').setInputFiles({ name: 'putin-kim.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG })
    await app.page.getByRole('img', { name: /Foto utama/ }).waitFor()
    await app.page.getByLabel('Keterangan foto').fill(reference.caption)
    await app.page.getByLabel('Kredit foto').fill(reference.credit)
    await expect(app.page.locator('.caption-preview').innerText()).resolves.toBe(`${reference.caption} (Sumber: ${reference.credit})`)

    await app.page.getByLabel('Kota dateline').fill(reference.datelineCity.toLowerCase())
    await app.page.getByLabel('Media', { exact: true }).fill(reference.datelineOutlet)

    await app.page.getByRole('textbox', { name: 'Isi berita' }).click()
    for (const [index, paragraph] of reference.paragraphs.entries()) {
      await app.page.keyboard.type(paragraph)
      if (index === reference.paragraphs.length - 1) break
      await app.page.keyboard.press('Enter')
      // After a Baca Juga the cursor already waits in the paragraph below it.
      const baca = reference.bacaJuga.find((b) => b.afterParagraph === index + 1)
      if (baca) await insertBacaJuga(app.page, index < 5 ? 'slash' : 'shortcut', baca.title.split(' ').slice(0, 3).join(' '))
    }
    // The dateline reads as the start of the lead, without being body text.
    await expect(app.page.locator('.ProseMirror p').first().innerText()).resolves.toBe(
      `${reference.datelineCity}, ${reference.datelineOutlet} - ${reference.paragraphs[0]}`
    )

    await addNames(app.page, 'Penulis', reference.penulis)
    await addNames(app.page, 'Editor', reference.editor)
    await addNames(app.page, 'Sumber', reference.sumber)

    await app.page.getByTestId('save-indicator').getByText('Tersimpan', { exact: true }).waitFor()
    await app.page.reload()
    await app.page.getByRole('textbox', { name: 'Judul', exact: true }).waitFor()

    // What the writer sees after the reload…
    await expect(app.page.getByRole('textbox', { name: 'Judul', exact: true }).inputValue()).resolves.toBe(reference.headline)
    await expect(app.page.getByLabel('Rubrik', { exact: true }).inputValue()).resolves.toBe('dunia')
    await expect(app.page.getByTestId('section-line').innerText()).resolves.toBe(reference.sectionLine)
    await expect(app.page.getByLabel('Keterangan foto').inputValue()).resolves.toBe(reference.caption)
    await expect(app.page.getByLabel('Kredit foto').inputValue()).resolves.toBe(reference.credit)
    await expect(app.page.getByLabel('Kota dateline').inputValue()).resolves.toBe(reference.datelineCity)
    for (const [label, names] of [
      ['Penulis', reference.penulis],
      ['Editor', reference.editor],
      ['Sumber', reference.sumber]
    ] as const) {
      await expect(app.page.getByRole('list', { name: `${label} terpilih` }).innerText()).resolves.toContain(names[0])
    }
    const blocks = app.page.locator('.ProseMirror > p, .ProseMirror aside[data-baca-juga]')
    await expect(blocks.count()).resolves.toBe(reference.paragraphs.length + reference.bacaJuga.length)

    // …and what the store holds, field by field.
    const article = await stored(app.page, id)
    expect(article).toMatchObject({
      headline: reference.headline,
      section: 'dunia',
      published: { at: '2024-06-17T20:49:00+07:00', zone: 'WIB' },
      dateline: { city: reference.datelineCity, outlet: reference.datelineOutlet },
      penulis: reference.penulis,
      editor: reference.editor,
      sumber: reference.sumber,
      featuredImage: { caption: reference.caption, credit: reference.credit }
    })
    expect(article.featuredImage?.asset).toMatch(/^[0-9a-f]{64}\.png$/)
    const expectedBody: BodyNode[] = []
    reference.paragraphs.forEach((text, index) => {
      expectedBody.push({ type: 'paragraph', content: [{ type: 'text', text }] })
      const baca = reference.bacaJuga.findIndex((b) => b.afterParagraph === index + 1)
      if (baca >= 0) expectedBody.push({ type: 'bacaJuga', attrs: { articleId: targets[baca]!.id, title: reference.bacaJuga[baca]!.title } })
    })
    expect(article.body.content).toEqual(expectedBody)
  })
})
