// Issue 12's newsroom journey in real Chromium through the browser host: a writer writes, submits,
// withdraws and resubmits; an editor edits the body and returns it; the writer sees the editor's
// changes in compare, labelled with his name; a second editor approves; the piece is published,
// reopened for a correction, approved and republished, and the exported page carries the Ralat
// line with its time while history keeps the first publication. Then the byline swap, refused.
import { readdir, readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import { formatTanggal } from '../../src/shared/kompas/tanggal'
import type { Role } from '../../src/shared/workflow'
import { bodyFocused, caretAt } from './caret'
import { useApp, type App } from './harness'

/** The first run: a store without a profile asks for one before its list (decision 0076). */
async function createFirstProfile(app: App, name: string, role: Role): Promise<void> {
  const firstRun = app.page.getByRole('region', { name: 'Selamat datang di Redaksi' })
  await firstRun.getByLabel('Nama').fill(name)
  await firstRun.getByLabel('Peran').selectOption(role)
  await firstRun.getByRole('button', { name: 'Simpan profil' }).click()
  await firstRun.waitFor({ state: 'detached' })
}

/** The body once the page lets this person type: keys sent to a read-only page are lost, as a person's would be. */
async function editableBody(app: App) {
  const body = app.page.getByRole('textbox', { name: 'Isi berita' })
  await expect.poll(() => body.getAttribute('contenteditable')).toBe('true')
  return body
}

const WRITER = 'Haryo Jati'
const FIRST_EDITOR = 'Deni Muliya'
const SECOND_EDITOR = 'Rina Kusuma'
const HEADLINE = 'Putin Bakal Tiba di Korea Utara'
const EDITOR_WORDS = 'Kunjungan ini yang pertama dalam 24 tahun.'
const RALAT = 'Kunjungan ini yang pertama dalam 24 tahun terakhir, bukan yang pertama kali.'

function helpers(app: App, id: () => string) {
  const profileSelect = () => app.page.getByLabel('Profil', { exact: true })
  return {
    switchTo: async (name: string): Promise<void> => {
      const option = profileSelect().locator('option', { hasText: name })
      await profileSelect().selectOption((await option.getAttribute('value'))!)
      await expect.poll(async () => (await profileSelect().locator('option:checked').innerText()).startsWith(name)).toBe(true)
    },
    stored: async (): Promise<Article> => {
      const result = await app.page.evaluate((articleId) => window.redaksi.articles.get({ id: articleId }), id())
      if (!result.ok) throw new Error(result.error.message)
      return result.value
    },
    open: async (screen: 'artikel' | 'tinjauan'): Promise<void> => {
      await app.page.evaluate(([s, articleId]) => {
        window.location.hash = `#/${s}/${articleId}`
      }, [screen, id()] as const)
    },
    addProfile: async (name: string, role: Role): Promise<void> => {
      const saved = await app.page.evaluate((profile) => window.redaksi.profiles.save({ profile }), { name, initials: name[0]!, role })
      expect(saved.ok).toBe(true)
    },
    /** A save the way the editor's page makes one, of the stored version with one field changed. */
    saveDirectly: (headline: string) =>
      app.page.evaluate(
        async ([articleId, h]) => {
          const r = await window.redaksi.articles.get({ id: articleId })
          if (!r.ok) throw new Error('missing')
          const { id: _i, rev: _r, revId: _v, status: _s, createdAt: _c, updatedAt: _u, history: _h, ...rest } = r.value
          return window.redaksi.articles.save({ id: articleId, rev: r.value.rev, draft: { ...rest, headline: h } })
        },
        [id(), headline] as const
      )
  }
}

describe('the newsroom journey: submit, withdraw, an editor edits and returns, approve, publish, correct, republish', () => {
  const app = useApp({ fresh: 'suite', viewport: { width: 1400, height: 1000 }, firstRun: true })
  let articleId = ''
  const h = helpers(app, () => articleId)
  const button = (name: string) => app.page.getByRole('button', { name, exact: true })
  /** Setujui, over the style warnings if the checker has any (the first time: the empty Editor field). */
  const approve = async (): Promise<void> => {
    await button('Setujui').click()
    const confirm = app.page.getByRole('dialog', { name: 'Setujui meski ada peringatan?' })
    await expect.poll(async () => (await h.stored()).status === 'approved' || (await confirm.count()) > 0).toBe(true)
    if ((await confirm.count()) > 0) await confirm.getByRole('button', { name: 'Setujui dengan peringatan' }).click()
    await expect.poll(async () => (await h.stored()).status).toBe('approved')
  }

  it('a writer makes her profile, writes a piece and submits it; it is then read-only to her', async () => {
    await createFirstProfile(app, WRITER, 'penulis')
    await h.addProfile(FIRST_EDITOR, 'editor')
    await h.addProfile(SECOND_EDITOR, 'redaktur-pelaksana')
    await app.page.reload()
    await app.page.getByRole('button', { name: 'Artikel baru' }).first().click()
    await app.page.getByRole('textbox', { name: 'Judul', exact: true }).fill(HEADLINE)
    // The new page is stored once something is typed, and its address then names it.
    await app.page.waitForURL(/#\/artikel\//)
    articleId = /#\/artikel\/(\w+)/.exec(app.page.url())![1]!
    await app.page.getByLabel('Kota dateline').fill('Pyongyang')
    await (await editableBody(app)).click()
    await app.page.keyboard.type('Presiden Rusia Vladimir Putin bakal tiba di Korea Utara pada Selasa (18/6/2024).')
    await app.page.getByLabel('Sumber', { exact: true }).fill('The Independent')
    await app.page.getByLabel('Sumber', { exact: true }).press('Enter')
    await button('Ajukan').click()
    await expect.poll(async () => (await h.stored()).status).toBe('submitted')

    await app.page.getByText('Artikel ini sedang di meja redaksi dan hanya dapat dibaca.', { exact: false }).waitFor()
    await expect(app.page.getByRole('textbox', { name: 'Judul', exact: true }).isDisabled()).resolves.toBe(true)
    await expect(app.page.getByRole('textbox', { name: 'Isi berita' }).getAttribute('contenteditable')).resolves.toBe('false')
    // Main refuses her save outright, with a typed failure, and nothing changes.
    const before = (await h.stored()).rev
    expect(await h.saveDirectly('Diubah saat diajukan')).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'workflow.on-the-desk' } })
    expect((await h.stored()).rev).toBe(before)
  })

  it('she withdraws it ("Tarik kembali"), can edit again, and resubmits', async () => {
    await button('Tarik kembali').click()
    await expect.poll(async () => (await h.stored()).status).toBe('draft')
    expect((await h.stored()).history.at(-1)).toMatchObject({ actor: WRITER, action: 'withdraw', from: 'submitted', to: 'draft' })
    await expect.poll(() => app.page.getByRole('textbox', { name: 'Judul', exact: true }).isDisabled()).toBe(false)
    await button('Ajukan').click()
    await expect.poll(async () => (await h.stored()).status).toBe('submitted')
  })

  it('the first editor edits the body during review and returns it with a note', async () => {
    await h.switchTo(FIRST_EDITOR)
    await h.open('artikel')
    // Editors may edit a piece on the desk: no read-only sentence for him.
    await (await editableBody(app)).click()
    await expect(app.page.getByText('Artikel ini sedang di meja redaksi', { exact: false }).count()).resolves.toBe(0)
    await bodyFocused(app.page)
    await app.page.keyboard.press('Control+End')
    await app.page.keyboard.type(` ${EDITOR_WORDS}`)
    await expect.poll(async () => JSON.stringify((await h.stored()).body)).toContain(EDITOR_WORDS)
    const edited = await h.stored()
    expect(edited.history.at(-1)).toMatchObject({ actor: FIRST_EDITOR, action: 'edit', from: 'submitted', to: 'submitted' })
    // Having edited it, he may not approve it.
    await expect(button('Setujui').count()).resolves.toBe(0)
    await button('Kembalikan').click()
    const dialog = app.page.getByRole('dialog', { name: 'Kembalikan ke penulis' })
    await dialog.getByLabel('Catatan (wajib)').fill('Saya tambahkan konteks; periksa angkanya.')
    await dialog.getByRole('button', { name: 'Kirim' }).click()
    await expect.poll(async () => (await h.stored()).status).toBe('returned')
  })

  it("the writer sees the editor's changes in compare, labelled with his name, and resubmits", async () => {
    await h.switchTo(WRITER)
    await h.open('tinjauan')
    const compare = app.page.getByRole('region', { name: 'Bandingkan versi' })
    await compare.waitFor()
    // It opens on her last submission; what changed since is the editor's, and it says so.
    await expect.poll(async () => compare.locator('ins').allInnerTexts()).toContainEqual(expect.stringContaining(EDITOR_WORDS))
    await compare.getByText(`Diubah sejak versi ini oleh ${FIRST_EDITOR}`).waitFor()
    const options = await compare.getByLabel('Bandingkan dengan').locator('option').allInnerTexts()
    expect(options.filter((o) => o.includes(`Disunting oleh ${FIRST_EDITOR}`))).toHaveLength(1)
    await h.open('artikel')
    await app.page.getByRole('note', { name: `Dikembalikan oleh ${FIRST_EDITOR}` }).waitFor()
    await button('Ajukan').click()
    await expect.poll(async () => (await h.stored()).status).toBe('submitted')
  })

  it('a second editor approves and publishes; the piece no longer says "sudah disetujui"', async () => {
    await h.switchTo(SECOND_EDITOR)
    await h.open('artikel')
    await approve()
    await button('Tandai terbit').click()
    await expect.poll(async () => (await h.stored()).status).toBe('published')
    await app.page.getByText('Artikel ini sudah terbit dan hanya dapat dibaca.', { exact: false }).waitFor()
    await expect(app.page.getByText('sudah disetujui', { exact: false }).count()).resolves.toBe(0)
  })

  it('she reopens it for a correction with a required note; it goes through the desk again and is republished', async () => {
    await button('Buka untuk ralat').click()
    const dialog = app.page.getByRole('dialog', { name: 'Buka untuk ralat: apa yang diralat?' })
    await dialog.getByRole('button', { name: 'Kirim' }).click()
    await dialog.getByText('Tulis catatan untuk penulis.').waitFor()
    await dialog.getByLabel('Catatan (wajib)').fill(RALAT)
    await dialog.getByRole('button', { name: 'Kirim' }).click()
    await expect.poll(async () => (await h.stored()).status).toBe('returned')

    await h.switchTo(WRITER)
    await h.open('artikel')
    await app.page.getByRole('note', { name: `Dibuka untuk ralat oleh ${SECOND_EDITOR}` }).getByText(RALAT).waitFor()
    await (await editableBody(app)).click()
    await bodyFocused(app.page)
    await app.page.keyboard.press('Control+End')
    await caretAt(app.page, 'end')
    await app.page.keyboard.press('Backspace')
    await app.page.keyboard.type(' terakhir.')
    await expect.poll(async () => JSON.stringify((await h.stored()).body)).toContain('24 tahun terakhir.')
    await button('Ajukan').click()
    await expect.poll(async () => (await h.stored()).status).toBe('submitted')

    await h.switchTo(SECOND_EDITOR)
    await h.open('artikel')
    await approve()
    await button('Tandai terbit').click()
    await expect.poll(async () => (await h.stored()).status).toBe('published')
  })

  it('the exported page carries the Ralat line with its time, before the credits; history keeps the first publication', async () => {
    const article = await h.stored()
    const correction = article.history.find((e) => e.action === 'correct')!
    const line = `Ralat: ${RALAT} (${formatTanggal({ at: correction.at, zone: 'WIB' })})`
    await app.page.getByRole('button', { name: 'Ekspor…' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Ekspor…' })
    await dialog.getByLabel('Format').selectOption('html')
    await dialog.getByLabel('Folder tujuan').fill('ekspor')
    await dialog.getByRole('button', { name: 'Ekspor', exact: true }).click()
    const out = resolve(app.host.dataDir, 'ekspor')
    await dialog.getByText(`1 berkas diekspor ke ${out}.`).waitFor()
    const page = await readFile(resolve(out, (await readdir(out)).find((f) => f.endsWith('.html'))!), 'utf8')
    expect(page).toContain(`<p class="artikel__ralat">${line}</p>\n</div>\n<footer class="artikel__kaki">`)
    // After the corrected body; the JSON-LD in the head names it too, as a CorrectionComment.
    expect(page.indexOf('24 tahun terakhir.')).toBeLessThan(page.indexOf('<p class="artikel__ralat">'))
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(page)![1]!) as { correction: unknown }
    expect(jsonLd.correction).toEqual([{ '@type': 'CorrectionComment', text: line, datePublished: correction.at }])
    await app.page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })

    expect(article.history.map((e) => [e.actor, e.action])).toEqual([
      [WRITER, 'create'],
      [WRITER, 'submit'],
      [WRITER, 'withdraw'],
      [WRITER, 'submit'],
      [FIRST_EDITOR, 'edit'],
      [FIRST_EDITOR, 'return'],
      [WRITER, 'resubmit'],
      [SECOND_EDITOR, 'approve'],
      [SECOND_EDITOR, 'publish'],
      [SECOND_EDITOR, 'correct'],
      [WRITER, 'edit'],
      [WRITER, 'resubmit'],
      [SECOND_EDITOR, 'approve'],
      [SECOND_EDITOR, 'publish']
    ])
    // The first published text is still a revision, without the correction.
    const revisions = await app.page.evaluate((id) => window.redaksi.articles.revisions({ id }), articleId)
    const published = revisions.ok ? revisions.value.filter((r) => r.status === 'published' && r.reason === 'status').sort((a, b) => a.rev - b.rev) : []
    expect(published).toHaveLength(2)
    const first = await app.page.evaluate(([id, revId]) => window.redaksi.articles.revision({ id, revId }), [articleId, published[0]!.revId] as const)
    expect(first.ok && JSON.stringify(first.value.body)).toContain('24 tahun.')
    expect(first.ok && JSON.stringify(first.value.body)).not.toContain('terakhir')
    await h.open('tinjauan')
    const history = app.page.getByRole('region', { name: 'Riwayat' })
    await history.waitFor()
    const text = await history.innerText()
    expect(text.split(`${SECOND_EDITOR} menerbitkan`)).toHaveLength(3)
    expect(text).toContain(`${SECOND_EDITOR} membuka untuk ralat`)
  })
})

describe('the byline swap: an editor who wrote the piece cannot approve it by typing a colleague’s name', () => {
  const app = useApp({ fresh: 'suite', viewport: { width: 1400, height: 1000 }, firstRun: true })
  let articleId = ''
  const h = helpers(app, () => articleId)

  it('records the swap, offers no Setujui, and main refuses workflow.approve', async () => {
    await createFirstProfile(app, FIRST_EDITOR, 'editor')
    await app.page.getByRole('button', { name: 'Artikel baru' }).first().click()
    await app.page.getByRole('textbox', { name: 'Judul', exact: true }).fill(HEADLINE)
    // The new page is stored once something is typed, and its address then names it.
    await app.page.waitForURL(/#\/artikel\//)
    articleId = /#\/artikel\/(\w+)/.exec(app.page.url())![1]!
    await app.page.getByLabel('Kota dateline').fill('Pyongyang')
    await (await editableBody(app)).click()
    await app.page.keyboard.type('Presiden Rusia Vladimir Putin bakal tiba di Korea Utara pada Selasa (18/6/2024).')
    await app.page.getByLabel('Sumber', { exact: true }).fill('The Independent')
    await app.page.getByLabel('Sumber', { exact: true }).press('Enter')
    // His name out of Penulis, a colleague's in.
    await app.page.getByRole('button', { name: `Hapus ${FIRST_EDITOR}` }).click()
    await app.page.getByLabel('Penulis', { exact: true }).fill(WRITER)
    await app.page.getByLabel('Penulis', { exact: true }).press('Enter')
    await expect.poll(async () => (await h.stored()).penulis).toEqual([WRITER])
    await app.page.getByRole('button', { name: 'Ajukan', exact: true }).click()
    await expect.poll(async () => (await h.stored()).status).toBe('submitted')

    await app.page.getByRole('button', { name: 'Kembalikan', exact: true }).waitFor()
    await expect(app.page.getByRole('button', { name: 'Setujui', exact: true }).count()).resolves.toBe(0)
    const article = await h.stored()
    const refused = await app.page.evaluate(({ id, rev }) => window.redaksi.workflow.transition({ id, rev, action: 'approve', overrideWarnings: true }), {
      id: article.id,
      rev: article.rev
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'workflow.four-eyes' } })
    expect((await h.stored()).status).toBe('submitted')
    // The swap is history, with the names, so the desk sees it.
    // (One entry or two, as the autosave caught the removal and the new name.)
    const swaps = article.history.filter((e) => e.action === 'byline')
    expect(swaps.map((e) => e.actor)).toEqual(swaps.map(() => FIRST_EDITOR))
    expect([swaps[0]?.note?.startsWith(`${FIRST_EDITOR} → `), swaps.at(-1)?.note?.endsWith(`→ ${WRITER}`)]).toEqual([true, true])
    await h.open('tinjauan')
    await app.page.getByRole('region', { name: 'Riwayat' }).getByText(`${FIRST_EDITOR} mengubah penulis`).first().waitFor()
  })
})
