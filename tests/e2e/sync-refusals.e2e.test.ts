// What the server refuses, shown where the person works. A writer types in her piece while the
// desk reviews it: the server refuses, the editor shows why, the list and the header mark it; once
// the editor has returned it she sends it again, which now meets the editor's headline change, and
// merges by hand (the editor's headline, her body). An editor approves a piece he created himself
// under another byline: the server refuses (four eyes by provenance) and he discards the approval.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { indicator, move, saveFields, stored, syncNow, useDesk } from './sync-machines'

const HEADLINE = 'Banjir Rob Rendam Pesisir Utara Jakarta'
const DESK_HEADLINE = 'Banjir Rob Rendam Ratusan Rumah di Pesisir Utara Jakarta'
const LEAD = 'Banjir rob merendam ratusan rumah warga di pesisir utara Jakarta.'
const TYPED = ' Air mulai surut menjelang sore.'

async function writePiece(page: Page, headline: string, penulis: string): Promise<string> {
  await page.goto(page.url().split('#')[0] + '#/')
  await page.getByRole('button', { name: 'Artikel baru' }).first().click()
  await page.getByRole('textbox', { name: 'Judul', exact: true }).fill(headline)
  await page.waitForURL(/#\/artikel\//)
  await page.getByLabel('Kota dateline').fill('Jakarta')
  await page.getByRole('textbox', { name: 'Isi berita' }).click()
  await page.keyboard.type(LEAD)
  // The byline starts with whoever created the piece; these pieces carry the byline given.
  const chosen = page.getByRole('list', { name: 'Penulis terpilih' }).getByRole('button', { name: /^Hapus / })
  while ((await chosen.count()) > 0) await chosen.first().click()
  await page.getByLabel('Penulis', { exact: true }).fill(penulis)
  await page.getByLabel('Penulis', { exact: true }).press('Enter')
  await page.getByLabel('Sumber', { exact: true }).fill('Antara')
  await page.getByLabel('Sumber', { exact: true }).press('Enter')
  await page.getByRole('button', { name: 'Ajukan' }).click()
  const id = decodeURIComponent(page.url().split('#/artikel/')[1]!)
  await expect.poll(async () => (await stored(page, id))?.status, { timeout: 15_000 }).toBe('submitted')
  await expect.poll(() => indicator(page).innerText(), { timeout: 15_000 }).toBe('Tersinkron')
  return id
}

describe('refused changes stay, with the reason, until fixed and sent again or discarded', () => {
  const desk = useDesk([
    ['wulan', 'Wulan Sari', 'penulis'],
    ['bima', 'Bima Putra', 'editor']
  ])
  const a = (): Page => desk.machines[0]!.page
  const b = (): Page => desk.machines[1]!.page
  const status = (page: Page) => page.locator('.editor-screen__status')

  it('a save refused during review: reason in the editor and the list; sent again after the return, merged by hand; both agree', async () => {
    const id = await writePiece(a(), HEADLINE, 'Wulan Sari')
    await expect.poll(async () => (await stored(b(), id))?.status, { timeout: 15_000 }).toBe('submitted')
    await move(b(), id, 'start-review')
    // The writer's open article follows the desk by itself.
    await expect.poll(() => status(a()).innerText(), { timeout: 15_000 }).toBe('Ditinjau')

    await a().getByRole('textbox', { name: 'Isi berita' }).click()
    await a().keyboard.press('End')
    await a().keyboard.type(TYPED)
    const refused = a().getByRole('region', { name: 'Ditolak server' })
    await refused.waitFor({ timeout: 15_000 })
    await expect(refused.innerText()).resolves.toContain(
      `Ditolak server: Hanya penulis artikel ini atau editor yang dapat mengubah artikel ${id} saat berstatus Ditinjau.`
    )
    await expect.poll(() => indicator(a()).innerText()).toMatch(/^Ditolak server: Hanya penulis artikel ini/)
    // Her text stays on her machine.
    expect(JSON.stringify((await stored(a(), id))?.body)).toContain(TYPED.trim())

    // The list marks the piece; the header's link leads back to it.
    await a().getByRole('link', { name: /Kembali ke daftar/ }).click()
    await expect(a().locator(`[data-article-id="${id}"] .sync-mark`).innerText()).resolves.toBe('Ditolak server')
    await a().getByRole('link', { name: 'Buka artikelnya' }).click()
    await a().getByRole('region', { name: 'Ditolak server' }).waitFor()

    // The fix is the desk's: the editor sharpens the headline and returns the piece.
    await saveFields(b(), id, { headline: DESK_HEADLINE })
    await move(b(), id, 'return', 'Silakan lengkapi, lalu ajukan lagi.')
    await expect.poll(() => indicator(b()).innerText(), { timeout: 15_000 }).toBe('Tersinkron')
    await syncNow(a())

    await a().getByRole('region', { name: 'Ditolak server' }).getByRole('button', { name: 'Kirim ulang' }).click()
    const conflict = a().getByRole('region', { name: 'Berkonflik' })
    await conflict.waitFor({ timeout: 15_000 })
    await conflict.getByRole('button', { name: 'Gabung manual' }).click()
    const merge = a().getByRole('region', { name: 'Gabung manual' })
    await merge.getByRole('group', { name: 'Judul', exact: true }).getByRole('radio', { name: `Versi server: ${DESK_HEADLINE}` }).check()
    const block = merge.getByRole('group', { name: 'Blok isi 1' })
    await expect(block.getByRole('radio', { name: `Versi saya: ${LEAD}${TYPED}` }).isChecked()).resolves.toBe(true)
    await merge.getByRole('button', { name: 'Simpan gabungan' }).click()
    await merge.waitFor({ state: 'detached' })
    await expect.poll(() => a().getByRole('textbox', { name: 'Judul', exact: true }).inputValue()).toBe(DESK_HEADLINE)

    for (const page of [a(), b()]) {
      await expect.poll(() => indicator(page).innerText(), { timeout: 20_000 }).toBe('Tersinkron')
      await expect.poll(async () => (await stored(page, id))?.headline, { timeout: 15_000 }).toBe(DESK_HEADLINE)
      await expect.poll(async () => JSON.stringify((await stored(page, id))?.body), { timeout: 15_000 }).toContain(LEAD + TYPED)
    }
    await expect(a().getByRole('region', { name: /^(Ditolak server|Berkonflik)$/ }).count()).resolves.toBe(0)
  })

  it('an approval refused by four eyes: the reason, a cancelled and then a confirmed discard, the server version back', async () => {
    const id = await writePiece(b(), 'Harga Cabai Melonjak di Pasar Kramat Jati', 'Wulan Sari')
    await b().getByRole('button', { name: 'Setujui', exact: true }).click()
    const warnings = b().getByRole('dialog', { name: 'Setujui meski ada peringatan?' })
    await expect.poll(async () => (await warnings.isVisible()) || (await stored(b(), id))?.status === 'approved').toBe(true)
    if (await warnings.isVisible()) await warnings.getByRole('button', { name: 'Setujui dengan peringatan' }).click()
    await expect.poll(async () => (await stored(b(), id))?.status).toBe('approved')

    const refused = b().getByRole('region', { name: 'Ditolak server' })
    await refused.waitFor({ timeout: 15_000 })
    await expect(refused.innerText()).resolves.toContain('Ditolak server: Anda penulis artikel ini; persetujuan harus datang dari editor lain (prinsip empat mata).')

    await refused.getByRole('button', { name: 'Buang perubahan' }).click()
    const confirm = b().getByRole('dialog', { name: 'Buang perubahan ini?' })
    await confirm.getByRole('button', { name: 'Batal' }).click()
    await confirm.waitFor({ state: 'detached' })
    expect((await stored(b(), id))?.status).toBe('approved')

    await refused.getByRole('button', { name: 'Buang perubahan' }).click()
    await confirm.getByRole('button', { name: 'Ya, buang perubahan' }).click()
    await refused.waitFor({ state: 'detached', timeout: 15_000 })
    await expect.poll(() => status(b()).innerText()).toBe('Diajukan')
    expect((await stored(b(), id))?.status).toBe('submitted')
    await expect.poll(() => indicator(b()).innerText(), { timeout: 15_000 }).toBe('Tersinkron')
    await expect.poll(async () => (await stored(a(), id))?.status, { timeout: 15_000 }).toBe('submitted')
  })
})
