// The theme switch in Pengaturan: system by default, light or dark held whatever the system says,
// applied at once, and still chosen after a reload.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useApp } from './harness'

// --color-bg of each theme in tokens.css.
const LIGHT_BG = 'rgb(246, 245, 241)'
const DARK_BG = 'rgb(20, 22, 25)'
const background = (page: Page): Promise<string> => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)

describe('the theme: system, terang, gelap', () => {
  const app = useApp()

  it('follows the system until a theme is chosen, then holds it across a reload', async () => {
    await app.page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(() => background(app.page)).toBe(DARK_BG)
    await app.page.emulateMedia({ colorScheme: 'light' })
    await expect.poll(() => background(app.page)).toBe(LIGHT_BG)

    await app.page.getByRole('button', { name: 'Pengaturan' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Pengaturan' })
    const theme = dialog.getByRole('group', { name: 'Tema' })
    await expect(theme.getByRole('radio', { name: 'Ikuti sistem' }).isChecked()).resolves.toBe(true)
    await theme.getByRole('radio', { name: 'Gelap' }).check()
    // At once, under a light system, before the dialog is closed.
    await expect.poll(() => background(app.page)).toBe(DARK_BG)
    await app.page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    // The choice is written after it is shown; a reload before the write lands would test the race.
    await expect
      .poll(async () => {
        const settings = await app.page.evaluate(() => window.redaksi.settings.get({}))
        return settings.ok && settings.value.theme
      })
      .toBe('dark')

    await app.page.reload()
    await app.page.getByRole('heading', { name: 'Redaksi', level: 1 }).waitFor()
    expect(await background(app.page)).toBe(DARK_BG)
    const stored = await app.page.evaluate(() => window.redaksi.settings.get({}))
    expect(stored.ok && stored.value.theme).toBe('dark')

    // Light holds under a dark system; back to "Ikuti sistem" follows it again.
    await app.page.emulateMedia({ colorScheme: 'dark' })
    await app.page.getByRole('button', { name: 'Pengaturan' }).click()
    await theme.getByRole('radio', { name: 'Terang' }).check()
    await expect.poll(() => background(app.page)).toBe(LIGHT_BG)
    await theme.getByRole('radio', { name: 'Ikuti sistem' }).check()
    await expect.poll(() => background(app.page)).toBe(DARK_BG)
  })
})
