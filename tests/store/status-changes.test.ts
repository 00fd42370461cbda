import { describe, expect, it } from 'vitest'
import { openArticleStore } from '../../src/main/store'
import { draft, refusal, snapshotTree, tempStoreDir } from './helpers'

describe('article store: a status change that fills in fields', () => {
  it('writes the fields and the status in one revision', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    try {
      const a = await store.create(draft({ editor: [] }), 'haryo')
      const approved = await store.setStatus(a.id, a.rev, 'approved', { actor: 'deni', action: 'approve' }, { editor: ['Deni Muliya'] })
      expect(approved).toMatchObject({ rev: a.rev + 1, status: 'approved', editor: ['Deni Muliya'], headline: a.headline })
      const revisions = await store.listRevisions(a.id)
      expect(revisions.map((r) => [r.rev, r.status, r.savedBy])).toContainEqual([approved.rev, 'approved', 'deni'])
      expect((await store.getRevision(a.id, approved.revId)).editor).toEqual(['Deni Muliya'])
    } finally {
      await store.close()
    }
  })

  it('refuses fields a save would refuse, writing nothing', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    try {
      const a = await store.create(draft({ editor: [] }))
      await store.flush()
      const before = await snapshotTree(dir)
      const refused = await refusal(store.setStatus(a.id, a.rev, 'approved', { actor: 'deni', action: 'approve' }, { editor: [''] }))
      expect(refused).toEqual({ reason: 'store.invalid-draft', issues: [expect.objectContaining({ at: { field: 'editor' }, kind: 'required' })] })
      expect(await snapshotTree(dir)).toEqual(before)
      expect((await store.get(a.id)).rev).toBe(a.rev)
    } finally {
      await store.close()
    }
  })
})
