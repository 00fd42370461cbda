// Live pushes reach the screen: when machine A saves, machine B's article list and B's open
// article change by themselves (no reload: a marker set on B's window survives). With typing on B
// not yet saved, B is told "Diubah di server" instead of losing it, and merges by hand.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { AUTOSAVE_DELAY_MS } from '../../src/renderer/src/features/editor/save-state'
import { indicator, stored, useDesk } from './sync-machines'

const FIRST = 'Gempa Guncang Cianjur'
const SECOND = 'Gempa Magnitudo 5,6 Guncang Cianjur'
const THIRD = 'Gempa Magnitudo 5,6 Guncang Cianjur, Warga Mengungsi'
const LEAD = 'Gempa bermagnitudo 5,6 mengguncang Cianjur pada Senin siang.'
const TYPED = ' Warga memilih bermalam di lapangan terbuka.'

describe('B sees what A saves, as it happens', () => {
  const desk = useDesk([
    ['wulan', 'Wulan Sari', 'penulis'],
    ['bima', 'Bima Putra', 'editor']
  ])
  let id = ''
  const a = (): Page => desk.machines[0]!.page
  const b = (): Page => desk.machines[1]!.page
  const headline = (page: Page) => page.getByRole('textbox', { name: 'Judul', exact: true })
  const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true)

  it("B's list shows A's new article, and B's open article takes A's next save, without a reload", async () => {
    await b().evaluate(() => void ((window as unknown as { stayed: boolean }).stayed = true))
    await a().getByRole('button', { name: 'Artikel baru' }).first().click()
    await headline(a()).fill(FIRST)
    await a().waitForURL(/#\/artikel\//)
    id = decodeURIComponent(a().url().split('#/artikel/')[1]!)
    await a().getByRole('textbox', { name: 'Isi berita' }).click()
    await a().keyboard.type(LEAD)

    const row = b().getByRole('list', { name: 'Daftar artikel' }).getByRole('link', { name: FIRST })
    await row.waitFor({ timeout: 15_000 })
    expect(await notReloaded(b())).toBe(true)
    await row.click()
    await expect.poll(() => headline(b()).inputValue()).toBe(FIRST)
    await expect.poll(() => b().getByRole('textbox', { name: 'Isi berita' }).innerText()).toContain(LEAD)

    await headline(a()).fill(SECOND)
    await expect.poll(() => headline(b()).inputValue(), { timeout: 15_000 }).toBe(SECOND)
    expect(await notReloaded(b())).toBe(true)
    await expect(b().getByRole('region', { name: 'Diubah di server' }).count()).resolves.toBe(0)
  })

  it("with unsaved typing on B, A's save shows “Diubah di server”; B merges by hand and both machines agree", async () => {
    await b().getByRole('textbox', { name: 'Isi berita' }).click()
    await b().keyboard.press('End')
    // Typing on: a key every 150 ms keeps autosave (0.8 s after the last key) from running.
    const typing = b().keyboard.type(TYPED, { delay: 150 })
    await headline(a()).fill(THIRD)
    await typing
    const changed = b().getByRole('region', { name: 'Diubah di server' })
    await changed.waitFor({ timeout: 15_000 })
    // Nothing typed was lost, and nothing was loaded over it.
    expect(await b().getByRole('textbox', { name: 'Isi berita' }).innerText()).toContain(TYPED.trim())
    expect(await headline(b()).inputValue()).toBe(SECOND)
    // Autosave waits for the choice rather than being refused against the newer version: past
    // twice its delay after the last key, the typing is still just unsaved, not a conflict.
    await b().waitForTimeout(2 * AUTOSAVE_DELAY_MS)
    expect(await b().getByTestId('save-indicator').innerText()).toBe('Belum tersimpan')

    await changed.getByRole('button', { name: 'Gabung manual' }).click()
    const merge = b().getByRole('region', { name: 'Gabung manual' })
    const title = merge.getByRole('group', { name: 'Judul', exact: true })
    await expect(title.getByRole('radio', { name: `Versi saya: ${SECOND}` }).isChecked()).resolves.toBe(true)
    await title.getByRole('radio', { name: `Versi server: ${THIRD}` }).check()
    await expect(merge.getByLabel('Judul hasil gabungan').inputValue()).resolves.toBe(THIRD)
    const block = merge.getByRole('group', { name: 'Blok isi 1' })
    await expect(block.getByRole('radio', { name: /^Versi saya:/ }).isChecked()).resolves.toBe(true)
    expect((await block.locator('ins').allInnerTexts()).join(' ').trim()).toBe(TYPED.trim())
    await merge.getByRole('button', { name: 'Simpan gabungan' }).click()
    await merge.waitFor({ state: 'detached' })
    await expect.poll(() => headline(b()).inputValue()).toBe(THIRD)
    expect(await b().getByRole('textbox', { name: 'Isi berita' }).innerText()).toContain(LEAD + TYPED)

    // The merge travels: A's open editor (nothing unsaved there) shows it by itself.
    await expect.poll(() => b().getByTestId('save-indicator').innerText()).toBe('Tersimpan')
    await expect.poll(() => a().getByRole('textbox', { name: 'Isi berita' }).innerText(), { timeout: 15_000 }).toContain(TYPED.trim())
    await expect.poll(() => headline(a()).inputValue()).toBe(THIRD)
    for (const page of [a(), b()]) await expect.poll(() => indicator(page).innerText(), { timeout: 15_000 }).toBe('Tersinkron')
    const [onA, onB] = [await stored(a(), id), await stored(b(), id)]
    expect(onA?.headline).toBe(THIRD)
    expect(onB?.headline).toBe(THIRD)
    expect(JSON.stringify(onA?.body)).toBe(JSON.stringify(onB?.body))
    expect(await notReloaded(b())).toBe(true)
  })
})
