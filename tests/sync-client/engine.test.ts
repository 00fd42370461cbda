import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from '../server/harness'
import { openApp, readyDraft, signIn, startDesk, type App } from './desk'

const ACCOUNTS = [
  { login: 'wulan', name: 'Wulan Sari', role: 'penulis' },
  { login: 'bima', name: 'Bima Putra', role: 'editor' },
  { login: 'citra', name: 'Citra Dewi', role: 'editor' }
]

describe('sync engine against the real server', () => {
  let desk: Awaited<ReturnType<typeof startDesk>>
  const apps: App[] = []
  const app = async (login: string): Promise<App> => {
    const a = await openApp()
    apps.push(a)
    await signIn(a, desk.server.url, login)
    return a
  }
  beforeAll(async () => {
    desk = await startDesk(ACCOUNTS)
  }, 120_000)
  afterAll(async () => {
    for (const a of apps) await a.close()
    await desk?.stop()
  }, 60_000)

  it('carries a piece from the writer to the editor and the return note back, acting as the accounts', async () => {
    const writer = await app('wulan')
    const editor = await app('bima')
    const created = await writer.call('articles.create', { draft: readyDraft('Banjir Rob di Pesisir Utara') })
    const saved = await writer.call('articles.save', { id: created.id, rev: created.rev, draft: readyDraft('Banjir Rob di Pesisir Utara Jakarta', 'Banjir merendam ratusan rumah warga di pesisir.') })
    await writer.call('workflow.transition', { id: created.id, rev: saved.rev, action: 'submit' })
    expect((await writer.call('sync.status', {})).waiting).toBe(2) // the create took the save in; then the submit
    const afterPush = await writer.call('sync.now', {})
    expect(afterPush).toMatchObject({ phase: 'synced', waiting: 0, account: { displayName: 'Wulan Sari', role: 'penulis' } })

    await editor.call('sync.now', {})
    const seen = await editor.redaksi.sync.localArticle(created.id)
    expect(seen).toMatchObject({ headline: 'Banjir Rob di Pesisir Utara Jakarta', status: 'submitted' })
    await editor.call('workflow.transition', { id: seen!.id, rev: seen!.rev, action: 'start-review' })
    const reviewing = await editor.call('articles.get', { id: seen!.id })
    await editor.call('workflow.transition', { id: seen!.id, rev: reviewing.rev, action: 'return', note: 'Tambahkan kutipan BMKG.' })
    expect(await editor.call('sync.now', {})).toMatchObject({ phase: 'synced', waiting: 0 })

    await writer.call('sync.now', {})
    const back = await writer.call('articles.get', { id: created.id })
    expect(back.status).toBe('returned')
    expect(back.history.at(-1)).toMatchObject({ actor: 'Bima Putra', action: 'return', note: 'Tambahkan kutipan BMKG.' })
  }, 60_000)

  it('uploads an image with the piece and fetches it on the other machine', async () => {
    const writer = await app('wulan')
    const editor = await app('bima')
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('gambar uji redaksi')])
    const { asset } = await writer.call('assets.put', { fileName: 'foto.png', base64: png.toString('base64') })
    const created = await writer.call('articles.create', {
      draft: { ...readyDraft('Foto Banjir di Kampung Melayu'), featuredImage: { asset, caption: 'Banjir di Kampung Melayu.', credit: 'Kompas.tv' } }
    })
    expect((await writer.call('sync.now', {})).phase).toBe('synced')
    await editor.call('sync.now', {})
    const seen = (await editor.redaksi.sync.localArticle(created.id))!
    expect(seen.featuredImage?.asset).toBe(asset)
    const fetched = await editor.call('assets.get', { asset })
    expect(Buffer.from(fetched.base64, 'base64').equals(png)).toBe(true)
  }, 60_000)

  it('keeps both versions when two machines edit one article offline, and can keep both as two articles', async () => {
    const writer = await app('wulan')
    const editor = await app('citra')
    const created = await writer.call('articles.create', { draft: readyDraft('Harga Cabai Naik', 'Versi awal.') })
    await writer.call('sync.now', {})
    await editor.call('sync.now', {})
    const theirs = (await editor.redaksi.sync.localArticle(created.id))!
    // The editor's copy is the server's, stored by applyRemote under the writer's id; the writer's own
    // create came back as the same server copy (one id, rev, revId and history on both machines).
    const writersCopy = await writer.call('articles.get', { id: created.id })
    expect(theirs.id).toBe(created.id)
    expect([theirs.rev, theirs.revId]).toEqual([writersCopy.rev, writersCopy.revId])
    expect(theirs.history).toEqual(writersCopy.history)
    // Both edit without syncing; the editor's change reaches the server first.
    await editor.call('articles.save', { id: theirs.id, rev: theirs.rev, draft: readyDraft('Harga Cabai Naik Tajam', 'Versi editor.') })
    const mine = await writer.call('articles.get', { id: created.id })
    await writer.call('articles.save', { id: mine.id, rev: mine.rev, draft: readyDraft('Harga Cabai Naik Lagi', 'Versi penulis.') })
    expect(await editor.call('sync.now', {})).toMatchObject({ phase: 'synced' })
    const status = await writer.call('sync.now', {})
    expect(status.phase).toBe('conflict')
    expect(status.conflicts).toEqual([{ articleId: created.id, headline: 'Harga Cabai Naik Lagi', at: expect.any(String) }])
    expect(status.problems).toMatchObject([{ state: 'conflict', kind: 'article.save', articleId: created.id }])

    const both = await writer.call('sync.conflict', { articleId: created.id })
    expect(both.server.headline).toBe('Harga Cabai Naik Tajam')
    expect(both.local.headline).toBe('Harga Cabai Naik Lagi')
    // The local text stays in the store while the conflict waits.
    expect((await writer.call('articles.get', { id: created.id })).headline).toBe('Harga Cabai Naik Lagi')

    const copy = await writer.call('sync.resolve', { articleId: created.id, take: 'both' })
    expect(copy.id).not.toBe(created.id)
    expect(copy.headline).toBe('Harga Cabai Naik Lagi')
    expect((await writer.call('articles.get', { id: created.id })).headline).toBe('Harga Cabai Naik Tajam')
    expect(await writer.call('sync.now', {})).toMatchObject({ phase: 'synced', waiting: 0, conflicts: [] })
    await editor.call('sync.now', {})
    expect((await editor.redaksi.sync.localArticle(copy.id))?.headline).toBe('Harga Cabai Naik Lagi')
  }, 60_000)

  it('tells the loser of a workflow race why, and keeps the refused change until it is discarded', async () => {
    const writer = await app('wulan')
    const first = await app('bima')
    const second = await app('citra')
    const created = await writer.call('articles.create', { draft: readyDraft('Gempa di Selatan Jawa') })
    await writer.call('workflow.transition', { id: created.id, rev: created.rev, action: 'submit' })
    await writer.call('sync.now', {})
    await first.call('sync.now', {})
    await second.call('sync.now', {})
    for (const [editor, action, note] of [
      [first, 'return', 'Lengkapi magnitudo.'],
      [second, 'start-review', undefined]
    ] as const) {
      const a = (await editor.redaksi.sync.localArticle(created.id))!
      if (action === 'return') {
        const r = await editor.call('workflow.transition', { id: a.id, rev: a.rev, action: 'start-review' })
        await editor.call('workflow.transition', { id: a.id, rev: r.rev, action, note: note! })
      } else await editor.call('workflow.transition', { id: a.id, rev: a.rev, action })
    }
    expect(await first.call('sync.now', {})).toMatchObject({ phase: 'synced' })
    const lost = await second.call('sync.now', {})
    expect(lost.phase).toBe('refused')
    expect(lost.problems).toHaveLength(1)
    expect(lost.problems[0]).toMatchObject({ kind: 'workflow.transition', state: 'refused', articleId: created.id })
    expect(lost.problems[0]!.failure?.message).toMatch(/./)
    const kept = await second.call('sync.status', {})
    expect(kept.waiting).toBe(1)
    const after = await second.call('sync.discard', { changeId: lost.problems[0]!.changeId })
    expect(after).toMatchObject({ waiting: 0, problems: [] })
    expect((await second.redaksi.sync.localArticle(created.id))?.status).toBe('returned')
  }, 60_000)
})

describe('a client offline with 200 queued changes', () => {
  it('reports offline with the time, keeps every change, and sends all 200 once the server is back', async () => {
    const desk = await startDesk([{ login: 'wulan', name: 'Wulan Sari', role: 'penulis' }])
    const writer = await openApp()
    try {
      await signIn(writer, desk.server.url, 'wulan')
      const port = desk.server.port
      await desk.server.stop()
      const ids: string[] = []
      for (let i = 0; i < 100; i++) {
        const a = await writer.call('articles.create', { draft: readyDraft(`Laporan Lapangan ${i}`) })
        ids.push(a.id)
        // A second change each: a note, which never coalesces with the create.
        await writer.call('notes.add', { articleId: a.id, body: `Catatan ${i}` })
      }
      const offline = await writer.call('sync.now', {})
      expect(offline).toMatchObject({ phase: 'offline', waiting: 200 })
      expect(Date.parse(offline.offlineSince!)).toBeLessThanOrEqual(Date.now())
      const back = await startServer({ databaseUrl: desk.db.url, port })
      desk.server = back
      expect(await writer.call('sync.now', {})).toMatchObject({ phase: 'synced', waiting: 0, offlineSince: null })
      const reader = await openApp()
      try {
        await signIn(reader, back.url, 'wulan')
        const { total } = await reader.call('articles.list', { limit: 500 })
        expect(total).toBe(100)
        const notes = await reader.call('notes.list', { articleId: ids[57]! })
        expect(notes.map((n) => n.body)).toEqual(['Catatan 57'])
      } finally {
        await reader.close()
      }
    } finally {
      await writer.close()
      await desk.stop()
    }
  }, 180_000)
})
