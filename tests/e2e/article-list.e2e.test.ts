import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { formatTanggal, publishedAt, wallClock } from '../../src/shared/kompas/tanggal'
import { launchChromium, startBrowserHost, type RunningHost } from './harness'
import { focusedRow, headlines, NEWSROOM, seedArticles, spike, summaryOf } from './list-helpers'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const WIB = 7 * HOUR

/** The Kompas line for an instant in WIB, straight from the shared formatter. */
const kompasWib = (iso: string): string => formatTanggal(publishedAt(wallClock(new Date(iso), 'WIB'), 'WIB'))

/** The same in English, from the platform's own date data: "17 June 2024, 20:49 WIB". */
function englishWib(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Jakarta',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23'
  }).formatToParts(new Date(iso))
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')} WIB`
}

describe('the article list (home screen)', () => {
  let browser: Browser
  let host: RunningHost
  let page: Page
  let problems: string[]

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  beforeEach(async () => {
    host = await startBrowserHost()
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    problems = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
    })
    await page.goto(host.url)
    await page.locator('.article-list__summary').filter({ hasText: /\d/ }).waitFor()
  })
  afterEach(async () => {
    await page?.close()
    await host?.stop()
  })

  /** The five newsroom articles; the list shows the last made first. */
  async function seeded(): Promise<string[]> {
    const ids = await seedArticles(page, NEWSROOM)
    await page.reload()
    await headlines(page, NEWSROOM.length)
    return ids
  }

  const rowTime = (id: string) => page.locator(`[data-article-id="${id}"] time`)

  it('says what to do when the store is empty', async () => {
    await page.getByRole('heading', { name: 'Belum ada artikel' }).waitFor()
    expect(await page.locator('.list-empty').innerText()).toMatch(/pilih “Artikel baru” atau tekan\s+Ctrl\s*\+\s*N/)
    expect(await page.getByRole('status').innerText()).toBe('0 artikel')
    expect(problems).toEqual([])
  })

  it('makes a new article from the button and opens it; the list then shows it', async () => {
    await page.getByRole('button', { name: 'Artikel baru' }).click()
    await page.waitForURL(/#\/artikel\/[0-9A-Z]{26}$/)
    const id = new URL(page.url()).hash.slice('#/artikel/'.length)
    await page.getByRole('link', { name: 'Redaksi' }).click()
    await headlines(page, 1)
    const text = await page.locator(`[data-article-id="${id}"]`).innerText()
    for (const part of ['Tanpa judul', 'NASIONAL', 'Draf', 'Penulis belum diisi', 'baru saja']) expect(text).toContain(part)
    expect(problems).toEqual([])
  })

  it('shows headline, section, status, penulis and time on each row, newest first', async () => {
    await seeded()
    expect(await headlines(page, 5)).toEqual(NEWSROOM.map((a) => a.headline).reverse())
    const bi = page.locator('.article-row', { hasText: 'BI Pertahankan' })
    expect(await bi.locator('.article-row__section').innerText()).toBe('EKONOMI')
    expect(await bi.locator('.status-badge').innerText()).toBe('Draf')
    expect(await bi.innerText()).toContain('Penulis: Dewi Lestari, Budi Santoso')
    expect(await bi.locator('time').innerText()).toBe('baru saja')
    expect(await page.getByRole('status').innerText()).toBe('5 artikel')
    expect(problems).toEqual([])
  })

  it('searches as the writer types, and says when nothing matches', async () => {
    await seeded()
    const search = page.getByLabel('Cari', { exact: true })
    await search.fill('pyongyang')
    expect(await headlines(page, 1)).toEqual(['Putin Tiba di Pyongyang, Disambut Kim Jong Un'])
    await page.getByRole('status').getByText('1 hasil untuk “pyongyang”').waitFor()
    // Results come best match first, so the order control says so and is not offered.
    expect(await page.getByLabel('Urutan').isDisabled()).toBe(true)

    await search.fill('zzzzqqq')
    await page.getByRole('heading', { name: 'Tidak ada hasil untuk “zzzzqqq”' }).waitFor()
    await page.getByRole('button', { name: 'Hapus pencarian' }).click()
    await headlines(page, 5)
    expect(await search.inputValue()).toBe('')

    // Esc in the box clears it too.
    await search.fill('suku bunga')
    await headlines(page, 1)
    await search.press('Escape')
    await headlines(page, 5)
  })

  it('filters by section and by status, and offers a way out of an empty filter', async () => {
    const ids = await seeded()
    await page.getByLabel('Rubrik').selectOption({ label: 'Ekonomi' })
    expect((await headlines(page, 2)).sort()).toEqual(['BI Pertahankan Suku Bunga Acuan', 'Harga Cabai Naik Jelang Iduladha'])

    // A spiked article leaves the default list and is found under its own status.
    await spike(page, ids[1]!)
    await page.getByLabel('Rubrik').selectOption('')
    await page.reload()
    expect(await headlines(page, 4)).not.toContain('BI Pertahankan Suku Bunga Acuan')
    await page.getByLabel('Status').selectOption({ label: 'Dibuang' })
    expect(await headlines(page, 1)).toEqual(['BI Pertahankan Suku Bunga Acuan'])
    expect(await page.locator('.status-badge').innerText()).toBe('Dibuang')
    await page.getByLabel('Status').selectOption({ label: 'Draf' })
    await headlines(page, 4)

    await page.getByLabel('Rubrik').selectOption({ label: 'Olahraga' })
    await page.getByLabel('Status').selectOption({ label: 'Dibuang' })
    await page.getByRole('heading', { name: 'Tidak ada artikel dengan saringan ini' }).waitFor()
    await page.getByRole('button', { name: 'Hapus saringan' }).click()
    await headlines(page, 4)
    expect(await page.getByLabel('Status').inputValue()).toBe('')
    expect(await page.getByLabel('Rubrik').inputValue()).toBe('')

    // Search results obey the filters as well.
    await page.getByLabel('Rubrik').selectOption({ label: 'Ekonomi' })
    await page.getByLabel('Cari', { exact: true }).fill('naik')
    expect(await headlines(page, 1)).toEqual(['Harga Cabai Naik Jelang Iduladha'])
  })

  it('sorts by updated time either way, and keeps the choice while an article is open', async () => {
    await seeded()
    const oldestFirst = NEWSROOM.map((a) => a.headline!)
    await page.getByLabel('Urutan').selectOption({ label: 'Terlama diperbarui' })
    await page.locator('.article-row__link').first().filter({ hasText: oldestFirst[0]! }).waitFor()
    expect(await headlines(page, 5)).toEqual(oldestFirst)

    await page.locator('.article-row__link').first().click()
    await page.waitForURL(/#\/artikel\//)
    await page.goBack()
    await page.locator('.article-row__link').first().filter({ hasText: oldestFirst[0]! }).waitFor()
    expect(await page.getByLabel('Urutan').inputValue()).toBe('updated-asc')
  })

  it('works from the keyboard: Mod-F searches, arrows move between rows, Enter opens, focus comes back', async () => {
    const ids = await seeded()
    const newestFirst = [...ids].reverse()
    await page.keyboard.press('Control+f')
    expect(await page.locator(':focus').getAttribute('id')).toBe('list-search')
    // From the search box, Tab passes the three selects and reaches the first row.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab')
    expect(await focusedRow(page)).toBe(newestFirst[0])
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowUp')
    expect(await focusedRow(page)).toBe(newestFirst[1])
    await page.keyboard.press('End')
    expect(await focusedRow(page)).toBe(newestFirst[4])
    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`#/artikel/${newestFirst[1]}$`))

    await page.goBack()
    await expect.poll(() => focusedRow(page)).toBe(newestFirst[1])
  })

  it('tells the time in Indonesian: baru saja, menit, jam, kemarin, then the Kompas date', async () => {
    const [id] = await seedArticles(page, [NEWSROOM[0]!])
    const { updatedAt } = await summaryOf(page, id!)
    const saved = Date.parse(updatedAt)
    const timeAt = async (now: number): Promise<string> => {
      await page.clock.setFixedTime(now)
      await page.reload()
      return rowTime(id!).innerText()
    }
    expect(await timeAt(saved + 10_000)).toBe('baru saja')
    expect(await timeAt(saved + 2 * MINUTE + 5_000)).toBe('2 menit lalu')

    // Hours while the WIB day lasts, yesterday after its midnight: pick instants on either side.
    const wib = new Date(saved + WIB)
    const midnightAfter = Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth(), wib.getUTCDate() + 1) - WIB
    if (midnightAfter - saved > 3 * HOUR + MINUTE) expect(await timeAt(saved + 3 * HOUR + MINUTE)).toBe('3 jam lalu')
    else expect(await timeAt(saved + HOUR + 30 * MINUTE)).toMatch(/^(1 jam lalu|kemarin, \d\d:\d\d)$/)
    const savedClock = `${String(wib.getUTCHours()).padStart(2, '0')}:${String(wib.getUTCMinutes()).padStart(2, '0')}`
    expect(await timeAt(midnightAfter + 12 * HOUR)).toBe(`kemarin, ${savedClock}`)

    const full = kompasWib(updatedAt)
    expect(full).toMatch(/^\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}, \d\d:\d\d WIB$/)
    expect(await timeAt(saved + 5 * DAY)).toBe(full)
    expect(await rowTime(id!).getAttribute('datetime')).toBe(updatedAt)
    expect(await rowTime(id!).getAttribute('title')).toBe(full)
  })

  it("tells full times on the newsroom's clock: WIB by default, WITA or WIT when chosen, remembered", async () => {
    const [id] = await seedArticles(page, [NEWSROOM[0]!])
    const { updatedAt } = await summaryOf(page, id!)
    await page.clock.setFixedTime(Date.parse(updatedAt) + 5 * DAY)
    await page.reload()
    expect(await rowTime(id!).innerText()).toBe(kompasWib(updatedAt))
    await page.getByLabel('Zona waktu').selectOption('WITA')
    const wita = formatTanggal(publishedAt(wallClock(new Date(updatedAt), 'WITA'), 'WITA'))
    await rowTime(id!).filter({ hasText: 'WITA' }).waitFor()
    expect(await rowTime(id!).innerText()).toBe(wita)
    await page.reload()
    await rowTime(id!).filter({ hasText: 'WITA' }).waitFor()
    expect(await page.getByLabel('Zona waktu').inputValue()).toBe('WITA')
  })

  it('pages by 50 with "load more"', async () => {
    await seedArticles(
      page,
      Array.from({ length: 53 }, (_, i) => ({ headline: `Berita nomor ${i + 1}`, section: 'regional' }))
    )
    await page.reload()
    await headlines(page, 50)
    await page.getByText('Menampilkan 50 dari 53').waitFor()
    await page.getByRole('button', { name: 'Muat lebih banyak' }).click()
    const all = await headlines(page, 53)
    expect(all[0]).toBe('Berita nomor 53')
    expect(all[52]).toBe('Berita nomor 1')
    expect(new Set(all).size).toBe(53)
    expect(await page.getByRole('button', { name: 'Muat lebih banyak' }).count()).toBe(0)
  })

  it('switches to English: labels, counts, sections, relative and full times', async () => {
    const [id] = await seedArticles(page, NEWSROOM.slice(0, 2))
    const { updatedAt } = await summaryOf(page, id!)
    await page.clock.setFixedTime(Date.parse(updatedAt) + 3 * DAY)
    await page.reload()
    await page.getByLabel('Bahasa').selectOption('en')
    await page.getByRole('heading', { name: 'Articles', level: 2 }).waitFor()
    expect(await page.getByRole('status').innerText()).toBe('2 articles')
    await page.getByRole('button', { name: 'New article' }).waitFor()
    expect(await page.getByLabel('Section').locator('option:checked').innerText()).toBe('All sections')
    const row = page.locator(`[data-article-id="${id}"]`)
    expect(await row.locator('.article-row__section').innerText()).toBe('WORLD')
    expect(await row.innerText()).toContain('Writers: Ahmad Riyadi')
    expect(await rowTime(id!).innerText()).toBe(englishWib(updatedAt))

    await page.clock.setFixedTime(Date.parse(updatedAt) + MINUTE)
    await page.reload()
    expect(await rowTime(id!).innerText()).toBe('1 minute ago')
    await page.clock.setFixedTime(Date.parse(updatedAt) + 5 * MINUTE)
    await page.reload()
    expect(await rowTime(id!).innerText()).toBe('5 minutes ago')
    await page.getByLabel('Search', { exact: true }).fill('qqqzzz')
    await page.getByRole('heading', { name: 'Nothing found for “qqqzzz”' }).waitFor()
    expect(problems).toEqual([])
  })

  it('opens the shortcuts sheet with F1 and Ctrl+/, keeps focus inside, and Esc gives focus back', async () => {
    await page.getByLabel('Cari', { exact: true }).focus()
    await page.keyboard.press('F1')
    const dialog = page.getByRole('dialog', { name: 'Pintasan papan ketik' })
    await dialog.waitFor()
    expect(await dialog.getAttribute('aria-modal')).toBe('true')
    expect(await dialog.innerText()).toContain('Sisipkan Baca Juga')
    expect(await dialog.locator('.help-sheet__row', { hasText: 'Coret' }).innerText()).toMatch(/Ctrl\s*\+\s*Shift\s*\+\s*S/)
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press(i === 1 ? 'Shift+Tab' : 'Tab')
      expect(await dialog.locator(':focus').count()).toBe(1)
    }
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await page.locator(':focus').getAttribute('id')).toBe('list-search')

    await page.keyboard.press('Control+/')
    await dialog.waitFor()
    await dialog.getByRole('button', { name: 'Tutup' }).click()
    await dialog.waitFor({ state: 'hidden' })

    await page.getByRole('button', { name: /Pintasan/ }).click()
    await dialog.waitFor()
    expect(problems).toEqual([])
  })
})
