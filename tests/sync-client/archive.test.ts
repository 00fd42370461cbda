// Part of the archive on a client (decisions 0037, 0038), against the real server: a narrower
// scope drops copies outside it but never own pieces or unsent work, a wider one brings them back,
// search reaches the server for pieces not kept and opening a hit stores it, offline search and
// names answer from this machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleDraft } from '../../src/shared/article'
import { openApp, readyDraft, signIn, startDesk, type App } from './desk'

const ACCOUNTS = [
  { login: 'wulan', name: 'Wulan Sari', role: 'penulis' },
  { login: 'dewi', name: 'Dewi Lestari', role: 'penulis' },
  { login: 'bima', name: 'Bima Putra', role: 'editor' },
  { login: 'citra', name: 'Citra Dewi', role: 'editor' }
]

const draft = (headline: string, section: string, text: string, sumber: string[] = ['Antara']): ArticleDraft => ({ ...readyDraft(headline, text), section, sumber })

describe('part of the archive on a client', () => {
  let desk: Awaited<ReturnType<typeof startDesk>>
  let writer: App
  let narrow: App
  const ids: Record<string, string> = {}
  const held = async (app: App): Promise<string[]> => {
    const { items } = await app.call('articles.list', { limit: 100 })
    return items.map((s) => Object.entries(ids).find(([, v]) => v === s.id)?.[0] ?? s.headline).sort()
  }

  beforeAll(async () => {
    desk = await startDesk(ACCOUNTS)
    writer = await openApp()
    narrow = await openApp()
    await signIn(writer, desk.server.url, 'wulan')
    await signIn(narrow, desk.server.url, 'dewi')
    for (const [name, section, text, sumber] of [
      ['W1', 'megapolitan', 'Banjir merendam permukiman di Kampung Melayu.', ['Reuters']],
      ['W2', 'dunia', 'Gempa mengguncang Jepang utara.', ['Antara']],
      ['W3', 'olahraga', 'Tim nasional menang tipis.', ['Antara']]
    ] as const) {
      ids[name] = (await writer.call('articles.create', { draft: draft(`Artikel ${name}`, section, text, [...sumber]) })).id
    }
    await writer.call('sync.now', {})
    ids.D1 = (await narrow.call('articles.create', { draft: draft('Artikel D1', 'hukum', 'Sidang ditunda pekan depan.') })).id
    await narrow.call('sync.now', {})
  }, 120_000)
  afterAll(async () => {
    await writer?.close()
    await narrow?.close()
    await desk?.stop()
  }, 60_000)

  it('holds everything by default', async () => {
    expect(await narrow.call('sync.scope', {})).toEqual({})
    expect(await held(narrow)).toEqual(['D1', 'W1', 'W2', 'W3'])
  })

  it('drops copies outside a narrower scope, but not its own pieces nor one with unsent changes; a wider one brings them back', async () => {
    // Dewi edits Wulan's draft: the server refuses it, and the change waits in her outbox.
    const w3 = (await narrow.call('articles.get', { id: ids.W3! }))
    await narrow.call('articles.save', { id: w3.id, rev: w3.rev, draft: draft('Artikel W3, disunting Dewi', 'olahraga', 'Tim nasional menang tipis.') })
    const status = await narrow.call('sync.now', {})
    expect(status.problems.map((p) => [p.articleId, p.state])).toEqual([[ids.W3, 'refused']])

    expect(await narrow.call('sync.setScope', { own: true, desks: ['dunia', 'dunia '] })).toEqual({ own: true, desks: ['dunia'] })
    await narrow.call('sync.now', {})
    expect(await held(narrow)).toEqual(['D1', 'W2', 'W3'])
    const gone = await narrow.redaksi.dispatch('articles.get', { id: ids.W1! })
    expect(gone.ok ? 'found' : gone.error.reason).toBe('store.article-not-found')

    // A piece that moves out of the desks later is dropped on the next pull, one that moves in arrives.
    const w2 = await writer.call('articles.get', { id: ids.W2! })
    await writer.call('articles.save', { id: w2.id, rev: w2.rev, draft: draft('Artikel W2', 'ekonomi', 'Gempa mengguncang Jepang utara.') })
    const w1 = await writer.call('articles.get', { id: ids.W1! })
    await writer.call('articles.save', { id: w1.id, rev: w1.rev, draft: draft('Artikel W1', 'dunia', 'Banjir merendam permukiman di Kampung Melayu.', ['Reuters']) })
    await writer.call('sync.now', {})
    await narrow.call('sync.now', {})
    expect(await held(narrow)).toEqual(['D1', 'W1', 'W3'])

    expect(await narrow.call('sync.setScope', {})).toEqual({})
    await narrow.call('sync.now', {})
    expect(await held(narrow)).toEqual(['D1', 'W1', 'W2', 'W3'])
    expect((await narrow.call('articles.get', { id: ids.W2! })).section).toBe('ekonomi')
  }, 60_000)

  it('keeps a piece that waits in a conflict, whatever the scope', async () => {
    const bima = await openApp()
    const citra = await openApp()
    try {
      await signIn(bima, desk.server.url, 'bima')
      await signIn(citra, desk.server.url, 'citra')
      const c1 = await citra.call('articles.create', { draft: draft('Artikel C1', 'olahraga', 'Pelatih baru diperkenalkan.') })
      await citra.call('sync.now', {})
      await bima.call('sync.now', {})
      const mine = await bima.call('articles.get', { id: c1.id })
      const theirs = await citra.call('articles.get', { id: c1.id })
      await citra.call('articles.save', { id: c1.id, rev: theirs.rev, draft: draft('Artikel C1, versi Citra', 'olahraga', 'Pelatih baru diperkenalkan.') })
      await citra.call('sync.now', {})
      await bima.call('articles.save', { id: c1.id, rev: mine.rev, draft: draft('Artikel C1, versi Bima', 'olahraga', 'Pelatih baru diperkenalkan.') })
      expect((await bima.call('sync.now', {})).conflicts.map((c) => c.articleId)).toEqual([c1.id])
      await bima.call('sync.setScope', { desks: ['teknologi'] })
      await bima.call('sync.now', {})
      // Everything else went; the conflicting piece stayed, with both versions.
      expect((await bima.call('articles.list', { limit: 100 })).items.map((i) => i.id)).toEqual([c1.id])
      expect((await bima.call('articles.get', { id: c1.id })).headline).toBe('Artikel C1, versi Bima')
      expect((await bima.call('sync.conflict', { articleId: c1.id })).server.headline).toBe('Artikel C1, versi Citra')
    } finally {
      await bima.close()
      await citra.close()
    }
  }, 60_000)

  it('finds a piece held only on the server, marked as such, and opening it stores it here', async () => {
    // A desk none of these pieces is in: Dewi's own D1 stays all the same, and so does W3 (unsent).
    await narrow.call('sync.setScope', { desks: ['teknologi'] })
    await narrow.call('sync.now', {})
    expect(await held(narrow)).toEqual(['D1', 'W3'])
    const found = await narrow.call('sync.search', { text: 'banjir' })
    expect(found).toEqual({ server: 'asked', hits: [expect.objectContaining({ id: ids.W1, headline: 'Artikel W1', onServer: true })] })
    // The plain search channel carries the same hits, marked the same way.
    expect((await narrow.call('articles.search', { text: 'banjir' })).map((h) => [h.id, h.onServer])).toEqual([[ids.W1, true]])
    // A hit this machine keeps is a local hit, not a server one.
    expect((await narrow.call('sync.search', { text: 'sidang' })).hits.map((h) => [h.id, h.onServer ?? false])).toEqual([[ids.D1, false]])

    const fetched = await narrow.call('sync.fetch', { id: ids.W1! })
    expect([fetched.id, fetched.headline, fetched.rev]).toEqual([ids.W1, 'Artikel W1', 2])
    expect((await narrow.call('sync.search', { text: 'banjir' })).hits.map((h) => [h.id, h.onServer ?? false])).toEqual([[ids.W1, false]])
    // Fetched on purpose: it stays through later pulls, even when it changes outside the scope.
    const w1 = await writer.call('articles.get', { id: ids.W1! })
    await writer.call('articles.save', { id: w1.id, rev: w1.rev, draft: draft('Artikel W1, diperbarui', 'dunia', 'Banjir merendam permukiman di Kampung Melayu.', ['Reuters']) })
    await writer.call('sync.now', {})
    await narrow.call('sync.now', {})
    expect(await held(narrow)).toEqual(['D1', 'W1', 'W3'])
    expect((await narrow.call('articles.get', { id: ids.W1! })).headline).toBe('Artikel W1, diperbarui')
  }, 60_000)

  it('suggests the newsroom’s names, and still does offline; searches locally offline and says the server was skipped', async () => {
    // Kyodo is credited only in W2, which this machine does not keep.
    const w2 = await writer.call('articles.get', { id: ids.W2! })
    await writer.call('articles.save', { id: w2.id, rev: w2.rev, draft: draft('Artikel W2', 'ekonomi', 'Gempa mengguncang Jepang utara.', ['Kyodo']) })
    await writer.call('sync.now', {})
    await narrow.call('sync.now', {})
    expect(await held(narrow)).toEqual(['D1', 'W1', 'W3'])
    const online = await narrow.call('articles.names', {})
    expect(online.sumber).toEqual(['Antara', 'Reuters', 'Kyodo'])
    expect(online.penulis).toEqual(['Wulan Sari'])

    await desk.server.stop()
    const offline = await narrow.call('articles.names', {})
    expect(offline).toEqual(online)
    expect(await narrow.call('sync.search', { text: 'sidang' })).toEqual({ server: 'skipped', hits: [expect.objectContaining({ id: ids.D1 })] })
    const fetchOffline = await narrow.redaksi.dispatch('sync.fetch', { id: ids.W2! })
    expect(fetchOffline.ok ? 'fetched' : fetchOffline.error.reason).toBe('sync.offline')
  }, 60_000)
})
