// axe-core over every screen and dialog, in both themes. Each theme is chosen in Pengaturan under
// a system that prefers the other, so what is checked is the theme the switch sets, everywhere.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useApp } from './harness'
import { headlines, NEWSROOM, seedArticles, spike } from './list-helpers'
import { seedReferenceDesk } from './reference-desk'
import { bodyFocused } from './caret'

type Theme = 'light' | 'dark'
const OTHER: Record<Theme, Theme> = { light: 'dark', dark: 'light' }
// --color-bg of each theme in tokens.css: proof the page shows the theme under test.
const BACKGROUND: Record<Theme, string> = { light: 'rgb(246, 245, 241)', dark: 'rgb(20, 22, 25)' }

/** Serious and critical findings only, each as "rule: target" so a failure says where to look. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`))
}

/** The theme chosen in settings, the system set to the other one, and the page reloaded on it. */
async function showTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: OTHER[theme], reducedMotion: 'reduce' })
  const saved = await page.evaluate((chosen) => window.redaksi.settings.update({ theme: chosen }), theme)
  if (!saved.ok) throw new Error(saved.error.message)
  await page.reload()
  await page.getByRole('heading', { name: 'Redaksi', level: 1 }).waitFor()
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(BACKGROUND[theme])
}

/** Opens a dialog, checks the page with it open, and closes it with Escape. */
async function withDialog(page: Page, open: () => Promise<void>, where: string): Promise<void> {
  await open()
  await page.locator('dialog[open]').waitFor()
  expect({ where, violations: await seriousViolations(page) }).toEqual({ where, violations: [] })
  await page.keyboard.press('Escape')
  await page.locator('dialog[open]').waitFor({ state: 'detached' })
}

describe('accessibility (axe-core): no serious or critical violation, light and dark', () => {
  const app = useApp({ open: false, viewport: { width: 1280, height: 900 } })

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: the article list empty, full, filtered and searched, the shortcuts sheet and every header dialog`, async () => {
      await app.page.goto(app.host.url)
      await showTheme(app.page, theme)
      await app.page.getByRole('heading', { name: 'Belum ada artikel' }).waitFor()
      expect(await seriousViolations(app.page)).toEqual([])

      const ids = await seedArticles(app.page, [...NEWSROOM, { headline: '', section: 'opini' }])
      await spike(app.page, ids[0]!)
      await app.page.reload()
      await headlines(app.page, NEWSROOM.length)
      expect(await seriousViolations(app.page)).toEqual([])

      // Every status badge colour, and the disabled order control during a search.
      await app.page.getByLabel('Status').selectOption({ label: 'Dibuang' })
      await headlines(app.page, 1)
      expect(await seriousViolations(app.page)).toEqual([])
      await app.page.getByLabel('Status').selectOption('')
      await app.page.getByLabel('Cari', { exact: true }).fill('tidak ada yang begini')
      await app.page.getByRole('heading', { name: /Tidak ada hasil/ }).waitFor()
      expect(await seriousViolations(app.page)).toEqual([])
      await app.page.getByLabel('Cari', { exact: true }).fill('')

      await withDialog(app.page, () => app.page.keyboard.press('F1'), 'shortcuts sheet')
      await withDialog(app.page, () => app.page.getByRole('button', { name: 'Pengaturan' }).click(), 'settings')
      await withDialog(app.page, () => app.page.getByRole('button', { name: 'Impor…' }).click(), 'import')
      await withDialog(app.page, () => app.page.getByRole('button', { name: 'Ekspor yang disetujui…' }).click(), 'export approved')
      await withDialog(
        app.page,
        async () => {
          await app.page.getByLabel('Profil', { exact: true }).selectOption({ label: 'Profil baru…' })
        },
        'new profile'
      )
    })

    it(`${theme}: the writer's page with findings, photo and a retitled Baca Juga, its dialogs, a failed save, and the review desk`, async () => {
      await app.page.goto(app.host.url)
      await showTheme(app.page, theme)
      const desk = await seedReferenceDesk(app.page, { photo: true })
      // One Baca Juga target retitled: its block shows the warning and the refresh button.
      await app.page.evaluate(async (targetId) => {
        const got = await window.redaksi.articles.get({ id: targetId })
        if (!got.ok) throw new Error(got.error.message)
        const { id, rev, revId: _r, status: _s, createdAt: _c, updatedAt: _u, history: _h, ...draft } = got.value
        const saved = await window.redaksi.articles.save({ id, rev, draft: { ...draft, headline: 'Kemenlu RI Tunggu Mandat PBB' } })
        if (!saved.ok) throw new Error(saved.error.message)
      }, desk.targets[0]!)
      await app.page.goto(`${app.host.origin}/#/artikel/${desk.id}`)
      await app.page.reload()
      await app.page.locator('[data-rule="day-matches-date"]').waitFor()
      await app.page.getByText('Judul artikel tujuan kini').waitFor()
      await app.page.getByRole('img', { name: /^Foto utama/ }).waitFor()
      expect(await seriousViolations(app.page)).toEqual([])

      await app.page.getByRole('textbox', { name: 'Isi berita' }).click()
      await withDialog(app.page, () => app.page.keyboard.press('Control+Shift+B'), 'Baca Juga picker')
      await withDialog(app.page, () => app.page.keyboard.press('Control+K'), 'link dialog')
      await withDialog(app.page, () => app.page.keyboard.press('Control+Alt+Q'), 'pull quote dialog')
      await withDialog(app.page, () => app.page.getByRole('button', { name: 'Ekspor…' }).click(), 'article export')

      // A save the store refuses: the status bar's warning and its retry button.
      const headline = app.page.getByRole('textbox', { name: 'Judul', exact: true })
      await headline.fill('x'.repeat(501))
      await app.page.getByTestId('save-indicator').getByText('Gagal menyimpan').waitFor()
      expect(await seriousViolations(app.page)).toEqual([])
      await headline.fill('Putin Bakal Tiba di Korea Utara Selasa Besok')
      await app.page.getByTestId('save-indicator').getByText('Tersimpan', { exact: true }).waitFor()

      await app.page.evaluate((id) => window.redaksi.profiles.switch({ id }), desk.editor)
      await app.page.goto(`${app.host.origin}/#/tinjauan/${desk.id}`)
      await app.page.reload()
      await app.page.getByRole('region', { name: 'Riwayat' }).waitFor()
      expect(await seriousViolations(app.page)).toEqual([])
      await app.page.goto(`${app.host.origin}/#/tinjauan`)
      await app.page.getByRole('heading', { level: 2 }).first().waitFor()
      expect(await seriousViolations(app.page)).toEqual([])
    })
  }
})

describe('accessibility (axe-core): the first run and the compare of two windows', () => {
  const app = useApp({ open: false, firstRun: true })

  for (const scheme of ['light', 'dark'] as const satisfies Theme[]) {
    it(`in the ${scheme} theme`, async () => {
      await app.page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
      await app.page.goto(app.host.url)
      const firstRun = app.page.getByRole('region', { name: 'Selamat datang di Redaksi' })
      await firstRun.waitFor()
      expect(await seriousViolations(app.page)).toEqual([])
      await firstRun.getByLabel('Nama').fill('Haryo Jati')
      await firstRun.getByRole('button', { name: 'Simpan profil' }).click()
      await firstRun.waitFor({ state: 'detached' })

      // Another window saves first; this one's save is then refused and the compare shown.
      const lead = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Banjir merendam ratusan rumah.' }] }] }
      const [id] = await seedArticles(app.page, [{ headline: 'Banjir Rendam Jakarta Timur', body: lead }])
      const other = await app.newPage()
      await other.goto(app.host.url)
      for (const page of [other, app.page]) {
        await page.evaluate((articleId) => void (window.location.hash = `#/artikel/${articleId}`), id!)
        await page.getByRole('textbox', { name: 'Isi berita' }).getByText('Banjir merendam ratusan rumah.').waitFor()
      }
      for (const page of [other, app.page]) {
        await page.getByRole('textbox', { name: 'Isi berita' }).click()
        await bodyFocused(page)
        await page.keyboard.press('Control+End')
        await page.keyboard.type(page === other ? ' Air surut.' : ' Warga mengungsi.')
        if (page === other) await other.getByTestId('save-indicator').getByText('Tersimpan', { exact: true }).waitFor({ timeout: 10_000 })
      }
      await app.page.getByRole('region', { name: 'Diubah di jendela lain' }).getByRole('table').waitFor({ timeout: 10_000 })
      expect(await seriousViolations(app.page)).toEqual([])
    })
  }
})
