// Files dropped on the window with no dialog open: the import opens with them, and the list shows
// what came in without a reload.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useApp } from './harness'

const FIXTURES = resolve(import.meta.dirname, '../fixtures')
const TEXT = { path: 'kompas-tv-putin-korea-utara.txt', type: 'text/plain', headline: 'Putin Bakal Tiba di Korea Utara Selasa Besok, Kunjungi Negara Kim Jong-Un 2 Hari' }
const WORD = { path: 'word/gempa-cianjur-word.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }

describe('dropping files onto the window', () => {
  const app = useApp()

  it('opens the import with the dropped files; the list has them at once', async () => {
    await app.page.getByText('Belum ada artikel').waitFor()
    const files = [TEXT, WORD].map((f) => ({ name: f.path.split('/').pop()!, type: f.type, base64: readFileSync(resolve(FIXTURES, f.path)).toString('base64') }))
    await app.page.evaluate((dropped) => {
      const data = new DataTransfer()
      for (const f of dropped) data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }))
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }))
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
    }, files)
    const dialog = app.page.getByRole('dialog', { name: 'Impor…' })
    await dialog.getByRole('link', { name: `“${TEXT.headline}” diimpor.` }).waitFor()
    await expect.poll(() => dialog.locator('.import-dialog__outcomes > li').count()).toBe(2)
    const stored = await app.page.evaluate(() => window.redaksi.articles.list({}))
    const headlines = stored.ok ? stored.value.items.map((a) => a.headline) : []
    expect(headlines).toHaveLength(2)
    expect(headlines).toContain(TEXT.headline)

    await app.page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    const rows = app.page.getByRole('list', { name: 'Daftar artikel' }).getByRole('listitem')
    await expect.poll(() => rows.count()).toBe(2)
    await app.page.getByRole('list', { name: 'Daftar artikel' }).getByRole('link', { name: TEXT.headline }).waitFor()
  })
})
