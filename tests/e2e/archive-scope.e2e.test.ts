// A machine that keeps only part of the archive (decisions 0037, 0038), in Chromium on a real
// server: the writer's piece is pulled, then the other machine narrows its archive to its own
// pieces in Pengaturan → Server redaksi and the copy goes; searching the list finds the piece
// under "Di server", and opening it fetches it into this machine's store; the Baca Juga picker
// links another server-only piece, fetched first so the link's target exists here.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPostgres, startServer, type TestPostgres, type TestServer } from '../server/harness'
import { addAccountByCli } from '../server/helpers'
import { startBrowserHost, useApp, type RunningHost } from './harness'

const PASSWORD = 'kata-sandi-e2e-123'
const HEADLINE = 'Gempa Guncang Pesisir Selatan Jawa'

describe('a machine with part of the archive', () => {
  let db: TestPostgres
  let server: TestServer
  let host: RunningHost
  const app = useApp({ fresh: 'suite', viewport: { width: 1400, height: 1000 } })
  let writer: Page
  let narrow: Page

  beforeAll(async () => {
    db = await startPostgres()
    server = await startServer({ databaseUrl: db.url })
    await addAccountByCli(db.url, 'wulan', 'penulis', PASSWORD, 'Wulan Sari')
    await addAccountByCli(db.url, 'dewi', 'penulis', PASSWORD, 'Dewi Lestari')
    writer = app.page
    host = await startBrowserHost()
    narrow = await app.newPage({ viewport: { width: 1400, height: 1000 } })
    await narrow.goto(host.url)
  }, 120_000)
  afterAll(async () => {
    await host?.stop()
    await server?.stop()
    await db?.stop()
  }, 60_000)

  const signIn = async (page: Page, login: string): Promise<void> => {
    const status = await page.evaluate(([url, l, p]) => window.redaksi.sync.login({ server: url!, login: l!, password: p! }), [server.url, login, PASSWORD])
    expect(status).toMatchObject({ ok: true, value: { account: { login } } })
    await page.reload()
  }
  const holds = (page: Page, headline: string): Promise<boolean> =>
    page.evaluate(async (h) => {
      const r = await window.redaksi.articles.list({ limit: 500 })
      if (!r.ok) throw new Error(r.error.message)
      return r.value.items.some((i) => i.headline === h)
    }, headline)

  it('finds a piece held only on the server by search, opens it, and it is local now', async () => {
    await signIn(writer, 'wulan')
    const created = await writer.evaluate(async (headline) => {
      const r = await window.redaksi.articles.create({ draft: { headline, section: 'regional', penulis: ['Wulan Sari'] } })
      if (!r.ok) throw new Error(r.error.message)
      await window.redaksi.sync.now({})
      return r.value.id
    }, HEADLINE)

    await signIn(narrow, 'dewi')
    await expect.poll(() => holds(narrow, HEADLINE), { timeout: 15_000 }).toBe(true)

    // Pengaturan → Server redaksi → only my own pieces.
    await narrow.getByRole('button', { name: 'Pengaturan' }).click()
    const dialog = narrow.getByRole('dialog', { name: 'Pengaturan' })
    const scope = dialog.getByRole('group', { name: 'Arsip di komputer ini' })
    await scope.getByLabel('Sebagian saja:').check()
    await scope.getByLabel('Naskah saya (yang saya buat atau ajukan)').check()
    await scope.getByRole('button', { name: 'Simpan pilihan arsip' }).click()
    await scope.getByText('Pilihan arsip disimpan; sinkronisasi menyesuaikan isi komputer ini.').waitFor()
    expect(await narrow.evaluate(() => window.redaksi.sync.scope({}))).toEqual({ ok: true, value: { own: true } })
    await narrow.keyboard.press('Escape')
    await expect.poll(() => holds(narrow, HEADLINE), { timeout: 15_000 }).toBe(false)

    // The list's search asks the server too: the piece is under "Di server".
    await narrow.getByLabel('Cari', { exact: true }).fill('gempa')
    const onServer = narrow.getByRole('region', { name: 'Di server' })
    const hit = onServer.getByRole('button', { name: HEADLINE })
    await hit.waitFor()
    await hit.click()
    await narrow.waitForURL(new RegExp(`#/artikel/${created}$`))
    await expect.poll(() => narrow.getByRole('textbox', { name: 'Judul', exact: true }).inputValue(), { timeout: 15_000 }).toBe(HEADLINE)
    expect(await holds(narrow, HEADLINE)).toBe(true)
  }, 90_000)

  it('links a Baca Juga to a piece held only on the server, fetching it first', async () => {
    const target = 'Harga Cabai Naik di Pasar Induk'
    const targetId = await writer.evaluate(async (headline) => {
      const r = await window.redaksi.articles.create({ draft: { headline, section: 'ekonomi', penulis: ['Wulan Sari'] } })
      if (!r.ok) throw new Error(r.error.message)
      await window.redaksi.sync.now({})
      return r.value.id
    }, target)
    await narrow.evaluate(() => window.redaksi.sync.now({}))
    expect(await holds(narrow, target)).toBe(false)

    await narrow.goto(`${host.url}#/`)
    await narrow.getByRole('button', { name: 'Artikel baru' }).first().click()
    await narrow.getByRole('textbox', { name: 'Isi berita' }).click()
    await narrow.keyboard.press('Control+Shift+B')
    const search = narrow.getByRole('combobox', { name: 'Cari judul artikel' })
    await search.fill('cabai')
    await narrow.getByRole('listbox', { name: 'Sisipkan Baca Juga' }).getByRole('option', { name: `${target} ekonomi · di server` }).waitFor()
    await search.press('Enter')
    // The block is writing: the new page is stored with it (decision 0076).
    await narrow.waitForURL(/#\/artikel\/[0-9A-Z]{26}$/)
    const id = new URL(narrow.url()).hash.split('/').pop()!
    const body = async () =>
      narrow.evaluate(async (articleId) => {
        const r = await window.redaksi.articles.get({ id: articleId })
        if (!r.ok) throw new Error(r.error.message)
        return r.value.body.content.filter((n) => n.type === 'bacaJuga')
      }, id)
    await expect.poll(body, { timeout: 15_000 }).toEqual([{ type: 'bacaJuga', attrs: { articleId: targetId, title: target } }])
    expect(await holds(narrow, target)).toBe(true)
  }, 90_000)
})
