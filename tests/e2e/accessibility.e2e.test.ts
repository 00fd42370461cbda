import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launchChromium, startBrowserHost, type RunningHost } from './harness'
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
  let browser: Browser
  let host: RunningHost
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    host = await startBrowserHost()
    // AxeBuilder needs a page of an explicit context (it opens a blank page in it to run axe).
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    page = await context.newPage()
  })
  afterEach(async () => {
    await context?.close()
    await host?.stop()
  })

  describe('the article list', () => {
    for (const scheme of ['light', 'dark'] as const satisfies Scheme[]) {
      it(`in the ${scheme} theme: empty, with articles of several statuses, searched, and with the shortcuts sheet open`, async () => {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
        await page.goto(host.url)
        await page.getByRole('heading', { name: 'Belum ada artikel' }).waitFor()
        expect(await seriousViolations(page)).toEqual([])

        const ids = await seedArticles(page, [...NEWSROOM, { headline: '', section: 'opini' }])
        await spike(page, ids[0]!)
        await page.reload()
        await headlines(page, NEWSROOM.length)
        expect(await seriousViolations(page)).toEqual([])

        // Every status badge colour, and the disabled order control during a search.
        await page.getByLabel('Status').selectOption({ label: 'Dibuang' })
        await headlines(page, 1)
        expect(await seriousViolations(page)).toEqual([])
        await page.getByLabel('Status').selectOption('')
        await page.getByLabel('Cari', { exact: true }).fill('tidak ada yang begini')
        await page.getByRole('heading', { name: /Tidak ada hasil/ }).waitFor()
        expect(await seriousViolations(page)).toEqual([])

        await page.keyboard.press('F1')
        await page.getByRole('dialog').waitFor()
        expect(await seriousViolations(page)).toEqual([])
      })
    }
  })

  describe('the editor and the review desk', () => {
    for (const scheme of ['light', 'dark'] as const satisfies Scheme[]) {
      it(`in the ${scheme} theme: a full article, the Baca Juga picker, the link dialog, and the review screen`, async () => {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
        await page.goto(host.url)
        const profile = await page.evaluate(() =>
          window.redaksi.profiles.save({ profile: { name: 'Deni Muliya', initials: 'DM', role: 'editor' } })
        )
        if (!profile.ok) throw new Error(profile.error.message)
        await page.evaluate((id) => window.redaksi.profiles.switch({ id }), profile.value.id)
        const target = await page.evaluate(() => window.redaksi.articles.create({ draft: { headline: 'Respons Kemenlu RI', section: 'nasional' } }))
        if (!target.ok) throw new Error(target.error.message)
        const created = await page.evaluate(
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
        await page.goto(`${host.origin}/#/artikel/${id}`)
        // Findings (the caption's weekday) and a Baca Juga warning are on screen when axe looks.
        await page.locator('[data-rule="day-matches-date"]').waitFor()
        await page.getByText('Judul artikel tujuan kini').waitFor()
        expect(await seriousViolations(page)).toEqual([])

        await page.getByRole('textbox', { name: 'Isi berita' }).click()
        await page.keyboard.press('Control+Shift+B')
        await page.getByRole('combobox', { name: 'Cari judul artikel' }).waitFor()
        expect(await seriousViolations(page)).toEqual([])
        await page.keyboard.press('Escape')
        await page.keyboard.press('Control+K')
        await page.getByLabel('Alamat (http, https atau mailto)').waitFor()
        expect(await seriousViolations(page)).toEqual([])
        await page.keyboard.press('Escape')

        await page.goto(`${host.origin}/#/tinjauan/${id}`)
        await page.getByRole('region', { name: 'Riwayat' }).waitFor()
        expect(await seriousViolations(page)).toEqual([])
      })
    }
  })
})
