// Several "machines" on one newsroom server, for the e2e files about sync: one real PostgreSQL,
// one real server process, one browser host per machine (each its own data folder) with a page in
// Chromium, each signed in through Pengaturan → Server redaksi as a real user does. Machine A is the
// harness's own app; the others are hosts of their own, under the same console policy.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import type { Article, ArticleDraft } from '../../src/shared/article'
import { startPostgres, startServer, type TestPostgres, type TestServer } from '../server/harness'
import { addAccountByCli } from '../server/helpers'
import { startBrowserHost, useApp, type RunningHost } from './harness'

export const PASSWORD = 'kata-sandi-e2e-123'

export interface Machine {
  page: Page
  login: string
  name: string
}

export interface Desk {
  readonly server: TestServer
  readonly machines: Machine[]
  /** The desk's PostgreSQL, for a second server process (an admin elsewhere) or the account CLI. */
  readonly databaseUrl: string
  /** Stops the server process: every machine is offline until `backOnline`. */
  goOffline(): Promise<void>
  /** A fresh server process on the same port and database: the machines reach it again. */
  backOnline(): Promise<void>
}

/** Accounts as [login, display name, role]; the first one's page is the harness's own. */
export function useDesk(accounts: ReadonlyArray<readonly [string, string, string]>): Desk {
  let db: TestPostgres | undefined
  let server: TestServer | undefined
  const app = useApp({ fresh: 'suite', viewport: { width: 1400, height: 1000 } })
  const hosts: RunningHost[] = []
  const machines: Machine[] = []

  beforeAll(async () => {
    db = await startPostgres()
    server = await startServer({ databaseUrl: db.url })
    for (const [login, name, role] of accounts) await addAccountByCli(db.url, login, role, PASSWORD, name)
    for (const [index, [login, name]] of accounts.entries()) {
      let page = app.page
      if (index > 0) {
        const host = await startBrowserHost()
        hosts.push(host)
        page = await app.newPage({ viewport: { width: 1400, height: 1000 } })
        await page.goto(host.url)
      }
      await signIn(page, server.url, login)
      machines.push({ page, login, name })
    }
  }, 180_000)
  afterAll(async () => {
    for (const h of hosts) await h.stop()
    await server?.stop()
    await db?.stop()
  }, 60_000)

  return {
    get server() {
      if (!server) throw new Error('useDesk: the server is used before the hooks ran')
      return server
    },
    machines,
    get databaseUrl() {
      if (!db) throw new Error('useDesk: the database is used before the hooks ran')
      return db.url
    },
    async goOffline() {
      await server?.stop()
    },
    async backOnline() {
      if (!db || !server) throw new Error('useDesk: the server is used before the hooks ran')
      server = await startServer({ databaseUrl: db.url, port: server.port })
    }
  }
}

export const indicator = (page: Page) => page.getByRole('status').and(page.locator('[data-phase]'))

async function signIn(page: Page, url: string, login: string): Promise<void> {
  await page.getByRole('button', { name: 'Pengaturan' }).click()
  const dialog = page.getByRole('dialog', { name: 'Pengaturan' })
  await dialog.getByLabel('Alamat server').fill(url)
  await dialog.getByLabel('Nama pengguna').fill(login)
  await dialog.getByLabel('Kata sandi').fill(PASSWORD)
  await dialog.getByRole('button', { name: 'Masuk ke server' }).click()
  await page.waitForEvent('load')
  // (In a hook, where expect.poll is not available: the indicator's own state.)
  await page.locator('[data-phase="synced"]').getByText('Tersinkron', { exact: true }).waitFor({ timeout: 15_000 })
}

/** The local copy of an article on one machine, by id (null while that machine lacks it). */
export async function stored(page: Page, id: string): Promise<Article | null> {
  return page.evaluate(async (articleId) => {
    const r = await window.redaksi.articles.get({ id: articleId })
    return r.ok ? r.value : null
  }, id)
}

/** What a machine's own UI would send: a save of the stored article with a few fields changed. */
export async function saveFields(page: Page, id: string, change: Partial<ArticleDraft>): Promise<Article> {
  return page.evaluate(
    async ({ articleId, patch }) => {
      const got = await window.redaksi.articles.get({ id: articleId })
      if (!got.ok) throw new Error(got.error.message)
      const { id: _i, rev, revId: _v, status: _s, createdAt: _c, updatedAt: _u, history: _h, ...draft } = got.value
      const saved = await window.redaksi.articles.save({ id: articleId, rev, draft: { ...draft, ...patch } })
      if (!saved.ok) throw new Error(saved.error.message)
      return saved.value
    },
    { articleId: id, patch: change }
  )
}

/** A workflow move through the same channel the buttons use. */
export async function move(page: Page, id: string, action: 'submit' | 'start-review' | 'return' | 'approve', note?: string): Promise<Article> {
  return page.evaluate(
    async ({ articleId, what, text }) => {
      const got = await window.redaksi.articles.get({ id: articleId })
      if (!got.ok) throw new Error(got.error.message)
      const moved = await window.redaksi.workflow.transition({ id: articleId, rev: got.value.rev, action: what, ...(text ? { note: text } : {}), overrideWarnings: true })
      if (!moved.ok) throw new Error(moved.error.message)
      return moved.value
    },
    { articleId: id, what: action, text: note }
  )
}

/** Ask a machine to sync now (rather than wait for its live stream or its 5 s pull). */
export async function syncNow(page: Page): Promise<void> {
  await page.evaluate(() => window.redaksi.sync.now({}))
}

/** A piece typed and submitted on `page` as its writer would, with the byline given; its id once synced. */
export async function writePiece(page: Page, headline: string, penulis: string, lead: string): Promise<string> {
  await page.goto(page.url().split('#')[0] + '#/')
  await page.getByRole('button', { name: 'Artikel baru' }).first().click()
  // The draft is stored once something is typed; the address names it from then on.
  await page.getByRole('textbox', { name: 'Judul', exact: true }).fill(headline)
  await page.waitForURL(/#\/artikel\//)
  await page.getByLabel('Kota dateline').fill('Jakarta')
  await page.getByRole('textbox', { name: 'Isi berita' }).click()
  await page.keyboard.type(lead)
  // The byline starts with whoever created the piece; these pieces carry the byline given.
  const chosen = page.getByRole('list', { name: 'Penulis terpilih' }).getByRole('button', { name: /^Hapus / })
  while ((await chosen.count()) > 0) await chosen.first().click()
  await page.getByLabel('Penulis', { exact: true }).fill(penulis)
  await page.getByLabel('Penulis', { exact: true }).press('Enter')
  await page.getByLabel('Sumber', { exact: true }).fill('Antara')
  await page.getByLabel('Sumber', { exact: true }).press('Enter')
  await page.getByRole('button', { name: 'Ajukan' }).click()
  const id = decodeURIComponent(page.url().split('#/artikel/')[1]!)
  await expect.poll(async () => (await stored(page, id))?.status, { timeout: 15_000 }).toBe('submitted')
  await expect.poll(() => indicator(page).innerText(), { timeout: 15_000 }).toBe('Tersinkron')
  return id
}
