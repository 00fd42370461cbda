import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Importer } from '../../src/main/import/importer'
import { snapshotTree } from '../helpers/temp-dir'
import { failureText } from '../../src/shared/result'
import { FIXTURE_TEXT, fixtureDraft, openExchangeStore, storeArticle, type ExchangeStore } from '../export/exchange-fixture'

const NETANYAHU = 'Benjamin Netanyahu Bubarkan Kabinet Perang Israel, Perang di Gaza Usai?'

describe('importing Kompas text into the store', () => {
  let s: ExchangeStore
  let importer: Importer
  beforeEach(async () => {
    s = await openExchangeStore()
    importer = new Importer(s.store)
  })
  afterEach(async () => {
    await s.dispose()
  })

  async function file(name: string, data: string | Uint8Array): Promise<string> {
    const path = join(s.dir, name)
    await writeFile(path, data)
    return path
  }

  it('records who imported: the current profile, or "import" where there is none', async () => {
    const [anonymous] = await importer.importFiles([await file('a.txt', FIXTURE_TEXT)], 'ask')
    const [named] = await new Importer(s.store, { actor: 'Haryo Jati' }).importText('b.txt', FIXTURE_TEXT, 'keep-both').then((o) => [o])
    if (anonymous?.kind !== 'imported' || named?.kind !== 'imported') throw new Error('not imported')
    expect((await s.store.get(anonymous.id)).history[0]?.actor).toBe('import')
    expect((await s.store.get(named.id)).history[0]?.actor).toBe('Haryo Jati')
  })

  it('stores the fixture as a draft, linking the Baca Juga whose headline is stored', async () => {
    const target = await storeArticle(s.store, { ...fixtureDraft(), headline: NETANYAHU.toUpperCase() })
    const [outcome] = await importer.importFiles([await file('putin.txt', FIXTURE_TEXT)], 'ask')
    expect(outcome).toMatchObject({ kind: 'imported', fileName: 'putin.txt', replaced: false, bacaJuga: { linked: 1, unresolved: 1 } })
    if (outcome?.kind !== 'imported') return
    const stored = await s.store.get(outcome.id)
    expect(stored.status).toBe('draft')
    const baca = stored.body.content.filter((n) => n.type === 'bacaJuga').map((n) => n.attrs)
    expect(baca).toEqual([
      { articleId: null, title: 'Respons Kemenlu RI Terkait Pengiriman Pasukan Perdamaian ke Gaza: Tunggu Ada Mandat PBB' },
      { articleId: target.id, title: NETANYAHU }
    ])
  })

  it('stores nothing from a file that is not an article, and says why', async () => {
    const before = await snapshotTree(join(s.dir, 'store', 'articles'))
    const outcomes = await importer.importFiles(
      [
        await file('foto.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x10])),
        await file('catatan.txt', 'Daftar belanja\n\ntelur\n\nberas\n'),
        await file('kosong.txt', ''),
        join(s.dir, 'tidak-ada.txt')
      ],
      'ask'
    )
    expect(outcomes.map((o) => o.kind)).toEqual(['failed', 'failed', 'failed', 'failed'])
    expect(outcomes.map((o) => (o.kind === 'failed' ? o.failure : null))).toEqual([
      { reason: 'import.not-text', params: { file: 'foto.jpg' } },
      { reason: 'import.not-kompas', params: { file: 'catatan.txt' } },
      { reason: 'import.empty', params: { file: 'kosong.txt' } },
      { reason: 'import.file-missing', params: { file: join(s.dir, 'tidak-ada.txt') } }
    ])
    // Worded by whoever shows them, in their language.
    const words = outcomes.map((o) => (o.kind === 'failed' ? [failureText(o.failure, 'id'), failureText(o.failure, 'en')] : []))
    expect(words[0]).toEqual(['foto.jpg bukan berkas teks: simpan artikel sebagai teks biasa (.txt) dulu.', 'foto.jpg is not a text file: save the article as plain text (.txt) first.'])
    expect(words[2]).toEqual(['kosong.txt tidak dapat diimpor: berkasnya kosong.', 'kosong.txt cannot be imported: the file is empty.'])
    expect(await snapshotTree(join(s.dir, 'store', 'articles'))).toEqual(before)
    expect((await s.store.list()).total).toBe(0)
  })

  it('never duplicates silently: ask lists the stored copy, replace updates it, keep-both adds one', async () => {
    const path = await file('putin.txt', FIXTURE_TEXT)
    const [first] = await importer.importFiles([path], 'ask')
    expect(first?.kind).toBe('imported')
    const firstId = first?.kind === 'imported' ? first.id : ''

    const [asked] = await importer.importFiles([path], 'ask')
    expect(asked).toMatchObject({ kind: 'duplicate', duplicates: [{ id: firstId, status: 'draft' }] })
    expect((await s.store.list()).total).toBe(1)

    const [replaced] = await importer.importFiles([path], 'replace')
    expect(replaced).toMatchObject({ kind: 'imported', id: firstId, replaced: true })
    expect((await s.store.get(firstId)).rev).toBe(2)
    expect((await s.store.list()).total).toBe(1)

    const [kept] = await importer.importFiles([path], 'keep-both')
    expect(kept).toMatchObject({ kind: 'imported', replaced: false })
    expect((await s.store.list()).total).toBe(2)
  })

  it('recognises a repeat within one batch of files', async () => {
    const path = await file('putin.txt', FIXTURE_TEXT)
    const outcomes = await importer.importFiles([path, path], 'ask')
    expect(outcomes.map((o) => o.kind)).toEqual(['imported', 'duplicate'])
  })

  it('imports text the renderer read itself (browser transport)', async () => {
    const outcome = await importer.importText('putin.txt', FIXTURE_TEXT, 'ask')
    expect(outcome).toMatchObject({ kind: 'imported', headline: 'Putin Bakal Tiba di Korea Utara Selasa Besok, Kunjungi Negara Kim Jong-Un 2 Hari' })
  })
})
