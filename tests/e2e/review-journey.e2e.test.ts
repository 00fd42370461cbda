import { describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import { formatTanggal, publishedAt, wallClock } from '../../src/shared/kompas/tanggal'
import { useApp } from './harness'

const WRITER = 'Haryo Jati'
const FIRST_EDITOR = 'Deni Muliya'
const SECOND_EDITOR = 'Rina Kusuma'

describe('review and approval: write, return, fix, resubmit, four eyes, approve', () => {
  const app = useApp({ fresh: 'suite', viewport: { width: 1400, height: 1000 } })
  let articleId: string

  const profileSelect = () => app.page.getByLabel('Profil', { exact: true })
  const switchTo = async (name: string): Promise<void> => {
    const option = profileSelect().locator('option', { hasText: name })
    await profileSelect().selectOption((await option.getAttribute('value'))!)
    await expect.poll(async () => (await profileSelect().locator('option:checked').innerText()).startsWith(name)).toBe(true)
  }
  const stored = async (): Promise<Article> => {
    const result = await app.page.evaluate((id) => window.redaksi.articles.get({ id }), articleId)
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }
  const openReview = async (): Promise<void> => {
    await app.page.getByRole('link', { name: 'Tinjauan', exact: true }).click()
    await app.page.getByRole('heading', { name: 'Antrean tinjauan' }).waitFor()
  }

  it('sets up three profiles: a writer (who is also an editor) and two editors', async () => {
    await app.page.getByRole('button', { name: 'Profil baru' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Profil baru' })
    await dialog.getByLabel('Nama').fill(WRITER)
    await dialog.getByLabel('Peran').selectOption('editor')
    await dialog.getByRole('button', { name: 'Simpan profil' }).click()
    await dialog.waitFor({ state: 'detached' })
    for (const [name, role] of [
      [FIRST_EDITOR, 'editor'],
      [SECOND_EDITOR, 'redaktur-pelaksana']
    ] as const) {
      const saved = await app.page.evaluate((profile) => window.redaksi.profiles.save({ profile }), { name, initials: name[0]!, role })
      expect(saved.ok).toBe(true)
    }
    await app.page.reload()
    await expect.poll(async () => (await profileSelect().locator('option:checked').innerText()).startsWith(WRITER)).toBe(true)
  })

  it('the writer writes; submit lists what to fix; once fixed it goes to the queue', async () => {
    await app.page.getByRole('button', { name: 'Artikel baru' }).first().click()
    await app.page.waitForURL(/#\/artikel\//)
    articleId = /#\/artikel\/(\w+)/.exec(app.page.url())![1]!
    await app.page.getByRole('textbox', { name: 'Judul', exact: true }).fill('Putin Bakal Tiba di Korea Utara')
    await app.page.getByLabel('Kota dateline').fill('Pyongyang')
    await app.page.getByRole('textbox', { name: 'Isi berita' }).click()
    await app.page.keyboard.type('Presiden Rusia Vladimir Putin bakal tiba di Korea Utara pada Selasa (18/6/2024).')
    // The byline starts with the current profile: nothing to type.
    const byline = app.page.getByRole('list', { name: 'Penulis terpilih' })
    expect(await byline.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining(WRITER)])
    expect((await stored()).penulis).toEqual([WRITER])

    // No source yet: the house-style panel says so, and submit refuses with the list.
    await app.page.locator('[data-rule="credits-present"]').first().waitFor()
    await app.page.getByRole('button', { name: 'Ajukan' }).click()
    await app.page.getByRole('alert').getByText('Perbaiki dulu:').waitFor()
    expect((await stored()).status).toBe('draft')

    await app.page.getByLabel('Sumber', { exact: true }).fill('The Independent')
    await app.page.getByLabel('Sumber', { exact: true }).press('Enter')
    await app.page.getByRole('button', { name: 'Ajukan' }).click()
    await expect.poll(async () => (await stored()).status).toBe('submitted')
  })

  it('the first editor returns it with a note, which is required', async () => {
    await switchTo(FIRST_EDITOR)
    await openReview()
    await app.page.getByRole('navigation', { name: 'Antrean tinjauan' }).getByRole('link', { name: 'Putin Bakal Tiba di Korea Utara' }).click()
    // Submitted seconds ago: not "menunggu 0 menit".
    await expect(app.page.getByText('baru saja diajukan').count()).resolves.toBe(1)
    await expect(app.page.getByText(/menunggu 0 menit/).count()).resolves.toBe(0)
    await app.page.getByRole('button', { name: 'Kembalikan' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Kembalikan ke penulis' })
    await dialog.getByRole('button', { name: 'Kirim' }).click()
    await dialog.getByText('Tulis catatan untuk penulis.').waitFor()
    await dialog.getByLabel('Catatan (wajib)').fill('Sebutkan sumber kutipan di paragraf pertama.')
    await dialog.getByRole('button', { name: 'Kirim' }).click()
    await expect.poll(async () => (await stored()).status).toBe('returned')
  })

  it('the writer fixes it and resubmits, and cannot approve his own piece', async () => {
    await switchTo(WRITER)
    await app.page.evaluate((id) => {
      window.location.hash = `#/artikel/${id}`
    }, articleId)
    // Why it came back, right where he writes.
    const notice = app.page.getByRole('note', { name: `Dikembalikan oleh ${FIRST_EDITOR}` })
    await notice.getByText('Sebutkan sumber kutipan di paragraf pertama.').waitFor()
    await app.page.getByRole('textbox', { name: 'Isi berita' }).click()
    await app.page.keyboard.press('End')
    await app.page.keyboard.type(' Dikutip dari The Independent.')
    await app.page.getByRole('button', { name: 'Ajukan' }).click()
    await expect.poll(async () => (await stored()).status).toBe('submitted')
    await notice.waitFor({ state: 'detached' })

    // He is an editor too, but four eyes: no approve button for him, and main refuses outright.
    await openReview()
    await app.page.getByRole('navigation', { name: 'Antrean tinjauan' }).getByRole('link', { name: 'Putin Bakal Tiba di Korea Utara' }).click()
    await app.page.getByRole('button', { name: 'Kembalikan' }).waitFor()
    await expect(app.page.getByRole('button', { name: 'Setujui', exact: true }).count()).resolves.toBe(0)
    const article = await stored()
    const refused = await app.page.evaluate(({ id, rev }) => window.redaksi.workflow.transition({ id, rev, action: 'approve', overrideWarnings: true }), {
      id: article.id,
      rev: article.rev
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect((await stored()).status).toBe('submitted')
  })

  it('a second editor approves over the style warning; the article becomes read-only', async () => {
    await switchTo(SECOND_EDITOR)
    await app.page.reload()
    await app.page.getByRole('button', { name: 'Setujui', exact: true }).click()
    // The editor field is empty: a warning, which an editor may approve over, on the record.
    const confirm = app.page.getByRole('dialog', { name: 'Setujui meski ada peringatan?' })
    // The dialog names each warning the editor approves over, not only their number.
    const check = await app.page.evaluate((id) => window.redaksi.workflow.check({ id }), articleId)
    const warnings = check.ok ? check.value.findings.filter((f) => f.severity === 'warning').map((f) => f.message) : []
    expect(warnings).toEqual(['Editor belum diisi; editor yang menyetujui akan tercatat otomatis.'])
    const items = await confirm.getByRole('listitem').allInnerTexts()
    expect(items.length).toBe(warnings.length)
    items.forEach((item, i) => expect(item).toContain(warnings[i]))
    await confirm.getByRole('button', { name: 'Setujui dengan peringatan' }).click()
    await expect.poll(async () => (await stored()).status).toBe('approved')
    expect((await stored()).editor).toEqual([SECOND_EDITOR])

    await app.page.getByRole('button', { name: 'Buka di editor' }).click()
    await app.page.getByText('Artikel ini sudah disetujui dan hanya dapat dibaca.').waitFor()
    await expect(app.page.getByRole('textbox', { name: 'Judul', exact: true }).isDisabled()).resolves.toBe(true)
    await expect(app.page.getByRole('textbox', { name: 'Isi berita' }).getAttribute('contenteditable')).resolves.toBe('false')
    const before = (await stored()).rev
    const draft = await app.page.evaluate(async (id) => {
      const r = await window.redaksi.articles.get({ id })
      if (!r.ok) throw new Error('missing')
      const { id: _i, rev: _r, revId: _v, status: _s, createdAt: _c, updatedAt: _u, history: _h, ...rest } = r.value
      return window.redaksi.articles.save({ id, rev: r.value.rev, draft: { ...rest, headline: 'Diubah diam-diam' } })
    }, articleId)
    expect(draft).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect((await stored()).rev).toBe(before)
  })

  it('the history shows each step with who and when', async () => {
    await openReview()
    await app.page.evaluate((id) => {
      window.location.hash = `#/tinjauan/${id}`
    }, articleId)
    const history = app.page.getByRole('region', { name: 'Riwayat' })
    await history.waitFor()
    const text = await history.innerText()
    for (const line of [
      `${WRITER} membuat`,
      `${WRITER} mengajukan`,
      `${FIRST_EDITOR} mengembalikan`,
      'Sebutkan sumber kutipan di paragraf pertama.',
      `${WRITER} mengajukan ulang`,
      `${SECOND_EDITOR} menyetujui`
    ]) {
      expect(text).toContain(line)
    }
    expect(await history.locator('time').count()).toBe(6)
    // Every time on the newsroom's clock, in the one Kompas form; switching the zone moves them all.
    const first = history.locator('time').last()
    const at = (await first.getAttribute('datetime'))!
    expect(await first.innerText()).toBe(formatTanggal(publishedAt(wallClock(new Date(at), 'WIB'), 'WIB')))
    await app.page.getByLabel('Zona waktu').selectOption('WIT')
    await expect.poll(() => first.innerText()).toBe(formatTanggal(publishedAt(wallClock(new Date(at), 'WIT'), 'WIT')))

    // The compare view against the version first submitted shows the writer's fix word by word.
    const compare = app.page.getByRole('region', { name: 'Bandingkan versi' })
    const versions = compare.getByLabel('Bandingkan dengan')
    const revisions = await app.page.evaluate((id) => window.redaksi.articles.revisions({ id }), articleId)
    const firstSubmitted = revisions.ok ? revisions.value.filter((r) => r.status === 'submitted').sort((a, b) => a.rev - b.rev)[0] : undefined
    // It opens on the newest earlier submission (here the resubmission), each version named by its
    // event, person and time on the chosen clock.
    const lastSubmitted = revisions.ok ? revisions.value.filter((r) => r.status === 'submitted' && r.reason === 'status').sort((a, b) => b.rev - a.rev)[0] : undefined
    await expect.poll(() => versions.inputValue()).toBe(lastSubmitted!.revId)
    const label = formatTanggal(publishedAt(wallClock(new Date(lastSubmitted!.savedAt), 'WIT'), 'WIT'))
    expect(await versions.locator('option:checked').innerText()).toBe(`Versi ${lastSubmitted!.rev} · Diajukan oleh ${WRITER}, ${label}`)
    await versions.selectOption(firstSubmitted!.revId)
    await expect.poll(async () => compare.locator('ins').allInnerTexts()).toContainEqual(expect.stringContaining('Dikutip dari The Independent.'))
    await expect(compare.locator('del').count()).resolves.toBe(0)
    const steps = (await stored()).history.map((h) => [h.actor, h.action, h.to])
    expect(steps).toEqual([
      [WRITER, 'create', 'draft'],
      [WRITER, 'submit', 'submitted'],
      [FIRST_EDITOR, 'return', 'returned'],
      // The piece changed hands: his fix is history (decision 0046).
      [WRITER, 'edit', 'returned'],
      [WRITER, 'resubmit', 'submitted'],
      [SECOND_EDITOR, 'approve', 'approved']
    ])
  })
})
