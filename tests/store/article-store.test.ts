import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../src/shared/article'
import { openArticleStore } from '../../src/main/store'
import { draft, paragraphs, refusal, snapshotTree, tempStoreDir } from './helpers'

describe('article store: create, get, save', () => {
  it('creates an article with a time-sortable id, rev 1 and a history entry', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    const a = await store.create(draft(), 'haryo')
    expect(a.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/)
    expect(a.rev).toBe(1)
    expect(a.revId).toMatch(/^1-[0-9a-f]{32}$/)
    expect(a.status).toBe('draft')
    expect(a.history).toEqual([{ at: a.createdAt, actor: 'haryo', action: 'create', from: null, to: 'draft' }])
    expect(await store.get(a.id)).toEqual(a)
    const onDisk = JSON.parse(await readFile(join(dir, 'articles', `${a.id}.json`), 'utf8'))
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION)
    expect(onDisk.article).toEqual(a)
    const b = await store.create(draft())
    expect(b.id > a.id || b.id.slice(0, 10) === a.id.slice(0, 10)).toBe(true)
    await store.close()
  })

  it('saves with the current rev, grows rev and revId, and survives reopening', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    const a = await store.create(draft())
    const b = await store.save(a.id, 1, draft({ headline: 'Putin Tiba di Pyongyang' }))
    expect(b.rev).toBe(2)
    expect(b.revId).toMatch(/^2-/)
    expect(b.revId).not.toBe(a.revId)
    expect(b.createdAt).toBe(a.createdAt)
    const c = await store.save(a.id, 2, draft({ headline: 'Putin Tiba di Pyongyang' }))
    expect(c.rev).toBe(3)
    await store.close()
    const again = await openArticleStore(dir)
    expect(await again.get(a.id)).toEqual(c)
    expect(again.openReport).toMatchObject({ quarantined: [], indexRebuilt: false, migratedFrom: null })
    await again.close()
  })

  it('refuses a stale rev with a conflict and changes nothing on disk', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    const a = await store.create(draft())
    await store.save(a.id, 1, draft({ headline: 'Versi kedua' }))
    await store.flush()
    const before = await snapshotTree(dir)
    const conflict = (baseRev: number) => ({ reason: 'store.conflict', params: { id: a.id, baseRev, currentRev: 2 } })
    expect(await refusal(store.save(a.id, 1, draft({ headline: 'Versi basi' })))).toEqual(conflict(1))
    expect(await refusal(store.setStatus(a.id, 1, 'submitted', { actor: 'x', action: 'submit' }))).toEqual(conflict(1))
    expect(await refusal(store.spike(a.id, 5))).toEqual(conflict(5))
    await store.flush()
    expect(await snapshotTree(dir)).toEqual(before)
    expect((await store.get(a.id)).headline).toBe('Versi kedua')
    await store.close()
  })

  it('serialises concurrent saves: exactly one of two saves on the same rev wins', async () => {
    const store = await openArticleStore(await tempStoreDir())
    const a = await store.create(draft())
    const results = await Promise.allSettled([
      store.save(a.id, 1, draft({ headline: 'Satu' })),
      store.save(a.id, 1, draft({ headline: 'Dua' }))
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1)
    expect((await store.get(a.id)).headline).toBe('Satu')
    await store.close()
  })

  it('reports unknown ids as not-found', async () => {
    const store = await openArticleStore(await tempStoreDir())
    const missing = { reason: 'store.article-not-found', params: { id: '01J0000000000000000000000A' } }
    expect(await refusal(store.get('01J0000000000000000000000A'))).toEqual(missing)
    expect(await refusal(store.save('01J0000000000000000000000A', 1, draft()))).toEqual(missing)
    await store.close()
  })

  it('rejects invalid input with the fields at fault and writes nothing', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir, { sections: ['dunia', 'nasional'] })
    const before = await snapshotTree(dir)
    const at = async (p: Promise<unknown>) => {
      const { reason, issues } = await refusal(p)
      return { reason, at: issues?.map((i) => [i.at, i.kind]) }
    }
    expect(await at(store.create(draft({ section: 'olahraga' })))).toEqual({ reason: 'store.invalid-draft', at: [[{ field: 'section' }, 'invalid']] })
    expect(await at(store.create({ ...draft(), published: { at: '2024-06-17T20:49:00+07:00', zone: 'WIT' } }))).toEqual({
      reason: 'store.invalid-draft',
      at: [[{ field: 'published' }, 'invalid']]
    })
    expect(await at(store.create({ ...draft(), penulis: 'Haryo Jati' } as never))).toEqual({ reason: 'store.invalid-draft', at: [[{ field: 'penulis' }, 'wrong-type']] })
    expect(await at(store.create({ ...draft(), body: { type: 'doc' } } as never))).toEqual({
      reason: 'store.invalid-draft',
      // `body` is not one of the form's fields: the location is the path into the request.
      at: [[{ field: 'request', path: ['draft', 'body'] }, 'invalid']]
    })
    expect((await refusal(store.create(null as never))).reason).toBe('store.invalid-draft')
    expect(await snapshotTree(dir)).toEqual(before)
    const a = await store.create(draft())
    expect(await at(store.save(a.id, 1, { ...draft(), headline: 42 } as never))).toEqual({ reason: 'store.invalid-draft', at: [[{ field: 'headline' }, 'wrong-type']] })
    expect((await store.get(a.id)).rev).toBe(1)
    await store.close()
  })

  it('keeps Baca Juga blocks with their article id and title', async () => {
    const store = await openArticleStore(await tempStoreDir())
    const target = await store.create(draft({ headline: 'Benjamin Netanyahu Bubarkan Kabinet Perang Israel' }))
    const body = { type: 'doc' as const, content: [{ type: 'bacaJuga', attrs: { articleId: target.id, title: target.headline } }] }
    const a = await store.create(draft({ body }))
    expect((await store.get(a.id)).body).toEqual(body)
    await store.close()
  })

  it('refuses to work after close', async () => {
    const store = await openArticleStore(await tempStoreDir())
    await store.close()
    expect(await refusal(store.create(draft()))).toEqual({ reason: 'store.closed' })
    expect(await refusal(store.get('01J0000000000000000000000A'))).toEqual({ reason: 'store.closed' })
  })

  it('writes no temp files that outlive a save', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    const a = await store.create(draft({ body: paragraphs('Satu.') }))
    for (let i = 1; i <= 5; i++) await store.save(a.id, i, draft({ body: paragraphs(`Versi ${i}.`) }))
    await store.close()
    const names = [...(await snapshotTree(dir)).keys()]
    expect(names.filter((n) => n.includes('.tmp-'))).toEqual([])
    await writeFile(join(dir, 'articles', `.tmp-${a.id}.json.abc123`), '{"half')
    const again = await openArticleStore(dir)
    expect([...(await snapshotTree(dir)).keys()].filter((n) => n.includes('.tmp-'))).toEqual([])
    expect((await again.get(a.id)).rev).toBe(6)
    await again.close()
  })
})
