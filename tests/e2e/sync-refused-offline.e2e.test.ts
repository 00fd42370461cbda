// A refusal the app cannot foresee: an editor's laptop is offline while the admin makes his account
// a penulis on the server. The app still knows him as the editor he was when he signed in, so it
// lets him approve two pieces locally; when the laptop is back the server refuses both. The editor
// page shows why, in Indonesian; "Kirim ulang" sends again and is refused again; "Buang perubahan"
// asks first and then takes the server's version back; once the admin gives the role back, "Kirim
// ulang" gets the other approval through. Meanwhile the app learns the role the server gives (decision
// 0048) and its buttons follow. The other machine is the writer's.
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import type { SyncStatus } from '../../src/shared/ipc'
import { http, startServer } from '../server/harness'
import { addAccountByCli, bearer, tokenFor } from '../server/helpers'
import { indicator, move, PASSWORD, stored, syncNow, useDesk, writePiece } from './sync-machines'

const REFUSED = 'Ditolak server: Hanya editor atau redaktur pelaksana yang dapat menyetujui artikel.'
const FIRST = 'Harga Beras Naik Menjelang Akhir Tahun'
const SECOND = 'Jalan Tol Baru Dibuka untuk Arus Mudik'
const LEAD = 'Harga beras di pasar tradisional naik sepekan terakhir.'

describe('a change refused for a role lost while offline: the reason, sent again, discarded, sent after the role is back', () => {
  const desk = useDesk([
    ['wulan', 'Wulan Sari', 'penulis'],
    ['bima', 'Bima Putra', 'editor']
  ])
  const a = (): Page => desk.machines[0]!.page
  const b = (): Page => desk.machines[1]!.page
  let admin = ''

  beforeAll(async () => {
    await addAccountByCli(desk.databaseUrl, 'ratna', 'admin', PASSWORD, 'Ratna Dewi')
    admin = (await tokenFor(desk.server.url, 'ratna', PASSWORD, 'Meja admin')).token
  }, 60_000)

  /** What the admin does, on whichever server process she reaches. */
  async function setRole(serverUrl: string, role: string): Promise<void> {
    const answer = await http(`${serverUrl}/v1/accounts/bima`, { method: 'PATCH', body: { role }, headers: bearer(admin) })
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ ok: true, value: { login: 'bima', role } })
  }
  async function onServer(id: string): Promise<Article> {
    const answer = await http(`${desk.server.url}/v1/articles/${encodeURIComponent(id)}`, { headers: bearer(admin) })
    expect(answer.status).toBe(200)
    return (answer.json as { article: Article }).article
  }
  const syncStatus = (page: Page): Promise<SyncStatus> =>
    page.evaluate(async () => {
      const r = await window.redaksi.sync.status({})
      if (!r.ok) throw new Error(r.error.message)
      return r.value
    })
  const refusedOf = async (page: Page, id: string) => (await syncStatus(page)).problems.filter((p) => p.articleId === id && p.state === 'refused')
  const open = async (page: Page, id: string): Promise<void> => {
    await page.goto(`${page.url().split('#')[0]}#/artikel/${encodeURIComponent(id)}`)
    await page.getByRole('textbox', { name: 'Judul', exact: true }).waitFor()
  }
  const status = (page: Page) => page.locator('.editor-screen__status')
  const banner = (page: Page) => page.getByRole('region', { name: 'Ditolak server' })
  const same = (x: Article | null) => x && { rev: x.rev, status: x.status, editor: x.editor, history: x.history }

  it('approved offline on stale knowledge, refused on reconnect; refused again, discarded to the server version, sent again once the role is back', async () => {
    const first = await writePiece(a(), FIRST, 'Wulan Sari', LEAD)
    const second = await writePiece(a(), SECOND, 'Wulan Sari', 'Jalan tol baru dibuka untuk arus mudik akhir tahun.')
    for (const id of [first, second]) await expect.poll(async () => (await stored(b(), id))?.status, { timeout: 15_000 }).toBe('submitted')
    await open(b(), first)
    const before = await onServer(first)

    // The editor's laptop loses the server; the admin, on another server process of the same
    // newsroom, makes his account a penulis. Nothing of that can reach the laptop.
    await desk.goOffline()
    const elsewhere = await startServer({ databaseUrl: desk.databaseUrl })
    try {
      await setRole(elsewhere.url, 'penulis')
    } finally {
      await elsewhere.stop()
    }

    // The app still knows him as an editor: it offers the approval and records it locally.
    await b().getByRole('button', { name: 'Setujui', exact: true }).click()
    const warnings = b().getByRole('dialog', { name: 'Setujui meski ada peringatan?' })
    await expect.poll(async () => (await warnings.isVisible()) || (await stored(b(), first))?.status === 'approved').toBe(true)
    if (await warnings.isVisible()) await warnings.getByRole('button', { name: 'Setujui dengan peringatan' }).click()
    await expect.poll(() => status(b()).innerText()).toBe('Disetujui')
    await move(b(), second, 'approve')
    await syncNow(b())
    await expect.poll(async () => (await syncStatus(b())).phase, { timeout: 15_000 }).toBe('offline')
    expect((await syncStatus(b())).waiting).toBe(2)
    await expect.poll(() => indicator(b()).innerText()).toMatch(/^Luring sejak /)

    // Back online: the server judges the account as it is now, and refuses both approvals.
    await desk.backOnline()
    await syncNow(b())
    await banner(b()).waitFor({ timeout: 20_000 })
    await expect(banner(b()).locator('strong').innerText()).resolves.toBe(REFUSED)
    await expect.poll(() => indicator(b()).innerText()).toBe(REFUSED)
    for (const id of [first, second]) {
      await expect.poll(async () => (await refusedOf(b(), id)).map((p) => p.failure?.reason)).toEqual(['workflow.role'])
      expect((await stored(b(), id))?.status).toBe('approved')
      expect((await onServer(id)).status).toBe('submitted')
    }
    expect(same(await onServer(first))).toEqual(same(before))
    // From now on the app knows the account as the server does (decision 0048).
    await expect.poll(async () => (await syncStatus(b())).account?.role, { timeout: 15_000 }).toBe('penulis')

    // "Kirim ulang" sends the approval again, as a new change, and the server refuses it again.
    const refusedOnce = (await refusedOf(b(), first))[0]!.changeId
    await banner(b()).getByRole('button', { name: 'Kirim ulang' }).click()
    await expect
      .poll(async () => (await refusedOf(b(), first)).map((p) => [p.changeId === refusedOnce, p.failure?.reason]), { timeout: 20_000 })
      .toEqual([[false, 'workflow.role']])
    await expect(banner(b()).locator('strong').innerText()).resolves.toBe(REFUSED)
    expect((await onServer(first)).status).toBe('submitted')

    // "Buang perubahan" asks first; cancelled, nothing changes; confirmed, the server's version is back.
    await banner(b()).getByRole('button', { name: 'Buang perubahan' }).click()
    const confirm = b().getByRole('dialog', { name: 'Buang perubahan ini?' })
    await expect(confirm.getByText('Versi server menggantikan teks di komputer ini. Perubahan yang ditolak tidak bisa dikembalikan.').count()).resolves.toBe(1)
    await confirm.getByRole('button', { name: 'Batal' }).click()
    await confirm.waitFor({ state: 'detached' })
    expect((await stored(b(), first))?.status).toBe('approved')
    await banner(b()).getByRole('button', { name: 'Buang perubahan' }).click()
    await confirm.getByRole('button', { name: 'Ya, buang perubahan' }).click()
    await banner(b()).waitFor({ state: 'detached', timeout: 15_000 })
    await expect.poll(() => status(b()).innerText()).toBe('Diajukan')
    const discarded = await onServer(first)
    expect(same(discarded)).toEqual(same(before))
    expect(same(await stored(b(), first))).toEqual(same(discarded))
    expect(same(await stored(a(), first))).toEqual(same(discarded))
    expect(await refusedOf(b(), first)).toEqual([])
    // A penulis is offered no approval of the piece now on the desk.
    const deskButtons = () => b().locator('.workflow-actions__buttons button').allInnerTexts()
    await expect.poll(deskButtons, { timeout: 15_000 }).toEqual([])

    // The admin gives the role back; the other approval, sent again, now goes through.
    await setRole(desk.server.url, 'editor')
    await open(b(), second)
    await expect(banner(b()).locator('strong').innerText()).resolves.toBe(REFUSED)
    await banner(b()).getByRole('button', { name: 'Kirim ulang' }).click()
    await banner(b()).waitFor({ state: 'detached', timeout: 20_000 })
    for (const page of [a(), b()]) await expect.poll(() => indicator(page).innerText(), { timeout: 20_000 }).toBe('Tersinkron')
    const approved = await onServer(second)
    expect(approved.status).toBe('approved')
    expect(approved.history.filter((h) => h.action === 'approve').map((h) => h.actor)).toEqual(['Bima Putra'])
    await expect.poll(async () => same(await stored(b(), second)), { timeout: 15_000 }).toEqual(same(approved))
    await expect.poll(async () => same(await stored(a(), second)), { timeout: 15_000 }).toEqual(same(approved))
    await expect(status(b()).innerText()).resolves.toBe('Disetujui')
    expect((await syncStatus(b())).problems).toEqual([])
    // Deciding on the refusal made the app ask again: the editor may approve the other piece again.
    await expect.poll(async () => (await syncStatus(b())).account?.role, { timeout: 15_000 }).toBe('editor')
    await open(b(), first)
    await expect.poll(deskButtons, { timeout: 15_000 }).toEqual(['Mulai tinjau', 'Setujui', 'Kembalikan', 'Buang'])
  })
})
