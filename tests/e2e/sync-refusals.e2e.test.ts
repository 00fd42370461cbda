// What the desk refuses, shown where the person works. Since decision 0046 the two refusals this
// file once provoked on the server are the app's own first: a writer cannot type in her piece while
// the desk reviews it (the page says so and follows the return, after which her text reaches both
// machines), and an editor who wrote a piece under another byline is offered no approval. The
// server's own refusals of the same (on-the-desk, four eyes by provenance) are tested in
// tests/server/sync; merging by hand in sync-live-refresh.e2e.test.ts.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { indicator, move, saveFields, stored, syncNow, useDesk, writePiece } from './sync-machines'
import { bodyFocused } from './caret'

const HEADLINE = 'Banjir Rob Rendam Pesisir Utara Jakarta'
const DESK_HEADLINE = 'Banjir Rob Rendam Ratusan Rumah di Pesisir Utara Jakarta'
const LEAD = 'Banjir rob merendam ratusan rumah warga di pesisir utara Jakarta.'
const TYPED = ' Air mulai surut menjelang sore.'

describe('refused changes stay, with the reason, until fixed and sent again or discarded', () => {
  const desk = useDesk([
    ['wulan', 'Wulan Sari', 'penulis'],
    ['bima', 'Bima Putra', 'editor']
  ])
  const a = (): Page => desk.machines[0]!.page
  const b = (): Page => desk.machines[1]!.page
  const status = (page: Page) => page.locator('.editor-screen__status')

  it('the desk’s piece is read-only where the writer works, follows the return, and her next text reaches both machines', async () => {
    const id = await writePiece(a(), HEADLINE, 'Wulan Sari', LEAD)
    await expect.poll(async () => (await stored(b(), id))?.status, { timeout: 15_000 }).toBe('submitted')
    await move(b(), id, 'start-review')
    // The writer's open article follows the desk by itself, and is the desk's now (decision 0046):
    // nothing she types can be refused later, because she cannot type.
    await expect.poll(() => status(a()).innerText(), { timeout: 15_000 }).toBe('Ditinjau')
    await a().getByText('Artikel ini sedang di meja redaksi dan hanya dapat dibaca.', { exact: false }).waitFor()
    await expect(a().getByRole('textbox', { name: 'Isi berita' }).getAttribute('contenteditable')).resolves.toBe('false')

    // The fix is the desk's: the editor sharpens the headline and returns the piece.
    await saveFields(b(), id, { headline: DESK_HEADLINE })
    await move(b(), id, 'return', 'Silakan lengkapi, lalu ajukan lagi.')
    await expect.poll(() => indicator(b()).innerText(), { timeout: 15_000 }).toBe('Tersinkron')
    await syncNow(a())
    await expect.poll(() => status(a()).innerText(), { timeout: 15_000 }).toBe('Dikembalikan')
    await expect.poll(() => a().getByRole('textbox', { name: 'Judul', exact: true }).inputValue(), { timeout: 15_000 }).toBe(DESK_HEADLINE)
    await expect.poll(() => a().getByRole('textbox', { name: 'Isi berita' }).getAttribute('contenteditable')).toBe('true')
    await a().getByRole('textbox', { name: 'Isi berita' }).click()
    await bodyFocused(a())
    await a().keyboard.press('Control+End')
    await a().keyboard.type(TYPED)

    for (const page of [a(), b()]) {
      await expect.poll(() => indicator(page).innerText(), { timeout: 20_000 }).toBe('Tersinkron')
      await expect.poll(async () => (await stored(page, id))?.headline, { timeout: 15_000 }).toBe(DESK_HEADLINE)
      await expect.poll(async () => JSON.stringify((await stored(page, id))?.body), { timeout: 15_000 }).toContain(LEAD + TYPED)
    }
    await expect(a().getByRole('region', { name: /^(Ditolak server|Berkonflik)$/ }).count()).resolves.toBe(0)
  })

  it('an editor who wrote a piece under another byline is offered no approval, and main refuses it', async () => {
    const id = await writePiece(b(), 'Harga Cabai Melonjak di Pasar Kramat Jati', 'Wulan Sari', LEAD)
    // Four eyes from history (decision 0046): the app itself refuses, before anything reaches the server.
    await b().getByRole('button', { name: 'Kembalikan', exact: true }).waitFor()
    await expect(b().getByRole('button', { name: 'Setujui', exact: true }).count()).resolves.toBe(0)
    const refused = await b().evaluate(async (articleId) => {
      const got = await window.redaksi.articles.get({ id: articleId })
      if (!got.ok) throw new Error(got.error.message)
      return window.redaksi.workflow.transition({ id: articleId, rev: got.value.rev, action: 'approve', overrideWarnings: true })
    }, id)
    expect(refused).toMatchObject({ ok: false, error: { reason: 'workflow.four-eyes', message: 'Anda penulis artikel ini; persetujuan harus datang dari editor lain (prinsip empat mata).' } })
    expect((await stored(b(), id))?.status).toBe('submitted')
    await expect.poll(() => indicator(b()).innerText(), { timeout: 15_000 }).toBe('Tersinkron')
    await expect.poll(async () => (await stored(a(), id))?.status, { timeout: 15_000 }).toBe('submitted')
    // The byline he typed is history on both machines, as the server keeps it.
    await expect.poll(async () => (await stored(a(), id))?.history.some((h) => h.action === 'byline' && h.actor === 'Bima Putra'), { timeout: 15_000 }).toBe(true)
  })
})
