// A scoped pull (decision 0037) drops copies outside this machine's part of the archive; a copy
// whose local rev the server never gave, with nothing queued carrying it, is text only this machine
// has (decision 0034), and stays. The unqueued state is made by taking the queued save out of the
// outbox, as a crash between store and outbox would have left it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, readyDraft, signIn, startDesk, type App, type Desk } from './desk'

describe('a scoped pull and unsent local text', () => {
  let desk: Desk
  const apps: App[] = []
  beforeAll(async () => {
    desk = await startDesk([
      { login: 'wulan', name: 'Wulan Sari', role: 'penulis' },
      { login: 'bima', name: 'Bima Putra', role: 'editor' }
    ])
  }, 120_000)
  afterAll(async () => {
    for (const a of apps) await a.close()
    await desk?.stop()
  }, 60_000)

  it('keeps a copy outside the scope whose newest text was never queued', async () => {
    const writer = await openApp()
    const editor = await openApp()
    apps.push(writer, editor)
    await signIn(writer, desk.server.url, 'wulan')
    await signIn(editor, desk.server.url, 'bima')
    const kept = await writer.call('articles.create', { draft: { ...readyDraft('Banjir di Kampung Melayu'), section: 'dunia' } })
    const dropped = await writer.call('articles.create', { draft: { ...readyDraft('Gempa di Jepang Utara'), section: 'dunia' } })
    await writer.call('sync.now', {})
    await editor.call('sync.now', {})
    await editor.call('sync.setScope', { desks: ['dunia'] })
    await editor.call('sync.now', {})

    const local = await editor.call('articles.get', { id: kept.id })
    await editor.call('articles.save', { id: kept.id, rev: local.rev, draft: { ...readyDraft('Banjir di Kampung Melayu, catatan editor'), section: 'dunia' } })
    await editor.redaksi.sync.outbox.discard(() => true)

    // Both pieces leave the editor's desks on the server.
    for (const id of [kept.id, dropped.id]) {
      const mine = await writer.call('articles.get', { id })
      await writer.call('articles.save', { id, rev: mine.rev, draft: { ...readyDraft(mine.headline), section: 'olahraga' } })
    }
    await writer.call('sync.now', {})
    await editor.call('sync.now', {})

    const gone = await editor.redaksi.dispatch('articles.get', { id: dropped.id })
    expect(gone.ok ? 'found' : gone.error.reason).toBe('store.article-not-found')
    expect((await editor.call('articles.get', { id: kept.id })).headline).toBe('Banjir di Kampung Melayu, catatan editor')
  }, 90_000)
})
