import { readdir, readFile, stat } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openArticleStore } from '../../src/main/store'
import { draft, manualClock, paragraphs, refusal, tempStoreDir } from './helpers'

describe('revisions', () => {
  it('keeps at most one editing revision per interval, and one at every status change', async () => {
    const clock = manualClock()
    const store = await openArticleStore(await tempStoreDir(), { now: clock.now, revisionIntervalMs: 60_000 })
    let a = await store.create(draft({ body: paragraphs('v1') }))
    // Saves every 10 s for 2 minutes: rev 2 … rev 13.
    for (let i = 2; i <= 13; i++) {
      clock.advance(10_000)
      a = await store.save(a.id, a.rev, draft({ body: paragraphs(`v${i}`) }))
    }
    let revs = await store.listRevisions(a.id)
    // rev 1 at creation; at t=60 s the version being replaced (rev 6) is kept; at t=120 s rev 12.
    expect(revs.map((r) => r.rev)).toEqual([12, 6, 1])
    expect(revs.map((r) => r.reason)).toEqual(['edit', 'edit', 'create'])
    expect(revs.every((r) => r.savedBy === 'redaksi')).toBe(true)
    clock.advance(1_000)
    a = await store.setStatus(a.id, a.rev, 'submitted', { actor: 'haryo', action: 'submit', note: 'siap' })
    expect(a.history.at(-1)).toMatchObject({ actor: 'haryo', action: 'submit', from: 'draft', to: 'submitted', note: 'siap' })
    revs = await store.listRevisions(a.id)
    // The status change keeps the unsaved-in-history rev 13 and the new rev 14, even within the interval.
    expect(revs.map((r) => r.rev)).toEqual([14, 13, 12, 6, 1])
    expect(revs[0]).toMatchObject({ reason: 'status', status: 'submitted', savedBy: 'haryo' })
    clock.advance(1_000)
    a = await store.setStatus(a.id, a.rev, 'in-review', { actor: 'deni', action: 'review' })
    expect((await store.listRevisions(a.id)).map((r) => r.rev)).toEqual([15, 14, 13, 12, 6, 1])
    await store.close()
  })

  it('reads an old revision and restores it as a new revision', async () => {
    const clock = manualClock()
    const store = await openArticleStore(await tempStoreDir(), { now: clock.now })
    const a1 = await store.create(draft({ headline: 'Judul pertama', body: paragraphs('Isi pertama.') }))
    clock.advance(120_000)
    const a2 = await store.save(a1.id, 1, draft({ headline: 'Judul kedua', body: paragraphs('Isi kedua.') }))
    const old = await store.getRevision(a1.id, a1.revId)
    expect(old).toEqual(a1)
    clock.advance(1_000)
    const restored = await store.restoreRevision(a1.id, a1.revId, a2.rev, 'deni')
    expect((await store.listRevisions(a1.id))[0]?.savedBy).toBe('deni')
    expect(restored.rev).toBe(3)
    expect(restored.headline).toBe('Judul pertama')
    expect(restored.body).toEqual(a1.body)
    expect(restored.history.at(-1)).toMatchObject({ action: 'restore', actor: 'deni', note: `restored revision ${a1.revId}` })
    const revs = await store.listRevisions(a1.id)
    expect(revs.map((r) => [r.rev, r.reason])).toEqual([[3, 'restore'], [2, 'edit'], [1, 'create']])
    expect(await refusal(store.restoreRevision(a1.id, a1.revId, 2))).toEqual({ reason: 'store.conflict', params: { id: a1.id, baseRev: 2, currentRev: 3 } })
    const missing = '9-00000000000000000000000000000000'
    expect(await refusal(store.getRevision(a1.id, missing))).toEqual({ reason: 'store.revision-not-found', params: { revId: missing, id: a1.id } })
    expect(await refusal(store.getRevision(a1.id, '../../x'))).toEqual({ reason: 'store.bad-revision-id', params: { revId: '../../x' } })
    await store.close()
  })
})

describe('trash', () => {
  it('spikes into trash/, unspikes back to the earlier status, and empties with tombstones', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    let a = await store.create(draft({ headline: 'Akan dibuang' }))
    a = await store.setStatus(a.id, a.rev, 'submitted', { actor: 'haryo', action: 'submit' })
    const keep = await store.create(draft({ headline: 'Tetap' }))
    a = await store.spike(a.id, a.rev, 'deni')
    expect(a.status).toBe('spiked')
    expect(existsSync(join(dir, 'trash', `${a.id}.json`))).toBe(true)
    expect(existsSync(join(dir, 'articles', `${a.id}.json`))).toBe(false)
    expect((await store.list()).items.map((s) => s.id)).toEqual([keep.id])
    expect((await store.listTrash()).map((s) => s.id)).toEqual([a.id])
    expect(await refusal(store.save(a.id, a.rev, draft()))).toEqual({ reason: 'store.spiked', params: { id: a.id } })

    a = await store.unspike(a.id, 'deni')
    expect(a.status).toBe('submitted')
    expect(existsSync(join(dir, 'articles', `${a.id}.json`))).toBe(true)
    expect(await store.listTrash()).toEqual([])
    expect(await refusal(store.unspike(a.id))).toEqual({ reason: 'store.not-in-trash', params: { id: a.id } })

    a = await store.spike(a.id, a.rev)
    const { removed } = await store.emptyTrash()
    expect(removed).toEqual([a.id])
    expect(await refusal(store.get(a.id))).toEqual({ reason: 'store.article-not-found', params: { id: a.id } })
    expect(existsSync(join(dir, 'trash', `${a.id}.json`))).toBe(false)
    expect(existsSync(join(dir, 'revisions', a.id))).toBe(false)
    const tombstones = await store.listTombstones()
    expect(tombstones).toEqual([
      expect.objectContaining({ id: a.id, rev: a.rev + 1, deleted: true, schemaVersion: 2 })
    ])
    expect(tombstones[0]?.revId).toMatch(new RegExp(`^${a.rev + 1}-`))
    await store.close()
    const again = await openArticleStore(dir)
    expect((await again.list()).total).toBe(1)
    expect(await again.listTrash()).toEqual([])
    await again.close()
  })
})

describe('reading while writing', () => {
  it('never reports an article missing while it moves in and out of the trash', async () => {
    const store = await openArticleStore(await tempStoreDir())
    let a = await store.create(draft())
    let moving = true
    const mover = (async () => {
      for (let i = 0; i < 15; i++) {
        a = await store.spike(a.id, a.rev)
        a = await store.unspike(a.id)
      }
      moving = false
    })()
    // Reads interleaved with the moves, every one while they are still running.
    const ids: string[] = []
    const duringMoves: boolean[] = []
    for (let i = 0; i < 10; i++) {
      duringMoves.push(moving)
      ids.push((await store.get(a.id)).id)
    }
    await mover
    expect(duringMoves).toEqual(Array(10).fill(true))
    expect(ids).toEqual(Array(10).fill(a.id))
    await store.close()
  })
})

describe('assets', () => {
  it('stores images by sha256, keeps the extension and deduplicates', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])
    const first = await store.putAsset(bytes, 'Kim Jong-un.JPEG')
    expect(first.asset).toMatch(/^[0-9a-f]{64}\.jpg$/)
    const onDisk = join(dir, 'assets', first.asset)
    const mtime = (await stat(onDisk)).mtimeMs
    const second = await store.putAsset(bytes, 'salinan.jpg')
    expect(second).toEqual(first)
    expect((await stat(onDisk)).mtimeMs).toBe(mtime)
    expect(await readdir(join(dir, 'assets'))).toEqual([first.asset])
    expect(new Uint8Array(await store.readAsset(first.asset))).toEqual(bytes)
    expect(new Uint8Array(await readFile(onDisk))).toEqual(bytes)
    expect(await store.hasAsset(first.asset)).toBe(true)
    const other = await store.putAsset(new Uint8Array([1]), 'peta.png')
    expect(other.asset).not.toBe(first.asset)
    expect((await store.putAsset(new Uint8Array([2]), 'tanpa-ekstensi')).asset).toMatch(/\.bin$/)
    const absent = `${'0'.repeat(64)}.png`
    expect(await store.hasAsset(absent)).toBe(false)
    expect(await refusal(store.readAsset(absent))).toEqual({ reason: 'store.asset-not-found', params: { asset: absent } })
    for (const bad of ['../../etc/passwd', `${'0'.repeat(64)}.png/../../x`, '']) {
      expect(await refusal(store.readAsset(bad))).toEqual({ reason: 'store.bad-asset-ref', params: { asset: bad } })
      expect(await refusal(store.hasAsset(bad))).toEqual({ reason: 'store.bad-asset-ref', params: { asset: bad } })
    }
    const a = await store.create(draft({ featuredImage: { asset: first.asset, caption: 'Foto', credit: 'AP' } }))
    expect((await store.get(a.id)).featuredImage?.asset).toBe(first.asset)
    await store.close()
  })
})
