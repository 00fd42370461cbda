import { readFile, readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { referenceText } from '../helpers/reference-article'
import { useApp } from './harness'

const fixture = resolve(import.meta.dirname, '../fixtures/kompas-tv-putin-korea-utara.txt')
const HEADLINE = 'Putin Bakal Tiba di Korea Utara Selasa Besok, Kunjungi Negara Kim Jong-Un 2 Hari'
const word = resolve(import.meta.dirname, '../fixtures/word/gempa-cianjur-word.docx')
// The file field by the start of its label, which names every format the dialog takes.
const CHOOSE_FILES = /^Berkas teks Kompas \(\.txt\)/

describe('import and export from the app', () => {
  const app = useApp({ fresh: 'suite', viewport: { width: 1280, height: 900 } })
  // The browser host writes exports only inside its files folder: by default the data folder.
  const out = (): string => join(app.host.dataDir, 'ekspor')

  it('imports the Kompas text file, and asks before storing it a second time', async () => {
    await app.page.getByRole('button', { name: 'Impor…' }).click()
    await app.page.getByLabel(CHOOSE_FILES).setInputFiles(fixture)
    await app.page.getByRole('link', { name: `“${HEADLINE}” diimpor.` }).waitFor()
    await app.page.getByLabel(CHOOSE_FILES).setInputFiles(fixture)
    await app.page.getByText('Artikel ini sudah ada', { exact: true }).waitFor()
    await app.page.getByRole('button', { name: 'Simpan keduanya' }).click()
    await expect.poll(async () => app.page.getByRole('link', { name: `“${HEADLINE}” diimpor.` }).count()).toBe(2)
    const stored = await app.page.evaluate(() => window.redaksi.articles.list({}))
    expect(stored.ok && stored.value.items.filter((a) => a.headline === HEADLINE).length).toBe(2)
  })

  it('exports the imported article back to Kompas text, byte for byte', async () => {
    await app.page.getByRole('link', { name: `“${HEADLINE}” diimpor.` }).first().click()
    await app.page.getByRole('textbox', { name: 'Judul', exact: true }).waitFor()
    await app.page.getByRole('button', { name: 'Ekspor…' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Ekspor…' })
    await dialog.getByLabel('Format').selectOption('text')
    await dialog.getByText(`Di dalam folder berkas ${app.host.dataDir}; kosongkan untuk folder itu sendiri.`).waitFor()
    await dialog.getByLabel('Folder tujuan').fill('ekspor')
    await dialog.getByRole('button', { name: 'Ekspor', exact: true }).click()
    await dialog.getByText(`1 berkas diekspor ke ${out()}.`).waitFor()
    const files = await readdir(out())
    expect(files).toHaveLength(1)
    expect(await readFile(resolve(out(), files[0]!), 'utf8')).toBe(referenceText())
  })

  it('exports HTML and says where the file is when no browser can be opened from here', async () => {
    const dialog = app.page.getByRole('dialog', { name: 'Ekspor…' })
    await dialog.getByLabel('Format').selectOption('html')
    await dialog.getByRole('button', { name: 'Ekspor', exact: true }).click()
    await dialog.getByRole('button', { name: 'Buka di peramban' }).click()
    await dialog.getByText(/Tidak dapat membuka peramban dari sini/).waitFor()
    const html = (await readdir(out())).find((f) => f.endsWith('.html'))!
    expect(await readFile(resolve(out(), html), 'utf8')).toContain('<html lang="id">')
  })

  it('refuses a folder outside the files folder with the same words whether it exists or not', async () => {
    const dialog = app.page.getByRole('dialog', { name: 'Ekspor…' })
    const words = `Ekspor gagal: Ekspor hanya boleh di dalam folder berkas ${app.host.dataDir}: sebut folder di dalamnya (misalnya “ekspor”), tanpa “..”, path absolut, atau tautan yang mengarah ke luar.`
    for (const folder of ['/tmp', '../tidak-ada-di-mana-pun']) {
      await dialog.getByLabel('Folder tujuan').fill(folder)
      await dialog.getByRole('button', { name: 'Ekspor', exact: true }).click()
      await expect.poll(async () => dialog.getByRole('alert').innerText()).toBe(words)
    }
    await dialog.getByLabel('Folder tujuan').fill('ekspor')
  })

  it('exports every approved article as a folder of HTML pages with an index', async () => {
    // Approve the imported article as an editor would (the review journey tests the screens).
    const approved = await app.page.evaluate(async (headline) => {
      const r = window.redaksi
      const editor = await r.profiles.save({ profile: { name: 'Rina Kusuma', initials: 'RK', role: 'redaktur-pelaksana' } })
      if (!editor.ok) throw new Error(editor.error.message)
      await r.profiles.switch({ id: editor.value.id })
      const list = await r.articles.list({})
      const article = list.ok ? list.value.items.find((a) => a.headline === headline) : undefined
      if (!article) throw new Error('no article')
      const full = await r.articles.get({ id: article.id })
      if (!full.ok) throw new Error(full.error.message)
      // Put right what the house style blocks on (the caption's weekday), then submit and approve.
      const { id, rev, revId: _v, status: _s, createdAt: _c, updatedAt: _u, history: _h, ...draft } = full.value
      const caption = draft.featuredImage!.caption.replace('Rabu, (13/6/2023)', 'Selasa (13/6/2023)')
      const saved = await r.articles.save({ id, rev, draft: { ...draft, featuredImage: { ...draft.featuredImage!, caption } } })
      if (!saved.ok) throw new Error(saved.error.message)
      const submitted = await r.workflow.transition({ id, rev: saved.value.rev, action: 'submit' })
      if (!submitted.ok) throw new Error(submitted.error.message)
      // Rina edited and submitted it, so another editor approves (four eyes from history, decision 0046).
      const second = await r.profiles.save({ profile: { name: 'Deni Muliya', initials: 'DM', role: 'editor' } })
      if (!second.ok) throw new Error(second.error.message)
      await r.profiles.switch({ id: second.value.id })
      const done = await r.workflow.transition({ id, rev: submitted.value.rev, action: 'approve', overrideWarnings: true })
      if (!done.ok) throw new Error(done.error.message)
      return done.value.status
    }, HEADLINE)
    expect(approved).toBe('approved')

    const folder = join(app.host.dataDir, 'disetujui', 'hari-ini')
    await app.page.goto(app.host.origin + '/#/')
    await app.page.getByRole('button', { name: 'Ekspor yang disetujui…' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Ekspor yang disetujui…' })
    await dialog.getByLabel('Folder tujuan').fill('disetujui/hari-ini')
    await dialog.getByRole('button', { name: 'Ekspor', exact: true }).click()
    await dialog.getByText(`2 berkas diekspor ke ${folder}.`).waitFor()
    const files = await readdir(folder)
    expect(files).toContain('index.html')
    expect(files.filter((f) => f.endsWith('.html'))).toHaveLength(2)
    expect(await readFile(resolve(folder, 'index.html'), 'utf8')).toContain('Putin Bakal Tiba di Korea Utara')
  })

  it('imports a UTF-16 file saved by Notepad, and names the line of a byte that is not UTF-8', async () => {
    const source = await readFile(fixture, 'utf8')
    const utf16 = Buffer.from('\ufeff' + source.replace(HEADLINE, 'Putin di Pyongyang, Naskah UTF-16'), 'utf16le')
    const lines = source.replace(HEADLINE, 'Putin di Pyongyang, Naskah dengan Bita Liar').split('\n')
    const strayLine = lines.findIndex((line) => line.startsWith('PYONGYANG')) + 1
    // A Windows-1252 opening quote (0x93) before "Putin" in the dateline's paragraph.
    const before = lines.slice(0, strayLine).join('\n')
    const at = before.lastIndexOf('Putin')
    const stray = Buffer.concat([Buffer.from(before.slice(0, at), 'utf8'), Buffer.from([0x93]), Buffer.from(before.slice(at) + '\n' + lines.slice(strayLine).join('\n'), 'utf8')])
    await app.page.keyboard.press('Escape')
    await app.page.getByRole('button', { name: 'Impor…' }).click()
    const input = app.page.getByLabel(CHOOSE_FILES)
    await input.setInputFiles([
      { name: 'notepad-unicode.txt', mimeType: 'text/plain', buffer: utf16 },
      { name: 'bita-liar.txt', mimeType: 'text/plain', buffer: stray }
    ])
    await app.page.getByRole('link', { name: '“Putin di Pyongyang, Naskah UTF-16” diimpor.' }).waitFor()
    const note = app.page.locator('.import-dialog__notes li')
    await note.waitFor()
    expect(await note.allInnerTexts()).toEqual([
      `ada bita yang bukan UTF-8 pada baris ${strayLine}; masing-masing dibaca sebagai huruf Windows-1252, periksa baris itu`
    ])
    const stored = await app.page.evaluate(async () => {
      const list = await window.redaksi.articles.list({})
      if (!list.ok) throw new Error(list.error.message)
      const find = async (headline: string) => {
        const item = list.value.items.find((a) => a.headline === headline)
        const full = item && (await window.redaksi.articles.get({ id: item.id }))
        if (!full || !full.ok) return null
        const body = JSON.stringify(full.value.body)
        return { dateline: full.value.dateline, quoted: body.includes('Vladimir “Putin bakal tiba'), plain: body.includes('Vladimir Putin bakal tiba') }
      }
      return [await find('Putin di Pyongyang, Naskah UTF-16'), await find('Putin di Pyongyang, Naskah dengan Bita Liar')]
    })
    const dateline = { city: 'PYONGYANG', outlet: 'KOMPAS.TV' }
    expect(stored).toEqual([
      { dateline, quoted: false, plain: true },
      { dateline, quoted: true, plain: false }
    ])
  })

  it('imports a Word document through the dialog, its fields and photo read', async () => {
    await app.page.keyboard.press('Escape')
    await app.page.getByRole('button', { name: 'Impor…' }).click()
    await app.page.getByLabel(CHOOSE_FILES).setInputFiles(word)
    const headline = 'Gempa M 5,6 Guncang Cianjur, BMKG Minta Warga Waspada & Jauhi Bangunan Retak'
    await app.page.getByRole('link', { name: `“${headline}” diimpor.` }).waitFor()
    const stored = await app.page.evaluate(async (headline) => {
      const list = await window.redaksi.articles.list({})
      const item = list.ok ? list.value.items.find((a) => a.headline === headline) : undefined
      const full = item && (await window.redaksi.articles.get({ id: item.id }))
      if (!full || !full.ok) return null
      const { section, published, dateline, penulis, editor, sumber, featuredImage, body } = full.value
      return { section, published, dateline, penulis, editor, sumber, caption: featuredImage?.caption, credit: featuredImage?.credit, photo: featuredImage?.asset?.endsWith('.png'), blocks: body.content.map((n) => n.type) }
    }, headline)
    expect(stored).toEqual({
      section: 'regional',
      published: { at: '2022-11-21T14:10:00+07:00', zone: 'WIB' },
      dateline: { city: 'CIANJUR', outlet: 'KOMPAS.com' },
      penulis: ['Firman Taufiqurrahman'],
      editor: ['Aprillia Ika'],
      sumber: ['Kompas.com'],
      caption: 'Warga berada di luar rumah setelah gempa di Cianjur.',
      credit: 'KOMPAS.com/FIRMAN TAUFIQURRAHMAN',
      photo: true,
      blocks: ['paragraph', 'paragraph', 'bacaJuga', 'heading', 'orderedList', 'bulletList', 'blockquote', 'paragraph']
    })
  })
})
