import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openArticleStore, type ArticleStore, type StoreChange } from '../../src/main/store'
import { makeRevId } from '../../src/main/store/ids'
import type { Article } from '../../src/shared/article'
import { draft, manualClock, paragraphs, refusal, snapshotTree, tempStoreDir } from './helpers'

/** A version as the newsroom server would send it: its own rev, revId, history and times. */
function serverVersion(base: Article, changes: Partial<Article>, rev = base.rev + 3): Article {
  const next = { ...base, ...changes, rev, updatedAt: '2024-06-18T02:00:00.000Z' }
  const { revId: _r, rev: _n, ...content } = next
  return { ...next, revId: makeRevId(rev, base.revId, content) }
}

function follow(store: ArticleStore): StoreChange[] {
  const seen: StoreChange[] = []
  store.onChange((c) => seen.push(c))
  return seen
}

describe('applyRemote: the server’s version, written as given', () => {
  it('writes a new article exactly, durably, listed, searchable, with a revision, across a reopen', async () => {
    const dir = await tempStoreDir()
    const origin = await openArticleStore(await tempStoreDir())
    const made = await origin.create(draft({ headline: 'Banjir Rendam Makassar', body: paragraphs('Hujan deras merendam Makassar.') }), 'rina')
    await origin.close()
    const remote = serverVersion(made, { status: 'submitted', history: [...made.history, { at: '2024-06-18T02:00:00.000Z', actor: 'rina', action: 'submit', from: 'draft', to: 'submitted' }] })

    const store = await openArticleStore(dir)
    const seen = follow(store)
    expect(await store.applyRemote(remote, 'rina@server')).toEqual(remote)
    expect(await store.get(remote.id)).toEqual(remote)
    const onDisk = JSON.parse(await readFile(join(dir, 'articles', `${remote.id}.json`), 'utf8'))
    expect(onDisk).toEqual({ schemaVersion: 2, article: remote, snapshot: { at: expect.any(String), rev: remote.rev }, savedBy: 'rina@server' })
    expect((await store.list({ status: 'submitted' })).items.map((s) => [s.id, s.rev])).toEqual([[remote.id, remote.rev]])
    expect((await store.search('makassar')).map((s) => s.id)).toEqual([remote.id])
    expect((await store.listRevisions(remote.id)).map((r) => [r.rev, r.reason, r.savedBy])).toEqual([[remote.rev, 'remote', 'rina@server']])
    expect(seen).toEqual([{ id: remote.id, rev: remote.rev, revId: remote.revId, origin: 'remote', deleted: false }])
    await store.close()

    const again = await openArticleStore(dir)
    expect(again.openReport).toMatchObject({ quarantined: [], indexRebuilt: false, reread: 0 })
    expect(await again.get(remote.id)).toEqual(remote)
    await again.close()
  })

  it('replaces a local version, keeping the unsnapshotted local edit as a revision', async () => {
    const clock = manualClock()
    const store = await openArticleStore(await tempStoreDir(), { now: clock.now, revisionIntervalMs: 60_000 })
    const a = await store.create(draft({ headline: 'Versi satu' }))
    clock.advance(5_000)
    const local = await store.save(a.id, 1, draft({ headline: 'Suntingan lokal' }))
    const remote = serverVersion(a, { headline: 'Versi server' }, 2)
    clock.advance(5_000)
    expect(await store.applyRemote(remote)).toEqual(remote)
    expect(await store.get(a.id)).toEqual(remote)
    const revs = await store.listRevisions(a.id)
    // The remote rev 2 and the local rev 2 share a number but not a revId: both are kept.
    expect(revs.map((r) => [r.revId, r.reason, r.headline])).toEqual([
      [remote.revId, 'remote', 'Versi server'],
      [local.revId, 'edit', 'Suntingan lokal'],
      [a.revId, 'create', 'Versi satu']
    ])
    expect((await store.getRevision(a.id, local.revId)).headline).toBe('Suntingan lokal')
    // A local save based on the rev it had before is now a conflict; one on the server's rev works.
    expect(await refusal(store.save(a.id, local.rev + 1, draft()))).toEqual({ reason: 'store.conflict', params: { id: a.id, baseRev: 3, currentRev: 2 } })
    expect((await store.save(a.id, remote.rev, draft({ headline: 'Lanjut dari server' }))).rev).toBe(3)
    await store.close()
  })

  it('places the article by status: a spiked version goes to the trash and an unspiked one comes back', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    const a = await store.create(draft())
    const spiked = serverVersion(a, { status: 'spiked' })
    await store.applyRemote(spiked)
    expect(existsSync(join(dir, 'trash', `${a.id}.json`))).toBe(true)
    expect(existsSync(join(dir, 'articles', `${a.id}.json`))).toBe(false)
    expect((await store.listTrash()).map((s) => s.id)).toEqual([a.id])
    expect((await store.list()).total).toBe(0)
    const back = serverVersion(spiked, { status: 'draft' }, spiked.rev + 1)
    await store.applyRemote(back)
    expect(existsSync(join(dir, 'articles', `${a.id}.json`))).toBe(true)
    expect(existsSync(join(dir, 'trash', `${a.id}.json`))).toBe(false)
    expect(await store.listTrash()).toEqual([])
    await store.close()
  })

  it('brings back an article whose trash was emptied, and its tombstone goes', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    let a = await store.create(draft())
    a = await store.spike(a.id, a.rev)
    await store.emptyTrash()
    expect((await store.listTombstones()).map((t) => t.id)).toEqual([a.id])
    const revived = serverVersion(a, { status: 'draft' }, a.rev + 2)
    await store.applyRemote(revived)
    expect(await store.listTombstones()).toEqual([])
    expect(existsSync(join(dir, 'tombstones', `${a.id}.json`))).toBe(false)
    expect(await store.get(a.id)).toEqual(revived)
    await store.close()
  })

  it('writes nothing and tells no one when the server sends back this laptop’s own version', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    const a = await store.create(draft())
    await store.flush()
    const before = await snapshotTree(dir)
    const seen = follow(store)
    expect(await store.applyRemote(structuredClone(a))).toEqual(a)
    await store.flush()
    expect(await snapshotTree(dir)).toEqual(before)
    expect(seen).toEqual([])
    await store.close()
  })

  it('refuses what ArticleSchema refuses, with the article id, and writes nothing', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    const a = await store.create(draft())
    await store.flush()
    const before = await snapshotTree(dir)
    const bad = { ...a, rev: 0 }
    const refused = await refusal(store.applyRemote(bad))
    expect(refused).toEqual({ reason: 'store.invalid-article', params: { id: a.id }, issues: [expect.objectContaining({ at: { field: 'request', path: ['rev'] }, kind: 'too-small' })] })
    expect((await refusal(store.applyRemote({ ...a, revId: 'nope' }))).reason).toBe('store.invalid-article')
    expect(await refusal(store.applyRemote(null as never))).toMatchObject({ reason: 'store.invalid-article', params: { id: '?' } })
    await store.flush()
    expect(await snapshotTree(dir)).toEqual(before)
    await store.close()
    expect(await refusal(store.applyRemote(a))).toEqual({ reason: 'store.closed' })
  })

  it('runs in the write queue: a local save queued behind it sees its rev', async () => {
    const store = await openArticleStore(await tempStoreDir())
    const a = await store.create(draft())
    const remote = serverVersion(a, { headline: 'Dari server' }, 5)
    const [applied, local] = await Promise.allSettled([store.applyRemote(remote), store.save(a.id, 1, draft({ headline: 'Lokal' }))])
    expect(applied).toEqual({ status: 'fulfilled', value: remote })
    expect(local.status).toBe('rejected')
    expect(await refusal(store.save(a.id, 1, draft()))).toEqual({ reason: 'store.conflict', params: { id: a.id, baseRev: 1, currentRev: 5 } })
    await store.close()
  })
})

describe('onChange: every acknowledged write, local or remote', () => {
  it('tells each write in queue order, with the rev on disk, and the deletion when the trash is emptied', async () => {
    const clock = manualClock()
    const store = await openArticleStore(await tempStoreDir(), { now: clock.now })
    const seen = follow(store)
    const created = await store.create(draft({ body: paragraphs('Satu.') }))
    let a = created
    clock.advance(120_000)
    const saved = await store.save(a.id, 1, draft({ body: paragraphs('Dua.') }))
    const restored = await store.restoreRevision(a.id, a.revId, 2)
    const submitted = await store.setStatus(a.id, 3, 'submitted', { actor: 'haryo', action: 'submit' })
    const spiked = await store.spike(a.id, 4)
    const unspiked = await store.unspike(a.id)
    a = await store.spike(a.id, unspiked.rev)
    // Refused writes are not changes.
    await store.save(a.id, 1, draft()).catch(() => undefined)
    const { removed } = await store.emptyTrash()
    expect(removed).toEqual([a.id])
    const [tombstone] = await store.listTombstones()
    const local = (v: Article) => ({ id: v.id, rev: v.rev, revId: v.revId, origin: 'local', deleted: false })
    expect(seen).toEqual([
      local(created),
      local(saved),
      local(restored),
      local(submitted),
      local(spiked),
      local(unspiked),
      local(a),
      { id: a.id, rev: tombstone!.rev, revId: tombstone!.revId, origin: 'local', deleted: true }
    ])
    expect(seen.map((c) => c.rev)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    await store.close()
  })

  it('stops telling after unsubscribe, and a failing listener neither fails the write nor stops the others', async () => {
    const errors: unknown[] = []
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir, { onListenerError: (e) => errors.push(e) })
    const boom = new Error('outbox full')
    store.onChange(() => {
      throw boom
    })
    const seen = follow(store)
    const other: StoreChange[] = []
    const stop = store.onChange((c) => other.push(c))
    const a = await store.create(draft())
    stop()
    const b = await store.save(a.id, 1, draft({ headline: 'Kedua' }))
    expect(await store.get(a.id)).toEqual(b)
    expect(seen.map((c) => c.rev)).toEqual([1, 2])
    expect(other.map((c) => c.rev)).toEqual([1])
    expect(errors).toEqual([boom, boom])
    expect((await readdir(join(dir, 'articles'))).sort()).toEqual([`${a.id}.json`])
    await store.close()
  })
})
