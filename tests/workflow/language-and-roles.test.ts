// Answers in the language the user chose, from the next answer on; and every channel that changes
// an article's status goes through the workflow's role checks and table.
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { failureText } from '../../src/shared/result'
import { openTestRedaksi } from '../helpers/redaksi'
import { snapshotTree } from '../helpers/temp-dir'
import { actAs, call, cleanDraft, createArticle, move, refusal } from './harness'

const INDONESIAN = /\b(tidak|sudah|artikel|berkas|bukan|dengan|untuk|yang|ditemukan|pilih|profil|dulu|permintaan|saluran|kosong|gambar)\b/i

describe('the language of the answers', () => {
  let redaksi: Awaited<ReturnType<typeof openTestRedaksi>>
  beforeEach(async () => {
    redaksi = await openTestRedaksi()
  })
  afterEach(() => redaksi.dispose())

  it('words every failure in the settings language, switching on the next answer', async () => {
    const article = await createArticle(redaksi)
    const askAll = async () => [
      await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action: 'submit' }),
      await refusal(redaksi, 'articles.get', { id: '01J0000000000000000000000Z' }),
      await refusal(redaksi, 'articles.save', { id: article.id, rev: article.rev + 5, draft: cleanDraft() }),
      await refusal(redaksi, 'assets.put', { fileName: 'foto.jpg', base64: 'AAAA' }),
      await refusal(redaksi, 'export.batch', { outDir: 'ekspor', status: 'published' }),
      await refusal(redaksi, 'settings.update', { headlineLimit: 5000 }),
      await refusal(redaksi, 'nonexistent.channel' as 'app.info', {})
    ]
    const indonesian = await askAll()
    expect(indonesian.map((f) => f.message)).toEqual([
      'Pilih profil dulu.',
      'Artikel 01J0000000000000000000000Z tidak ditemukan.',
      `Artikel ${article.id} sudah diubah di tempat lain: Anda menyunting revisi ${article.rev + 5}, penyimpanan berisi ${article.rev}. Tidak ada yang disimpan.`,
      'foto.jpg bukan gambar JPEG, PNG, GIF atau WebP.',
      'Tidak ada artikel berstatus Terbit untuk diekspor.',
      'Permintaan settings.update tidak sah.',
      'Saluran tidak dikenal: nonexistent.channel.'
    ])

    await call(redaksi, 'settings.update', { language: 'en' })
    const english = await askAll()
    expect(english.map((f) => f.reason)).toEqual(indonesian.map((f) => f.reason))
    expect(english.map((f) => f.message)).toEqual([
      'Choose a profile first.',
      'Article 01J0000000000000000000000Z was not found.',
      `Article ${article.id} was changed elsewhere: you edited revision ${article.rev + 5}, the store has ${article.rev}. Nothing was saved.`,
      'foto.jpg is not a JPEG, PNG, GIF or WebP image.',
      'There are no Published articles to export.',
      'The settings.update request is not valid.',
      'Unknown channel: nonexistent.channel.'
    ])
    expect(english[5]!.issues).toEqual([{ at: { field: 'request', path: ['headlineLimit'] }, kind: 'too-big', params: { max: 300 }, message: 'headlineLimit: is too large (max. 300)' }])
    for (const f of english) expect(failureText(f, 'en')).not.toMatch(INDONESIAN)

    // An import outcome is data: the asker words it.
    const outcome = await call(redaksi, 'import.text', { fileName: 'catatan.txt', text: 'Daftar belanja\n\ntelur\n' })
    expect(outcome).toEqual({ kind: 'failed', fileName: 'catatan.txt', failure: { reason: 'import.not-kompas', params: { file: 'catatan.txt' } } })

    await call(redaksi, 'settings.update', { language: 'id' })
    expect((await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action: 'submit' })).message).toBe('Pilih profil dulu.')
  })
})

describe('status changes through every channel', () => {
  let redaksi: Awaited<ReturnType<typeof openTestRedaksi>>
  beforeEach(async () => {
    redaksi = await openTestRedaksi()
  })
  afterEach(() => redaksi.dispose())

  it('refuses a penulis spiking another writer’s draft through articles.spike, and writes nothing', async () => {
    await actAs(redaksi, 'Budi Santoso', 'penulis')
    const theirs = await createArticle(redaksi, cleanDraft({ penulis: ['Budi Santoso'] }))
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    const before = await snapshotTree(join(redaksi.dataDir, 'store'))
    expect(await refusal(redaksi, 'articles.spike', { id: theirs.id, rev: theirs.rev })).toEqual({
      code: 'forbidden',
      reason: 'workflow.not-own',
      params: { action: 'spike' },
      message: 'Hanya penulis artikel ini atau editor yang dapat membuang artikel ini.'
    })
    expect(await snapshotTree(join(redaksi.dataDir, 'store'))).toEqual(before)
    expect(await call(redaksi, 'articles.get', { id: theirs.id })).toEqual(theirs)

    // Their own draft they may spike, and the history says who.
    const mine = await createArticle(redaksi)
    const spiked = await call(redaksi, 'articles.spike', { id: mine.id, rev: mine.rev })
    expect(spiked.history.at(-1)).toMatchObject({ actor: 'Haryo Jati', action: 'spike', from: 'draft', to: 'spiked' })
  })

  it('refuses articles.spike without a profile, as every workflow action', async () => {
    const article = await createArticle(redaksi)
    expect(await refusal(redaksi, 'articles.spike', { id: article.id, rev: article.rev })).toEqual({ code: 'forbidden', reason: 'workflow.no-profile', message: 'Pilih profil dulu.' })
    expect((await call(redaksi, 'articles.get', { id: article.id })).status).toBe('draft')
  })

  it('brings a spiked piece back where the table says: an approved piece returns as a draft', async () => {
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    let article = await createArticle(redaksi, cleanDraft({ penulis: ['Haryo Jati'] }))
    article = await move(redaksi, article, 'submit')
    await actAs(redaksi, 'Deni Muliya', 'editor')
    article = await move(redaksi, article, 'approve')
    article = await call(redaksi, 'articles.spike', { id: article.id, rev: article.rev })
    expect(article.status).toBe('spiked')
    article = await move(redaksi, article, 'unspike')
    expect(article.status).toBe('draft')
    expect(article.history.at(-1)).toMatchObject({ action: 'unspike', from: 'spiked', to: 'draft' })
  })
})
