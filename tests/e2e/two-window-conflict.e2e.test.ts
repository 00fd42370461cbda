// One article open in two windows (two tabs of one browser host): the second saves after the
// first. Its typing is kept, both versions are shown side by side, and each way out works (issue
// 12, decision 0077): take theirs, keep mine as a new revision on top, copy mine to the clipboard.
import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import { bodyFocused } from './caret'
import { useApp } from './harness'
import { seedArticles } from './list-helpers'

const LEAD = 'Banjir merendam ratusan rumah di Jakarta Timur.'
const THEIRS = ' Air mulai surut pada sore hari.'
const MINE = ' Warga mengungsi ke masjid terdekat.'

describe('the same article in two windows', () => {
  const app = useApp({ viewport: { width: 1400, height: 1000 } })
  let first: Page
  let second: Page
  let id: string

  const body = (page: Page) => page.getByRole('textbox', { name: 'Isi berita' })
  const indicator = (page: Page) => page.getByTestId('save-indicator')
  const stored = async (): Promise<Article> => {
    const result = await first.evaluate((articleId) => window.redaksi.articles.get({ id: articleId }), id)
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }
  const typeAtEnd = async (page: Page, text: string): Promise<void> => {
    await body(page).click()
    await bodyFocused(page)
    await page.keyboard.press('Control+End')
    await page.keyboard.type(text)
  }

  beforeEach(async () => {
    first = app.page
    id = (await seedArticles(first, [{ headline: 'Banjir Rendam Jakarta Timur', penulis: ['Haryo Jati'], sumber: ['Kompas.tv'], body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: LEAD }] }] } }]))[0]!
    // The second window may write to the clipboard: "copy mine" is one of its ways out.
    second = await app.newPage({ viewport: { width: 1400, height: 1000 }, permissions: ['clipboard-read', 'clipboard-write'] })
    await second.goto(app.host.url)
    for (const page of [first, second]) {
      await page.evaluate((articleId) => void (window.location.hash = `#/artikel/${articleId}`), id)
      await expect.poll(() => body(page).innerText()).toBe(LEAD)
    }
    // The first window saves first; the second, still on the old version, types after it.
    await typeAtEnd(first, THEIRS)
    await expect.poll(() => indicator(first).innerText(), { timeout: 10_000 }).toBe('Tersimpan')
    await typeAtEnd(second, MINE)
  })

  /** The compare the second window shows: both texts side by side, its typing still in the editor. */
  const bothShown = async () => {
    const banner = second.getByRole('region', { name: 'Diubah di jendela lain' })
    await banner.waitFor({ timeout: 10_000 })
    const table = banner.getByRole('table')
    await expect(table.getByRole('columnheader').allInnerTexts()).resolves.toEqual(['Versi jendela lain', 'Versi saya'])
    const row = table.getByRole('row', { name: /^Blok isi 1/ })
    await expect(row.locator('[data-side="theirs"]').innerText()).resolves.toBe(LEAD + THEIRS)
    await expect(row.locator('[data-side="mine"]').innerText()).resolves.toBe(LEAD + MINE)
    // Each side's own words are marked: struck on theirs, added on mine, nothing else.
    expect((await row.locator('[data-side="theirs"] del').allInnerTexts()).join(' ')).toBe('Air mulai surut pada sore hari')
    expect((await row.locator('[data-side="mine"] ins').allInnerTexts()).join(' ')).toBe('Warga mengungsi ke masjid terdekat')
    await expect(row.locator('[data-side="theirs"] ins, [data-side="mine"] del').count()).resolves.toBe(0)
    expect(await body(second).innerText()).toBe(LEAD + MINE)
    expect(await indicator(second).innerText()).toBe('Diubah di tempat lain: ketikan Anda belum tersimpan. Pilih versi di atas.')
    // Nothing was stored over the first window's version while the choice waits.
    expect(JSON.stringify((await stored()).body)).toContain(THEIRS.trim())
    return banner
  }

  it('keeps mine: stored as a new revision on top of theirs, and the editor keeps saving', async () => {
    const theirs = await stored()
    const banner = await bothShown()
    await banner.getByRole('button', { name: 'Simpan versi saya di atasnya' }).click()
    await banner.waitFor({ state: 'detached' })
    const kept = await stored()
    expect(kept.rev).toBe(theirs.rev + 1)
    expect(kept.body.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: LEAD + MINE }] }])
    expect(await body(second).innerText()).toBe(LEAD + MINE)
    await expect.poll(() => indicator(second).innerText()).toBe('Tersimpan')

    // Saving goes on from the new version, with no conflict.
    await typeAtEnd(second, ' Lagi.')
    await expect.poll(async () => (await stored()).rev, { timeout: 10_000 }).toBe(kept.rev + 1)
    expect(await indicator(second).innerText()).toBe('Tersimpan')
  })

  it('takes theirs: the editor shows the first window’s text and saves on from it', async () => {
    const theirs = await stored()
    const banner = await bothShown()
    await banner.getByRole('button', { name: 'Pakai versi jendela lain' }).click()
    await banner.waitFor({ state: 'detached' })
    await expect.poll(() => body(second).innerText()).toBe(LEAD + THEIRS)
    expect((await stored()).rev).toBe(theirs.rev)
    await expect.poll(() => indicator(second).innerText()).toBe('Tersimpan')

    await typeAtEnd(second, ' Lagi.')
    await expect.poll(async () => JSON.stringify((await stored()).body), { timeout: 10_000 }).toContain(`${LEAD}${THEIRS} Lagi.`)
  })

  it('copies all of mine to the clipboard in the Kompas text layout and says so, keeping the choice open', async () => {
    const banner = await bothShown()
    await banner.getByRole('button', { name: 'Salin tulisan saya' }).click()
    await banner.getByRole('status').getByText('Seluruh artikel versi Anda sudah disalin ke papan klip sebagai teks, dari judul sampai kredit.').waitFor()
    expect(await second.evaluate(() => navigator.clipboard.readText())).toBe(
      `Banjir Rendam Jakarta Timur\n\nKompas nasional\n\n${LEAD}${MINE}\n\nPenulis : Haryo Jati\n\nSumber : Kompas.tv\n`
    )
    // Copying decides nothing: both versions are still shown, the typing still in the editor.
    expect(await body(second).innerText()).toBe(LEAD + MINE)
    await expect(banner.getByRole('table').count()).resolves.toBe(1)
  })
})

describe('a status move made in another window', () => {
  const app = useApp({ viewport: { width: 1400, height: 1000 } })

  it('is followed by the window that did not make it: read-only with Tarik kembali, not an Ajukan that main refuses', async () => {
    const first = app.page
    await first.evaluate(async () => {
      const saved = await window.redaksi.profiles.save({ profile: { name: 'Haryo Jati', initials: 'HJ', role: 'penulis' } })
      if (!saved.ok) throw new Error(saved.error.message)
      await window.redaksi.profiles.switch({ id: saved.value.id })
    })
    await first.reload()
    const [id] = await seedArticles(first, [
      {
        headline: 'Banjir Rendam Jakarta Timur',
        dateline: { city: 'JAKARTA', outlet: 'KOMPAS.TV' },
        sumber: ['Antara'],
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: LEAD }] }] }
      }
    ])
    const second = await app.newPage({ viewport: { width: 1400, height: 1000 } })
    await second.goto(app.host.url)
    for (const page of [first, second]) {
      await page.evaluate((articleId) => void (window.location.hash = `#/artikel/${articleId}`), id!)
      await page.getByRole('button', { name: 'Ajukan', exact: true }).waitFor()
    }
    await first.getByRole('button', { name: 'Ajukan', exact: true }).click()
    await first.getByRole('button', { name: 'Tarik kembali', exact: true }).waitFor()

    await second.getByRole('button', { name: 'Tarik kembali', exact: true }).waitFor({ timeout: 10_000 })
    await expect(second.getByRole('button', { name: 'Ajukan', exact: true }).count()).resolves.toBe(0)
    await expect(second.getByRole('textbox', { name: 'Isi berita' }).getAttribute('contenteditable')).resolves.toBe('false')
    await expect(second.getByRole('textbox', { name: 'Judul', exact: true }).isDisabled()).resolves.toBe(true)
  })
})
