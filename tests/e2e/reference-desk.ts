// A desk with the reference Kompas.tv article on it, imported from the fixture as a newsroom
// would: a writer and an editor, the two stories its Baca Juga blocks name, a note, and (when
// asked) a featured photo. Shared by the layout test, the accessibility test and the screenshots.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'

const fixture = resolve(import.meta.dirname, '../fixtures/kompas-tv-putin-korea-utara.txt')

export const BACA_JUGA_HEADLINES = [
  'Respons Kemenlu RI Terkait Pengiriman Pasukan Perdamaian ke Gaza: Tunggu Ada Mandat PBB',
  'Benjamin Netanyahu Bubarkan Kabinet Perang Israel, Perang di Gaza Usai?'
]

export interface ReferenceDesk {
  id: string
  writer: string
  editor: string
  /** The stories the Baca Juga blocks link, in BACA_JUGA_HEADLINES order. */
  targets: string[]
}

/** Fills the store behind `page` (already open on the app); the writer is the current profile. */
export async function seedReferenceDesk(page: Page, options: { photo?: boolean } = {}): Promise<ReferenceDesk> {
  const text = await readFile(fixture, 'utf8')
  return page.evaluate(
    async ({ text, targets, photo }) => {
      // Checked inline: tsx would wrap a named helper in a function the page does not have.
      const r = window.redaksi
      const writer = await r.profiles.save({ profile: { name: 'Haryo Jati', initials: 'HJ', role: 'penulis' } })
      const editor = await r.profiles.save({ profile: { name: 'Deni Muliya', initials: 'DM', role: 'editor' } })
      if (!writer.ok || !editor.ok) throw new Error('the profiles were not saved')
      await r.profiles.switch({ id: writer.value.id })
      const linked: string[] = []
      for (const headline of targets) {
        const created = await r.articles.create({ draft: { headline, section: 'internasional' } })
        if (!created.ok) throw new Error(created.error.message)
        linked.push(created.value.id)
      }
      const imported = await r.import.text({ fileName: 'putin.txt', text, onDuplicate: 'keep-both' })
      if (!imported.ok || imported.value.kind !== 'imported') throw new Error('the reference article was not imported')
      const id = imported.value.id
      const note = await r.notes.add({ articleId: id, body: 'Cek lagi hari di keterangan foto: 13/6/2023 itu Selasa.' })
      if (!note.ok) throw new Error(note.error.message)
      if (photo) {
        // A stand-in for the agency photo, drawn here: dusk over a city, so the page has a picture.
        const canvas = document.createElement('canvas')
        canvas.width = 1600
        canvas.height = 900
        const g = canvas.getContext('2d')!
        const sky = g.createLinearGradient(0, 0, 0, 900)
        sky.addColorStop(0, '#23395d')
        sky.addColorStop(0.6, '#c46b4e')
        sky.addColorStop(1, '#f2c572')
        g.fillStyle = sky
        g.fillRect(0, 0, 1600, 900)
        g.fillStyle = '#1b1f2a'
        for (let x = 0; x < 1600; x += 90) g.fillRect(x, 520 + ((x * 37) % 160), 70, 400)
        const png = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'))
        const bytes = new Uint8Array(await png!.arrayBuffer())
        let binary = ''
        for (const byte of bytes) binary += String.fromCharCode(byte)
        const put = await r.assets.put({ fileName: 'putin-kim.png', base64: btoa(binary) })
        const current = await r.articles.get({ id })
        if (!put.ok || !current.ok) throw new Error('the photo was not stored')
        const { id: _id, rev, revId: _revId, status: _status, createdAt: _created, updatedAt: _updated, history: _history, ...draft } = current.value
        const saved = await r.articles.save({ id, rev, draft: { ...draft, featuredImage: { ...draft.featuredImage!, asset: put.value.asset } } })
        if (!saved.ok) throw new Error(saved.error.message)
      }
      return { id, writer: writer.value.id, editor: editor.value.id, targets: linked }
    },
    { text, targets: BACA_JUGA_HEADLINES, photo: options.photo ?? false }
  )
}
