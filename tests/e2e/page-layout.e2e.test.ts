// The writer's page (issue 12): the header is one line at desk widths, the piece reads in the
// published type, its metadata sits in the side panel, and nothing hides under the status bar.
import type { Locator, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { useApp } from './harness'
import { seedReferenceDesk, type ReferenceDesk } from './reference-desk'

/** The header's flex items, and whether they all sit on one line: its height is one row's. */
async function headerRows(page: Page): Promise<{ height: number; oneRow: number; lines: number }> {
  return page.evaluate(() => {
    const header = document.querySelector<HTMLElement>('.app__header')!
    const style = getComputedStyle(header)
    const items = [...header.children].filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.getBoundingClientRect())
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth)
    const tallest = Math.max(...items.map((r) => r.height))
    // Items on one flex line overlap vertically; a wrapped item starts below the first line's bottom.
    const firstBottom = Math.min(...items.map((r) => r.bottom))
    const lines = 1 + (items.some((r) => r.top >= firstBottom) ? 1 : 0)
    return { height: Math.round(header.getBoundingClientRect().height), oneRow: Math.round(tallest + padding), lines }
  })
}

const TYPE = ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight'] as const
type Type = Record<(typeof TYPE)[number], string>
const typeOf = (locator: Locator): Promise<Type> =>
  locator.evaluate((element, keys) => {
    const style = getComputedStyle(element)
    return Object.fromEntries(keys.map((key) => [key, style[key]])) as Type
  }, TYPE)

describe("the writer's page", () => {
  const app = useApp({ fresh: 'suite', viewport: { width: 1440, height: 900 } })
  let desk: ReferenceDesk

  beforeAll(async () => {
    desk = await seedReferenceDesk(app.page, { photo: true })
    // The header as a desk sees it every day: the profile chosen, not the first run's offer.
    await app.page.reload()
  })

  const open = async (): Promise<void> => {
    await app.page.goto(`${app.host.origin}/#/artikel/${desk.id}`)
    await app.page.locator('[data-rule="day-matches-date"]').waitFor()
  }

  it('keeps the header on one line at 1440, 1280 and 1024 px, on the list and in the editor', async () => {
    for (const width of [1440, 1280, 1024]) {
      await app.page.setViewportSize({ width, height: 900 })
      for (const screen of ['list', 'editor'] as const) {
        if (screen === 'list') {
          await app.page.goto(`${app.host.origin}/#/`)
          await app.page.locator('.article-row').first().waitFor()
        } else await open()
        const rows = await headerRows(app.page)
        expect({ width, screen, lines: rows.lines, height: rows.height }).toEqual({ width, screen, lines: 1, height: rows.oneRow })
      }
    }
  })

  it('sets the headline, section line, caption, body and Baca Juga in the type of the exported page', async () => {
    await app.page.setViewportSize({ width: 1440, height: 900 })
    await open()
    const exported = await app.page.evaluate((id) => window.redaksi.export.content({ id, format: 'html' }), desk.id)
    if (!exported.ok) throw new Error(exported.error.message)
    const published = await app.newPage()
    await published.setContent(exported.value.data)
    const page = app.page.getByRole('article')
    const pairs: [string, Locator, Locator][] = [
      ['headline', page.getByRole('textbox', { name: 'Judul', exact: true }), published.locator('.artikel__kepala h1')],
      ['section line', page.getByTestId('section-line'), published.locator('.artikel__rubrik')],
      ['caption', page.locator('.caption-preview'), published.locator('.artikel__foto figcaption')],
      ['body', page.locator('.ProseMirror > p').nth(1), published.locator('.artikel__isi > p').nth(1)],
      ['Baca Juga', page.locator('.ProseMirror aside[data-baca-juga]').first(), published.locator('.artikel__isi .baca-juga').first()]
    ]
    for (const [name, mine, theirs] of pairs) expect({ name, ...(await typeOf(mine)) }).toEqual({ name, ...(await typeOf(theirs)) })
    // The published headline is large: 2rem, in the export's sans-serif.
    expect((await typeOf(pairs[0]![1])).fontSize).toBe('32px')
    await expect(page.getByTestId('section-line').innerText()).resolves.toBe('Kompas dunia | 17 Juni 2024, 20:49 WIB')
    await page.getByRole('img', { name: /^Foto utama/ }).waitFor()
    await published.close()
  })

  it('holds the metadata in the side panel and the piece on the page, page first in the tab order', async () => {
    await open()
    const side = app.page.getByRole('complementary', { name: 'Detail artikel' })
    const page = app.page.getByRole('article')
    for (const label of ['Rubrik', 'Tanggal', 'Jam', 'Zona waktu', 'Penulis', 'Editor', 'Sumber', 'Tag', 'Tambah catatan']) {
      expect({ label, side: await side.getByLabel(label, { exact: true }).count(), page: await page.getByLabel(label, { exact: true }).count() }).toEqual({
        label,
        side: 1,
        page: 0
      })
    }
    await side.getByRole('region', { name: 'Pemeriksaan gaya Kompas' }).waitFor()
    await side.getByRole('region', { name: 'Catatan editor' }).waitFor()
    await expect(side.locator('.editor-screen__status').innerText()).resolves.toBe('Draf')
    for (const name of ['Judul', 'Keterangan foto', 'Kredit foto', 'Kota dateline', 'Isi berita']) {
      expect({ name, page: await page.getByRole('textbox', { name, exact: true }).count() }).toEqual({ name, page: 1 })
    }
    // The page comes before the panel in the document, and no tabindex reorders the keyboard.
    const order = await app.page.evaluate(() => ({
      pageFirst: Boolean(document.querySelector('.editor-page')!.compareDocumentPosition(document.querySelector('.editor-side')!) & Node.DOCUMENT_POSITION_FOLLOWING),
      positiveTabIndex: document.querySelectorAll('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').length
    }))
    expect(order).toEqual({ pageFirst: true, positiveTabIndex: 0 })
    // From the photo credit, Tab goes on down the page to the dateline.
    await page.getByRole('textbox', { name: 'Kredit foto' }).focus()
    await app.page.keyboard.press('Tab')
    await expect(app.page.evaluate(() => document.activeElement?.id === document.querySelector('label[for]:is(.field--dateline label)')?.getAttribute('for'))).resolves.toBe(true)
  })

  it('never lets the status bar cover the note form: Kirim is the element at its own centre, and sends', async () => {
    await open()
    const send = app.page.getByRole('complementary', { name: 'Detail artikel' }).getByRole('button', { name: 'Kirim', exact: true })
    await send.scrollIntoViewIfNeeded()
    const hit = await send.evaluate((button) => {
      const box = button.getBoundingClientRect()
      const bar = document.querySelector('.status-bar')!.getBoundingClientRect()
      const there = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      return { atCentre: there === button || button.contains(there), aboveBar: box.bottom <= bar.top }
    })
    expect(hit).toEqual({ atCentre: true, aboveBar: true })
    await app.page.getByRole('complementary', { name: 'Detail artikel' }).getByLabel('Tambah catatan').fill('Foto sudah diganti.')
    await send.click()
    await app.page.getByText('Foto sudah diganti.').waitFor()
  })

  it('counts in the status bar as Indonesian writes numbers, one item each', async () => {
    await open()
    await expect(app.page.locator('.status-bar__counts > li').allInnerTexts()).resolves.toEqual(['240 kata', '1.719 karakter', '1 menit baca'])
  })

  it('gives quiet buttons a visible shape at rest: a tinted fill inside a hairline', async () => {
    await open()
    const look = await app.page.getByRole('button', { name: 'Pengaturan' }).evaluate((button) => {
      const style = getComputedStyle(button)
      const header = getComputedStyle(document.querySelector('.app__header')!)
      return { fillDiffers: ![header.backgroundColor, 'rgba(0, 0, 0, 0)'].includes(style.backgroundColor), border: style.borderTopStyle, borderSeen: style.borderTopColor !== 'rgba(0, 0, 0, 0)' }
    })
    expect(look).toEqual({ fillDiffers: true, border: 'solid', borderSeen: true })
  })
})
