// The renderer words main's failures itself, in the UI's language: an invalid setting is shown at
// its field (from the typed location), and an import that failed reads in English once
// the UI is English, with no Indonesian sentence left in it.
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launchChromium, startBrowserHost, type RunningHost } from './harness'

describe('failures in the UI’s language', () => {
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
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    problems = []
    page.on('pageerror', (error) => problems.push(error.message))
    await page.goto(host.url)
  })
  afterEach(async () => {
    await page?.close()
    await host?.stop()
  })

  const refuseBlankOutlet = async (labels: { settings: string; outlet: string; save: string; cancel: string }): Promise<string> => {
    await page.getByRole('button', { name: labels.settings }).click()
    const outlet = page.getByLabel(labels.outlet)
    await outlet.fill('   ')
    await page.getByRole('button', { name: labels.save }).click()
    await expect.poll(() => outlet.getAttribute('aria-invalid')).toBe('true')
    const hint = page.locator(`#${await outlet.getAttribute('aria-describedby')}`)
    const text = await hint.innerText()
    await page.getByRole('button', { name: labels.cancel }).click()
    return text
  }

  it('shows an invalid setting at its field, in Indonesian and then in English', async () => {
    expect(await refuseBlankOutlet({ settings: 'Pengaturan', outlet: 'Media untuk dateline (mis. KOMPAS.TV)', save: 'Simpan pengaturan', cancel: 'Batal' })).toBe('wajib diisi')
    await page.getByLabel('Bahasa').selectOption('en')
    await page.getByRole('button', { name: 'Settings' }).waitFor()
    expect(await refuseBlankOutlet({ settings: 'Settings', outlet: 'Outlet in the dateline (e.g. KOMPAS.TV)', save: 'Save settings', cancel: 'Cancel' })).toBe('is required')
    const stored = await page.evaluate(() => window.redaksi.settings.get({}))
    expect(stored).toMatchObject({ ok: true, value: { outlet: 'KOMPAS.TV', language: 'en' } })
    expect(problems).toEqual([])
  })

  it('words a failed import in English in the English UI', async () => {
    await page.getByLabel('Bahasa').selectOption('en')
    await page.getByRole('button', { name: 'Import…' }).click()
    await page.locator('#import-files').setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('Daftar belanja\n\ntelur\n') })
    const alert = page.locator('.import-dialog__outcomes [role="alert"]')
    await alert.waitFor()
    expect(await alert.innerText()).toBe(
      'Not imported: catatan.txt cannot be imported: it is not a Kompas plain-text article (no section line such as “Kompas dunia | 17 Juni 2024, 20:49 WIB” and no Penulis/Editor lines).'
    )
    expect(problems).toEqual([])
  })
})
