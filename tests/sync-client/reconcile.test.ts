// The gap between the store's write and the outbox's: a real app process signed in to the real
// server is SIGKILLed right between the two (the recorder's test-only crash point), and a reopened
// app queues what the store holds and the server lacks, and sends it exactly once. Also: drafts
// made before connecting, and edits made while signed out, go as the signed-in account's.
import { describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import { killAt, useCrashDesk } from './crash-desk'
import { readyDraft, signIn, type App } from './desk'

describe('reconcile: no change the store holds is left unsent', () => {
  const crash = useCrashDesk('redaksi-reconcile-')
  const { folder, reopen } = crash
  /** The server's copy, read by another account over the raw API; null when it has none. */
  const onServer = async (id: string): Promise<Article | null> => (await crash.onServer(id))?.article ?? null
  const queued = (app: App) => app.redaksi.sync.outbox.list().map((e) => [e.change.kind, e.change.kind === 'asset.put' ? null : e.change.baseRev, e.by?.login])

  it('queues a save killed before its queueing on the rev the server gave, and sends it once', async () => {
    const dataDir = await folder()
    const first = await reopen(dataDir)
    await signIn(first, crash.desk.server.url, 'wulan')
    const created = await first.call('articles.create', { draft: readyDraft('Longsor di Cianjur') })
    expect(await first.call('sync.now', {})).toMatchObject({ phase: 'synced', waiting: 0 })
    const synced = await first.call('articles.get', { id: created.id })
    await first.redaksi.close()

    await killAt('REDAKSI_TEST_KILL_BEFORE_QUEUE', dataDir, 'articles.save', { id: created.id, rev: synced.rev, draft: readyDraft('Longsor di Cianjur, 12 Rumah Tertimbun') })

    const after = await reopen(dataDir)
    expect((await after.call('articles.get', { id: created.id })).headline).toBe('Longsor di Cianjur, 12 Rumah Tertimbun')
    expect(after.redaksi.sync.outbox.size).toBe(0) // the crash left it out of the queue
    expect(await after.redaksi.sync.reconcile()).toBe(1)
    expect(queued(after)).toEqual([['article.save', 1, 'wulan']])
    expect(await after.call('sync.now', {})).toMatchObject({ phase: 'synced', waiting: 0 })
    expect(await onServer(created.id)).toMatchObject({ rev: 2, headline: 'Longsor di Cianjur, 12 Rumah Tertimbun' })
    // Nothing is queued twice: a second reconcile and round leave the server at rev 2.
    expect(await after.redaksi.sync.reconcile()).toBe(0)
    await after.call('sync.now', {})
    expect((await onServer(created.id))!.rev).toBe(2)
    await after.redaksi.close()
  }, 90_000)

  it('queues a create killed before its queueing, and the engine sends it in its first round', async () => {
    const dataDir = await folder()
    const first = await reopen(dataDir)
    await signIn(first, crash.desk.server.url, 'wulan')
    await first.redaksi.close()

    await killAt('REDAKSI_TEST_KILL_BEFORE_QUEUE', dataDir, 'articles.create', { draft: readyDraft('Gempa Guncang Sumedang') })

    const after = await reopen(dataDir)
    const [local] = (await after.call('articles.list', {})).items
    expect(local!.headline).toBe('Gempa Guncang Sumedang')
    expect(await onServer(local!.id)).toBeNull()
    // No explicit reconcile: the first round after opening does it before pushing.
    expect(await after.call('sync.now', {})).toMatchObject({ phase: 'synced', waiting: 0 })
    expect(await onServer(local!.id)).toMatchObject({ rev: 1, headline: 'Gempa Guncang Sumedang', history: [{ action: 'create', actor: 'Wulan Sari' }] })
    await after.call('sync.now', {})
    expect((await onServer(local!.id))!.rev).toBe(1)
    await after.redaksi.close()
  }, 90_000)

  it('queues a workflow move killed before its queueing', async () => {
    const dataDir = await folder()
    const first = await reopen(dataDir)
    await signIn(first, crash.desk.server.url, 'wulan')
    const created = await first.call('articles.create', { draft: readyDraft('Kemarau Panjang di Gunungkidul') })
    await first.call('sync.now', {})
    const synced = await first.call('articles.get', { id: created.id })
    await first.redaksi.close()

    await killAt('REDAKSI_TEST_KILL_BEFORE_QUEUE', dataDir, 'workflow.transition', { id: created.id, rev: synced.rev, action: 'submit' })

    const after = await reopen(dataDir)
    expect((await after.call('articles.get', { id: created.id })).status).toBe('submitted')
    expect(await after.redaksi.sync.reconcile()).toBe(1)
    expect(queued(after)).toEqual([['workflow.transition', 1, 'wulan']])
    expect(await after.call('sync.now', {})).toMatchObject({ phase: 'synced', waiting: 0 })
    expect(await onServer(created.id)).toMatchObject({ status: 'submitted', history: [{ action: 'create' }, { action: 'submit', actor: 'Wulan Sari' }] })
    await after.redaksi.close()
  }, 90_000)

  it('sends drafts made before connecting, and edits made while signed out, as the account that signs in', async () => {
    const app = await reopen()
    const one = await app.call('articles.create', { draft: readyDraft('Pasar Terapung Banjarmasin') })
    const two = await app.call('articles.create', { draft: readyDraft('Festival Danau Toba') })
    expect(await app.call('sync.status', {})).toMatchObject({ phase: 'local', waiting: 0, held: [] })

    await signIn(app, crash.desk.server.url, 'wulan')
    expect(await app.call('sync.status', {})).toMatchObject({ phase: 'synced', waiting: 0 })
    for (const id of [one.id, two.id]) expect(await onServer(id)).toMatchObject({ rev: 1, status: 'draft', history: [{ action: 'create', actor: 'Wulan Sari' }] })

    await app.call('sync.logout', {})
    const local = await app.call('articles.get', { id: one.id })
    await app.call('articles.save', { id: one.id, rev: local.rev, draft: readyDraft('Pasar Terapung Banjarmasin Sepi Pengunjung') })
    expect((await onServer(one.id))!.headline).toBe('Pasar Terapung Banjarmasin')
    await signIn(app, crash.desk.server.url, 'wulan')
    expect(await app.call('sync.status', {})).toMatchObject({ phase: 'synced', waiting: 0 })
    expect(await onServer(one.id)).toMatchObject({ rev: 2, headline: 'Pasar Terapung Banjarmasin Sepi Pengunjung' })
    expect((await onServer(two.id))!.rev).toBe(1)
  }, 90_000)

  it('queues nothing for a server version that was stored when sync did not get to write it down', async () => {
    const writer = await reopen()
    const editor = await reopen()
    await signIn(writer, crash.desk.server.url, 'wulan')
    await signIn(editor, crash.desk.server.url, 'bima')
    const created = await writer.call('articles.create', { draft: readyDraft('Harga Beras Turun') })
    await writer.call('sync.now', {})
    await editor.call('sync.now', {})
    expect((await editor.redaksi.sync.localArticle(created.id))!.headline).toBe('Harga Beras Turun')
    // What a crash between the store's applyRemote and the state's write leaves behind.
    await editor.redaksi.sync.state.update((s) => void delete s.replicas[created.id])
    expect(await editor.redaksi.sync.reconcile()).toBe(0)
    expect(editor.redaksi.sync.outbox.size).toBe(0)
    expect(editor.redaksi.sync.state.replica(created.id)).toEqual({ serverRev: 1, localRev: 1 })
  }, 90_000)
})
