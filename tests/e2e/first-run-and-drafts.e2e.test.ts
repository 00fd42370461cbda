// The first launch and drafts (issue 12, decision 0076): a store without a profile asks for one
// before anything else; "Artikel baru" stores nothing until something is typed; a draft left
// empty is gone when left; a writer throws her own draft away from the list.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import { useApp } from './harness'
import { seedArticles } from './list-helpers'

const articleIdIn = (page: Page): string => new URL(page.url()).hash.slice('#/artikel/'.length)
const total = async (page: Page): Promise<number> => {
  const listed = await page.evaluate(() => window.redaksi.articles.list({}))
  if (!listed.ok) throw new Error(listed.error.message)
  return listed.value.total
}
const headline = (page: Page) => page.getByRole('textbox', { name: 'Judul', exact: true })
const back = (page: Page) => page.getByRole('link', { name: /Kembali ke daftar/ }).click()

describe('the first run', () => {
  const app = useApp({ firstRun: true, viewport: { width: 1400, height: 1000 } })

  it('asks for the first profile, then opens the list; Penulis starts with it', async () => {
    const firstRun = app.page.getByRole('region', { name: 'Selamat datang di Redaksi' })
    await firstRun.waitFor()
    await expect(app.page.getByRole('button', { name: 'Artikel baru' }).count()).resolves.toBe(0)
    await firstRun.getByLabel('Nama').fill('Haryo Jati')
    await firstRun.getByLabel('Peran').selectOption('penulis')
    await firstRun.getByRole('button', { name: 'Simpan profil' }).click()
    await firstRun.waitFor({ state: 'detached' })

    await app.page.getByRole('heading', { name: 'Artikel', level: 2 }).waitFor()
    await expect.poll(() => app.page.getByLabel('Profil', { exact: true }).locator('option:checked').innerText()).toBe('Haryo Jati — Penulis')
    const profiles = await app.page.evaluate(() => window.redaksi.profiles.list({}))
    expect(profiles.ok && profiles.value.profiles.map((p) => [p.name, p.initials, p.role])).toEqual([['Haryo Jati', 'HJ', 'penulis']])

    await app.page.getByRole('button', { name: 'Artikel baru' }).click()
    const byline = app.page.getByRole('list', { name: 'Penulis terpilih' })
    await expect.poll(() => byline.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining('Haryo Jati')])
    await headline(app.page).fill('Gempa Guncang Cianjur')
    await app.page.waitForURL(/#\/artikel\/[0-9A-Z]{26}$/)
    const stored = await app.page.evaluate((id) => window.redaksi.articles.get({ id }), articleIdIn(app.page))
    expect(stored.ok && [stored.value.headline, stored.value.penulis]).toEqual(['Gempa Guncang Cianjur', ['Haryo Jati']])
    // With a profile the writer's buttons are there once the piece is stored.
    await app.page.getByRole('button', { name: 'Ajukan' }).waitFor()
  })
})

describe('drafts', () => {
  const app = useApp({ viewport: { width: 1400, height: 1000 } })

  it('stores nothing for a new page left as it was, and lists nothing', async () => {
    await app.page.getByRole('button', { name: 'Artikel baru' }).click()
    await app.page.getByRole('textbox', { name: 'Isi berita' }).waitFor()
    expect(new URL(app.page.url()).hash).toBe('#/baru')
    await app.page.getByText('Artikel baru: tersimpan begitu Anda mulai menulis. Dibiarkan kosong, tidak disimpan.').waitFor()
    // Longer than autosave's pause: still nothing stored.
    await app.page.waitForTimeout(1500)
    expect(await total(app.page)).toBe(0)
    await back(app.page)
    await app.page.getByText('Belum ada artikel').waitFor()
    expect(await total(app.page)).toBe(0)
  })

  it('takes back a draft typed in and then erased when it is left: gone from the store, not in the trash', async () => {
    await app.page.getByRole('button', { name: 'Artikel baru' }).click()
    await headline(app.page).fill('Sementara')
    await app.page.waitForURL(/#\/artikel\/[0-9A-Z]{26}$/)
    const id = articleIdIn(app.page)
    await headline(app.page).fill('')
    await back(app.page)
    await app.page.getByText('Belum ada artikel').waitFor()
    const got = await app.page.evaluate((articleId) => window.redaksi.articles.get({ id: articleId }), id)
    expect(got.ok ? 'found' : got.error.reason).toBe('store.article-not-found')
    expect(await total(app.page)).toBe(0)
    const spiked = await app.page.evaluate(() => window.redaksi.articles.list({ status: 'spiked' }))
    expect(spiked.ok && spiked.value.total).toBe(0)
  })

  it('keeps a draft with something typed in it, and lists it', async () => {
    await app.page.getByRole('button', { name: 'Artikel baru' }).click()
    await app.page.getByRole('textbox', { name: 'Isi berita' }).click()
    await app.page.keyboard.type('Hujan deras sejak pagi.')
    await app.page.waitForURL(/#\/artikel\/[0-9A-Z]{26}$/)
    const id = articleIdIn(app.page)
    await back(app.page)
    await app.page.locator(`[data-article-id="${id}"]`).getByText('Tanpa judul').waitFor()
    expect(await total(app.page)).toBe(1)
  })

  it('says why the workflow buttons are missing without a profile, rather than hiding them silently', async () => {
    const [id] = await seedArticles(app.page, [{ headline: 'Banjir Rob Genangi Pesisir Jakarta' }])
    await app.page.evaluate((articleId) => void (window.location.hash = `#/artikel/${articleId}`), id!)
    await app.page.getByRole('note').getByText('Pilih profil di kepala halaman untuk mengajukan atau membuang artikel: setiap tindakan dicatat atas nama profil.').waitFor()
    await expect(app.page.getByRole('button', { name: 'Ajukan' }).count()).resolves.toBe(0)
  })

  it('lets a writer spike her own draft from the list, and only her own', async () => {
    await app.page.evaluate(async () => {
      const saved = await window.redaksi.profiles.save({ profile: { name: 'Haryo Jati', initials: 'HJ', role: 'penulis' } })
      if (!saved.ok) throw new Error(saved.error.message)
      await window.redaksi.profiles.switch({ id: saved.value.id })
    })
    await app.page.reload()
    const [mine, theirs] = await seedArticles(app.page, [
      { headline: 'Harga Cabai Naik Jelang Iduladha', penulis: ['Haryo Jati'] },
      { headline: 'Timnas U-23 Lolos ke Semifinal', penulis: ['Rizky Pratama'] }
    ])
    const spike = (headlineText: string) => app.page.getByRole('button', { name: `Buang “${headlineText}”` })
    await spike('Harga Cabai Naik Jelang Iduladha').waitFor()
    await expect(spike('Timnas U-23 Lolos ke Semifinal').count()).resolves.toBe(0)
    await spike('Harga Cabai Naik Jelang Iduladha').click()
    await app.page.locator(`[data-article-id="${mine}"]`).waitFor({ state: 'detached' })
    const got = await app.page.evaluate((id) => window.redaksi.articles.get({ id }), mine!)
    const spiked = got.ok ? (got.value as Article) : null
    expect([spiked?.status, spiked?.history.at(-1)?.action, spiked?.history.at(-1)?.actor]).toEqual(['spiked', 'spike', 'Haryo Jati'])
    await app.page.locator(`[data-article-id="${theirs}"]`).waitFor()
  })
})
