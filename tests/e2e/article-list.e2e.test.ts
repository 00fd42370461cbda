import { beforeEach, describe, expect, it } from 'vitest'
import { formatTanggal, publishedAt, wallClock } from '../../src/shared/kompas/tanggal'
import { useApp } from './harness'
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
  const app = useApp()

  beforeEach(async () => {
    await app.page.locator('.article-list__summary').filter({ hasText: /\d/ }).waitFor()
  })

  /** The five newsroom articles; the list shows the last made first. */
  async function seeded(): Promise<string[]> {
    const ids = await seedArticles(app.page, NEWSROOM)
    await app.page.reload()
    await headlines(app.page, NEWSROOM.length)
    return ids
  }

  const rowTime = (id: string) => app.page.locator(`[data-article-id="${id}"] time`)

  it('says what to do when the store is empty', async () => {
    await app.page.getByRole('heading', { name: 'Belum ada artikel' }).waitFor()
    expect(await app.page.locator('.list-empty').innerText()).toMatch(/pilih “Artikel baru” atau tekan\s+Ctrl\s*\+\s*N/)
    expect(await app.page.getByRole('status').innerText()).toBe('0 artikel')
  })

  it('opens a new page from the button, stores it once something is typed; the list then shows it', async () => {
    await app.page.getByRole('button', { name: 'Artikel baru' }).click()
    await app.page.getByRole('textbox', { name: 'Judul', exact: true }).fill('Gempa Guncang Cianjur')
    await app.page.waitForURL(/#\/artikel\/[0-9A-Z]{26}$/)
    const id = new URL(app.page.url()).hash.slice('#/artikel/'.length)
    await app.page.getByRole('link', { name: 'Redaksi' }).click()
    await headlines(app.page, 1)
    const text = await app.page.locator(`[data-article-id="${id}"]`).innerText()
    for (const part of ['Gempa Guncang Cianjur', 'NASIONAL', 'Draf', 'Penulis belum diisi', 'baru saja']) expect(text).toContain(part)
  })

  it('shows headline, section, status, penulis and time on each row, newest first', async () => {
    await seeded()
    expect(await headlines(app.page, 5)).toEqual(NEWSROOM.map((a) => a.headline).reverse())
    const bi = app.page.locator('.article-row', { hasText: 'BI Pertahankan' })
    expect(await bi.locator('.article-row__section').innerText()).toBe('EKONOMI')
    expect(await bi.locator('.status-badge').innerText()).toBe('Draf')
    expect(await bi.innerText()).toContain('Penulis: Dewi Lestari, Budi Santoso')
    expect(await bi.locator('time').innerText()).toBe('baru saja')
    expect(await app.page.getByRole('status').innerText()).toBe('5 artikel')
  })

  it('searches as the writer types, and says when nothing matches', async () => {
    await seeded()
    const search = app.page.getByLabel('Cari', { exact: true })
    await search.fill('pyongyang')
    expect(await headlines(app.page, 1)).toEqual(['Putin Tiba di Pyongyang, Disambut Kim Jong Un'])
    await app.page.getByRole('status').getByText('1 hasil untuk “pyongyang”').waitFor()
    // Results come best match first, so the order control says so and is not offered.
    expect(await app.page.getByLabel('Urutan').isDisabled()).toBe(true)

    await search.fill('zzzzqqq')
    await app.page.getByRole('heading', { name: 'Tidak ada hasil untuk “zzzzqqq”' }).waitFor()
    await app.page.getByRole('button', { name: 'Hapus pencarian' }).click()
    await headlines(app.page, 5)
    expect(await search.inputValue()).toBe('')

    // Esc in the box clears it too.
    await search.fill('suku bunga')
    await headlines(app.page, 1)
    await search.press('Escape')
    await headlines(app.page, 5)
  })

  it('filters by section and by status, and offers a way out of an empty filter', async () => {
    const ids = await seeded()
    await app.page.getByLabel('Rubrik').selectOption({ label: 'Ekonomi' })
    expect((await headlines(app.page, 2)).sort()).toEqual(['BI Pertahankan Suku Bunga Acuan', 'Harga Cabai Naik Jelang Iduladha'])

    // A spiked article leaves the default list and is found under its own status.
    await spike(app.page, ids[1]!)
    await app.page.getByLabel('Rubrik').selectOption('')
    await app.page.reload()
    expect(await headlines(app.page, 4)).not.toContain('BI Pertahankan Suku Bunga Acuan')
    await app.page.getByLabel('Status').selectOption({ label: 'Dibuang' })
    expect(await headlines(app.page, 1)).toEqual(['BI Pertahankan Suku Bunga Acuan'])
    expect(await app.page.locator('.status-badge').innerText()).toBe('Dibuang')
    await app.page.getByLabel('Status').selectOption({ label: 'Draf' })
    await headlines(app.page, 4)

    await app.page.getByLabel('Rubrik').selectOption({ label: 'Olahraga' })
    await app.page.getByLabel('Status').selectOption({ label: 'Dibuang' })
    await app.page.getByRole('heading', { name: 'Tidak ada artikel dengan saringan ini' }).waitFor()
    await app.page.getByRole('button', { name: 'Hapus saringan' }).click()
    await headlines(app.page, 4)
    expect(await app.page.getByLabel('Status').inputValue()).toBe('')
    expect(await app.page.getByLabel('Rubrik').inputValue()).toBe('')

    // Search results obey the filters as well.
    await app.page.getByLabel('Rubrik').selectOption({ label: 'Ekonomi' })
    await app.page.getByLabel('Cari', { exact: true }).fill('naik')
    expect(await headlines(app.page, 1)).toEqual(['Harga Cabai Naik Jelang Iduladha'])
  })

  it('sorts by updated time either way, and keeps the choice while an article is open', async () => {
    await seeded()
    const oldestFirst = NEWSROOM.map((a) => a.headline!)
    await app.page.getByLabel('Urutan').selectOption({ label: 'Terlama diperbarui' })
    await app.page.locator('.article-row__link').first().filter({ hasText: oldestFirst[0]! }).waitFor()
    expect(await headlines(app.page, 5)).toEqual(oldestFirst)

    await app.page.locator('.article-row__link').first().click()
    await app.page.waitForURL(/#\/artikel\//)
    await app.page.goBack()
    await app.page.locator('.article-row__link').first().filter({ hasText: oldestFirst[0]! }).waitFor()
    expect(await app.page.getByLabel('Urutan').inputValue()).toBe('updated-asc')
  })

  it('works from the keyboard: Mod-F searches, arrows move between rows, Enter opens, focus comes back', async () => {
    const ids = await seeded()
    const newestFirst = [...ids].reverse()
    await app.page.keyboard.press('Control+f')
    expect(await app.page.locator(':focus').getAttribute('id')).toBe('list-search')
    // From the search box, Tab passes the three selects and reaches the first row.
    for (let i = 0; i < 4; i++) await app.page.keyboard.press('Tab')
    expect(await focusedRow(app.page)).toBe(newestFirst[0])
    await app.page.keyboard.press('ArrowDown')
    await app.page.keyboard.press('ArrowDown')
    await app.page.keyboard.press('ArrowUp')
    expect(await focusedRow(app.page)).toBe(newestFirst[1])
    await app.page.keyboard.press('End')
    expect(await focusedRow(app.page)).toBe(newestFirst[4])
    await app.page.keyboard.press('Home')
    await app.page.keyboard.press('ArrowDown')
    await app.page.keyboard.press('Enter')
    await app.page.waitForURL(new RegExp(`#/artikel/${newestFirst[1]}$`))

    await app.page.goBack()
    await expect.poll(() => focusedRow(app.page)).toBe(newestFirst[1])
  })

  it('tells the time in Indonesian: baru saja, menit, jam, kemarin, then the Kompas date', async () => {
    const [id] = await seedArticles(app.page, [NEWSROOM[0]!])
    const { updatedAt } = await summaryOf(app.page, id!)
    const saved = Date.parse(updatedAt)
    const timeAt = async (now: number): Promise<string> => {
      await app.page.clock.setFixedTime(now)
      await app.page.reload()
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
    const [id] = await seedArticles(app.page, [NEWSROOM[0]!])
    const { updatedAt } = await summaryOf(app.page, id!)
    await app.page.clock.setFixedTime(Date.parse(updatedAt) + 5 * DAY)
    await app.page.reload()
    expect(await rowTime(id!).innerText()).toBe(kompasWib(updatedAt))
    await app.page.getByLabel('Zona waktu').selectOption('WITA')
    const wita = formatTanggal(publishedAt(wallClock(new Date(updatedAt), 'WITA'), 'WITA'))
    await rowTime(id!).filter({ hasText: 'WITA' }).waitFor()
    expect(await rowTime(id!).innerText()).toBe(wita)
    await app.page.reload()
    await rowTime(id!).filter({ hasText: 'WITA' }).waitFor()
    expect(await app.page.getByLabel('Zona waktu').inputValue()).toBe('WITA')
  })

  it('pages by 50 with "load more"', async () => {
    await seedArticles(
      app.page,
      Array.from({ length: 53 }, (_, i) => ({ headline: `Berita nomor ${i + 1}`, section: 'regional' }))
    )
    await app.page.reload()
    await headlines(app.page, 50)
    await app.page.getByText('Menampilkan 50 dari 53').waitFor()
    await app.page.getByRole('button', { name: 'Muat lebih banyak' }).click()
    const all = await headlines(app.page, 53)
    expect(all[0]).toBe('Berita nomor 53')
    expect(all[52]).toBe('Berita nomor 1')
    expect(new Set(all).size).toBe(53)
    expect(await app.page.getByRole('button', { name: 'Muat lebih banyak' }).count()).toBe(0)
  })

  it('switches to English: labels, counts, sections, relative and full times', async () => {
    const [id] = await seedArticles(app.page, NEWSROOM.slice(0, 2))
    const { updatedAt } = await summaryOf(app.page, id!)
    await app.page.clock.setFixedTime(Date.parse(updatedAt) + 3 * DAY)
    await app.page.reload()
    await app.page.getByLabel('Bahasa').selectOption('en')
    await app.page.getByRole('heading', { name: 'Articles', level: 2 }).waitFor()
    expect(await app.page.getByRole('status').innerText()).toBe('2 articles')
    await app.page.getByRole('button', { name: 'New article' }).waitFor()
    expect(await app.page.getByLabel('Section').locator('option:checked').innerText()).toBe('All sections')
    const row = app.page.locator(`[data-article-id="${id}"]`)
    expect(await row.locator('.article-row__section').innerText()).toBe('WORLD')
    expect(await row.innerText()).toContain('Writers: Ahmad Riyadi')
    expect(await rowTime(id!).innerText()).toBe(englishWib(updatedAt))

    await app.page.clock.setFixedTime(Date.parse(updatedAt) + MINUTE)
    await app.page.reload()
    expect(await rowTime(id!).innerText()).toBe('1 minute ago')
    await app.page.clock.setFixedTime(Date.parse(updatedAt) + 5 * MINUTE)
    await app.page.reload()
    expect(await rowTime(id!).innerText()).toBe('5 minutes ago')
    await app.page.getByLabel('Search', { exact: true }).fill('qqqzzz')
    await app.page.getByRole('heading', { name: 'Nothing found for “qqqzzz”' }).waitFor()
  })

  it('opens the shortcuts sheet with F1 and Ctrl+/, keeps focus inside, and Esc gives focus back', async () => {
    await app.page.getByLabel('Cari', { exact: true }).focus()
    await app.page.keyboard.press('F1')
    const dialog = app.page.getByRole('dialog', { name: 'Pintasan papan ketik' })
    await dialog.waitFor()
    expect(await dialog.getAttribute('aria-modal')).toBe('true')
    expect(await dialog.innerText()).toContain('Sisipkan Baca Juga')
    expect(await dialog.locator('.help-sheet__row', { hasText: 'Coret' }).innerText()).toMatch(/Ctrl\s*\+\s*Shift\s*\+\s*S/)
    for (let i = 0; i < 3; i++) {
      await app.page.keyboard.press(i === 1 ? 'Shift+Tab' : 'Tab')
      expect(await dialog.locator(':focus').count()).toBe(1)
    }
    await app.page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await app.page.locator(':focus').getAttribute('id')).toBe('list-search')

    await app.page.keyboard.press('Control+/')
    await dialog.waitFor()
    await dialog.getByRole('button', { name: 'Tutup' }).click()
    await dialog.waitFor({ state: 'hidden' })

    await app.page.getByRole('button', { name: /Pintasan/ }).click()
    await dialog.waitFor()
  })
})
