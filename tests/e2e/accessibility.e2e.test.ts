import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useApp } from './harness'
import { headlines, NEWSROOM, seedArticles, spike } from './list-helpers'

type Scheme = 'light' | 'dark'

/** Serious and critical findings only, each as "rule: target" so a failure says where to look. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`))
}

describe('accessibility (axe-core): no serious or critical violation', () => {
  const app = useApp({ open: false })

  describe('the article list', () => {
    for (const scheme of ['light', 'dark'] as const satisfies Scheme[]) {
      it(`in the ${scheme} theme: empty, with articles of several statuses, searched, and with the shortcuts sheet open`, async () => {
        await app.page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
        await app.page.goto(app.host.url)
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

        await app.page.keyboard.press('F1')
        await app.page.getByRole('dialog').waitFor()
        expect(await seriousViolations(app.page)).toEqual([])
      })
    }
  })

  describe('the editor and the review desk', () => {
    for (const scheme of ['light', 'dark'] as const satisfies Scheme[]) {
      it(`in the ${scheme} theme: a full article, the Baca Juga picker, the link dialog, and the review screen`, async () => {
        await app.page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
        await app.page.goto(app.host.url)
        const profile = await app.page.evaluate(() =>
          window.redaksi.profiles.save({ profile: { name: 'Deni Muliya', initials: 'DM', role: 'editor' } })
        )
        if (!profile.ok) throw new Error(profile.error.message)
        await app.page.evaluate((id) => window.redaksi.profiles.switch({ id }), profile.value.id)
        const target = await app.page.evaluate(() => window.redaksi.articles.create({ draft: { headline: 'Respons Kemenlu RI', section: 'nasional' } }))
        if (!target.ok) throw new Error(target.error.message)
        const created = await app.page.evaluate(
          (targetId) =>
            window.redaksi.articles.create({
              draft: {
                headline: 'Putin Bakal Tiba di Korea Utara',
                section: 'dunia',
                published: { at: '2024-06-17T20:49:00+07:00', zone: 'WIB' },
                dateline: { city: 'PYONGYANG', outlet: 'KOMPAS.TV' },
                penulis: ['Haryo Jati'],
                sumber: ['The Independent'],
                featuredImage: { asset: null, caption: 'Kim Jong-un dan Putin, Rabu, (13/6/2023).', credit: 'AP' },
                body: {
                  type: 'doc',
                  content: [
                    { type: 'paragraph', content: [{ type: 'text', text: 'Presiden Rusia Vladimir Putin bakal tiba.' }] },
                    { type: 'bacaJuga', attrs: { articleId: targetId, title: 'Judul lama' } },
                    { type: 'paragraph', content: [{ type: 'text', text: 'Kunjungan dua hari.' }] }
                  ]
                }
              }
            }),
          target.value.id
        )
        if (!created.ok) throw new Error(created.error.message)
        const id = created.value.id
        await app.page.goto(`${app.host.origin}/#/artikel/${id}`)
        // Findings (the caption's weekday) and a Baca Juga warning are on screen when axe looks.
        await app.page.locator('[data-rule="day-matches-date"]').waitFor()
        await app.page.getByText('Judul artikel tujuan kini').waitFor()
        expect(await seriousViolations(app.page)).toEqual([])

        await app.page.getByRole('textbox', { name: 'Isi berita' }).click()
        await app.page.keyboard.press('Control+Shift+B')
        await app.page.getByRole('combobox', { name: 'Cari judul artikel' }).waitFor()
        expect(await seriousViolations(app.page)).toEqual([])
        await app.page.keyboard.press('Escape')
        await app.page.keyboard.press('Control+K')
        await app.page.getByLabel('Alamat (http, https atau mailto)').waitFor()
        expect(await seriousViolations(app.page)).toEqual([])
        await app.page.keyboard.press('Escape')

        await app.page.goto(`${app.host.origin}/#/tinjauan/${id}`)
        await app.page.getByRole('region', { name: 'Riwayat' }).waitFor()
        expect(await seriousViolations(app.page)).toEqual([])
      })
    }
  })
})

describe('accessibility (axe-core): the first run and the compare of two windows', () => {
  const app = useApp({ open: false, firstRun: true })

  for (const scheme of ['light', 'dark'] as const satisfies Scheme[]) {
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
        await page.keyboard.press('Control+End')
        await page.keyboard.type(page === other ? ' Air surut.' : ' Warga mengungsi.')
        if (page === other) await other.getByTestId('save-indicator').getByText('Tersimpan', { exact: true }).waitFor({ timeout: 10_000 })
      }
      await app.page.getByRole('region', { name: 'Diubah di jendela lain' }).getByRole('table').waitFor({ timeout: 10_000 })
      expect(await seriousViolations(app.page)).toEqual([])
    })
  }
})
