// Three "machines" on one newsroom server: one real PostgreSQL, one real server process, three
// browser hosts (each its own data folder) in Chromium. The writer on A writes and submits, the
// editor on B returns it with a note, the writer fixes and resubmits, the editor on C approves,
// and each machine sees the others' changes. Then two machines edit one piece while the server is
// down: when it is back, the second one is shown the conflict and keeps both versions.
// Machine A is the harness's app; B and C are hosts of their own, their pages under the same
// console policy (any unannounced console error, page error or 4xx/5xx fails the test).
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPostgres, startServer, type TestPostgres, type TestServer } from '../server/harness'
import { addAccountByCli } from '../server/helpers'
import { startBrowserHost, useApp, type RunningHost } from './harness'

const PASSWORD = 'kata-sandi-e2e-123'
const HEADLINE = 'Banjir Rob Rendam Pesisir Utara Jakarta'

describe('three machines, one newsroom server', () => {
  let db: TestPostgres
  let server: TestServer
  const app = useApp({ fresh: 'suite', viewport: { width: 1400, height: 1000 } })
  const hosts: RunningHost[] = []
  const pages: Record<'a' | 'b' | 'c', Page> = {} as never

  beforeAll(async () => {
    db = await startPostgres()
    server = await startServer({ databaseUrl: db.url })
    for (const [login, name, role] of [
      ['wulan', 'Wulan Sari', 'penulis'],
      ['bima', 'Bima Putra', 'editor'],
      ['citra', 'Citra Dewi', 'editor']
    ]) {
      await addAccountByCli(db.url, login!, role!, PASSWORD, name)
    }
    pages.a = app.page
    for (const key of ['b', 'c'] as const) {
      const host = await startBrowserHost()
      hosts.push(host)
      pages[key] = await app.newPage({ viewport: { width: 1400, height: 1000 } })
      await pages[key].goto(host.url)
    }
  }, 120_000)
  afterAll(async () => {
    for (const h of hosts) await h.stop()
    await server?.stop()
    await db?.stop()
  }, 60_000)

  const indicator = (page: Page) => page.getByRole('status').and(page.locator('[data-phase]'))
  /** The local copy of the piece with this headline on one machine. */
  const find = async (page: Page, headline: string) =>
    page.evaluate(async (h) => {
      const r = await window.redaksi.articles.list({ limit: 500 })
      if (!r.ok) throw new Error(r.error.message)
      const summary = r.value.items.find((i) => i.headline === h)
      if (!summary) return null
      const full = await window.redaksi.articles.get({ id: summary.id })
      return full.ok ? full.value : null
    }, headline)

  it('signs each machine in through Pengaturan → Server redaksi; the account is who you are', async () => {
    for (const [key, login, name] of [
      ['a', 'wulan', 'Wulan Sari'],
      ['b', 'bima', 'Bima Putra'],
      ['c', 'citra', 'Citra Dewi']
    ] as const) {
      const page = pages[key]
      await page.getByRole('button', { name: 'Pengaturan' }).click()
      const dialog = page.getByRole('dialog', { name: 'Pengaturan' })
      await dialog.getByRole('heading', { name: 'Server redaksi' }).waitFor()
      await dialog.getByLabel('Alamat server').fill(server.url)
      await dialog.getByLabel('Nama pengguna').fill(login)
      await dialog.getByLabel('Kata sandi').fill(PASSWORD)
      await dialog.getByRole('button', { name: 'Masuk ke server' }).click()
      await page.waitForEvent('load')
      await expect.poll(() => indicator(page).innerText(), { timeout: 15_000 }).toBe('Tersinkron')
      await expect.poll(async () => (await page.getByLabel('Profil', { exact: true }).locator('option:checked').innerText()).startsWith(name), { timeout: 15_000 }).toBe(true)
    }
    // A wrong password says so in the user's language, and nothing is kept.
    const status = await pages.a.evaluate((url) => window.redaksi.sync.login({ server: url, login: 'wulan', password: 'salah-sekali-123' }), server.url)
    expect(status).toMatchObject({ ok: false, error: { reason: 'auth.bad-login', message: 'Nama pengguna atau kata sandi salah.' } })
  })

  it('the writer on A writes and submits; the editor on B sees it and returns it with a note', async () => {
    const a = pages.a
    await a.getByRole('button', { name: 'Artikel baru' }).first().click()
    await a.getByRole('textbox', { name: 'Judul', exact: true }).fill(HEADLINE)
    await a.waitForURL(/#\/artikel\//)
    await a.getByLabel('Kota dateline').fill('Jakarta')
    await a.getByRole('textbox', { name: 'Isi berita' }).click()
    await a.keyboard.type('Banjir rob merendam ratusan rumah warga di pesisir utara Jakarta.')
    await a.getByLabel('Penulis', { exact: true }).fill('Wulan Sari')
    await a.getByLabel('Penulis', { exact: true }).press('Enter')
    await a.getByLabel('Sumber', { exact: true }).fill('Antara')
    await a.getByLabel('Sumber', { exact: true }).press('Enter')
    await a.getByRole('button', { name: 'Ajukan' }).click()
    await expect.poll(async () => (await find(a, HEADLINE))?.status, { timeout: 15_000 }).toBe('submitted')
    await expect.poll(() => indicator(a).innerText(), { timeout: 15_000 }).toBe('Tersinkron')

    const b = pages.b
    await expect.poll(async () => (await find(b, HEADLINE))?.status, { timeout: 15_000 }).toBe('submitted')
    await b.reload()
    await b.getByRole('link', { name: 'Tinjauan', exact: true }).click()
    await b.getByRole('navigation', { name: 'Antrean tinjauan' }).getByRole('link', { name: HEADLINE }).click()
    await b.getByRole('button', { name: 'Kembalikan' }).click()
    const dialog = b.getByRole('dialog', { name: 'Kembalikan ke penulis' })
    await dialog.getByLabel('Catatan (wajib)').fill('Tambahkan keterangan dari BPBD DKI.')
    await dialog.getByRole('button', { name: 'Kirim' }).click()
    await expect.poll(async () => (await find(b, HEADLINE))?.status, { timeout: 15_000 }).toBe('returned')
    await expect.poll(() => indicator(b).innerText(), { timeout: 15_000 }).toBe('Tersinkron')
  })

  it('the writer sees the note from B, fixes and resubmits; the editor on C approves; all three agree', async () => {
    const a = pages.a
    await expect.poll(async () => (await find(a, HEADLINE))?.status, { timeout: 15_000 }).toBe('returned')
    await a.reload()
    const notice = a.getByRole('note', { name: 'Dikembalikan oleh Bima Putra' })
    await notice.getByText('Tambahkan keterangan dari BPBD DKI.').waitFor()
    await a.getByRole('textbox', { name: 'Isi berita' }).click()
    await a.keyboard.press('End')
    await a.keyboard.type(' Keterangan itu disampaikan BPBD DKI.')
    await a.getByRole('button', { name: 'Ajukan' }).click()
    await expect.poll(async () => (await find(a, HEADLINE))?.status, { timeout: 15_000 }).toBe('submitted')

    const c = pages.c
    await expect.poll(async () => (await find(c, HEADLINE))?.status, { timeout: 15_000 }).toBe('submitted')
    await c.reload()
    await c.getByRole('link', { name: 'Tinjauan', exact: true }).click()
    await c.getByRole('navigation', { name: 'Antrean tinjauan' }).getByRole('link', { name: HEADLINE }).click()
    await c.getByRole('button', { name: 'Setujui', exact: true }).click()
    await c.getByRole('dialog', { name: 'Setujui meski ada peringatan?' }).getByRole('button', { name: 'Setujui dengan peringatan' }).click()
    await expect.poll(async () => (await find(c, HEADLINE))?.status, { timeout: 15_000 }).toBe('approved')

    const copies = []
    for (const page of [a, pages.b, c]) {
      await expect.poll(async () => (await find(page, HEADLINE))?.status, { timeout: 15_000 }).toBe('approved')
      const article = (await find(page, HEADLINE))!
      copies.push(article)
      expect(article.editor).toEqual(['Citra Dewi'])
      expect(article.body.content.map((n) => JSON.stringify(n))).toContain(JSON.stringify({ type: 'paragraph', content: [{ type: 'text', text: 'Banjir rob merendam ratusan rumah warga di pesisir utara Jakarta. Keterangan itu disampaikan BPBD DKI.' }] }))
      await expect.poll(() => indicator(page).innerText(), { timeout: 15_000 }).toBe('Tersinkron')
    }
    // Written by the server's version on B and C (store.applyRemote): the writer's id, the server's rev and history.
    const [onA, onB, onC] = copies
    expect([onB!.id, onC!.id]).toEqual([onA!.id, onA!.id])
    expect(onC!.rev).toBe(onB!.rev)
    expect(onC!.revId).toBe(onB!.revId)
    expect(onC!.history).toEqual(onB!.history)
    expect(onB!.history.at(-1)).toMatchObject({ actor: 'Citra Dewi', action: 'approve' })
  })

  it('two machines edit one piece while the server is down: both versions kept, the conflict shown, both kept as two articles', async () => {
    const a = pages.a
    const b = pages.b
    const created = await a.evaluate(async () => {
      const r = await window.redaksi.articles.create({ draft: { headline: 'Harga Beras Naik di Pasar Induk' } })
      if (!r.ok) throw new Error(r.error.message)
      return r.value
    })
    await expect.poll(async () => (await find(b, 'Harga Beras Naik di Pasar Induk'))?.rev, { timeout: 15_000 }).toBeGreaterThanOrEqual(1)

    const port = server.port
    await server.stop()
    const edit = (page: Page, from: string, to: string) =>
      page.evaluate(
        async ({ from, to }) => {
          const list = await window.redaksi.articles.list({ limit: 500 })
          if (!list.ok) throw new Error(list.error.message)
          const id = list.value.items.find((i) => i.headline === from)!.id
          const r = await window.redaksi.articles.get({ id })
          if (!r.ok) throw new Error(r.error.message)
          const { id: _i, rev, revId: _v, status: _s, createdAt: _c, updatedAt: _u, history: _h, ...draft } = r.value
          const saved = await window.redaksi.articles.save({ id, rev, draft: { ...draft, headline: to } })
          if (!saved.ok) throw new Error(saved.error.message)
        },
        { from, to }
      )
    await edit(b, 'Harga Beras Naik di Pasar Induk', 'Harga Beras Naik Tajam di Pasar Induk')
    await edit(a, 'Harga Beras Naik di Pasar Induk', 'Harga Beras Naik Lagi di Pasar Induk')
    await b.evaluate(() => window.redaksi.sync.now({}))
    await expect.poll(() => indicator(b).innerText(), { timeout: 15_000 }).toMatch(/^Luring sejak /)
    await expect.poll(() => indicator(a).innerText(), { timeout: 15_000 }).toMatch(/^(1 perubahan menunggu|Luring sejak .+)$/)

    // Whichever reaches the server first wins (A's background retry may beat B's sync): the other is shown the conflict.
    server = await startServer({ databaseUrl: db.url, port })
    const settled = /^(Tersinkron|1 artikel berkonflik dengan server)$/
    for (const page of [b, a]) {
      await expect.poll(async () => (await page.evaluate(() => window.redaksi.sync.now({}))).ok && indicator(page).innerText(), { timeout: 20_000 }).toMatch(settled)
    }
    const phases = [await indicator(a).innerText(), await indicator(b).innerText()].sort()
    expect(phases).toEqual(['1 artikel berkonflik dengan server', 'Tersinkron'])
    const aLost = (await indicator(a).innerText()) !== 'Tersinkron'
    const [loser, winner] = aLost ? [a, b] : [b, a]
    const mine = aLost ? { headline: 'Harga Beras Naik Lagi di Pasar Induk', word: 'Lagi' } : { headline: 'Harga Beras Naik Tajam di Pasar Induk', word: 'Tajam' }
    const theirs = aLost ? { headline: 'Harga Beras Naik Tajam di Pasar Induk', word: 'Tajam' } : { headline: 'Harga Beras Naik Lagi di Pasar Induk', word: 'Lagi' }

    // The local text is untouched while the conflict waits; the settings show both versions.
    expect((await find(loser, mine.headline))?.rev).toBeGreaterThanOrEqual(2)
    await indicator(loser).click()
    const dialog = loser.getByRole('dialog', { name: 'Pengaturan' })
    const conflict = dialog.getByRole('region', { name: mine.headline })
    await conflict.getByRole('columnheader', { name: 'Versi server' }).waitFor()
    await expect(conflict.locator('del').allInnerTexts()).resolves.toContain(theirs.word)
    await expect(conflict.locator('ins').allInnerTexts()).resolves.toContain(mine.word)
    await conflict.getByRole('button', { name: 'Simpan keduanya' }).click()
    await conflict.waitFor({ state: 'detached' })
    await expect.poll(() => indicator(loser).innerText(), { timeout: 20_000 }).toBe('Tersinkron')

    // Both texts now exist as two articles on both machines; the original follows the server.
    expect((await find(loser, theirs.headline))?.status).toBe('draft')
    expect((await find(loser, mine.headline))?.status).toBe('draft')
    await expect.poll(async () => (await find(winner, mine.headline))?.status, { timeout: 15_000 }).toBe('draft')
    expect((await find(winner, theirs.headline))?.status).toBe('draft')
    expect((await find(a, 'Harga Beras Naik di Pasar Induk'))).toBe(null)
    expect(created.headline).toBe('Harga Beras Naik di Pasar Induk')
  })
})
