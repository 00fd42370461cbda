// What the open makes of an emptying of the trash that a crash cut short (settle-emptied.ts): the
// two states a power cut can leave between its three steps, built by hand on a real store.
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { SCHEMA_VERSION } from '../../../src/shared/article'
import { openArticleStore } from '../../../src/main/store'
import { draft, tempStoreDir } from '../helpers'

describe('an emptying of the trash cut short', () => {
  test('a tombstone beside the article still in the trash is dropped: the article stays, history and all', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    const created = await store.create(draft())
    const spiked = await store.spike(created.id, created.rev)
    await store.close()
    const tombstone = { schemaVersion: SCHEMA_VERSION, id: spiked.id, rev: spiked.rev + 1, revId: `${spiked.rev + 1}-${'0'.repeat(32)}`, deleted: true, deletedAt: '2024-06-17T13:00:00.000Z' }
    await writeFile(join(dir, 'tombstones', `${spiked.id}.json`), JSON.stringify(tombstone))

    const reopened = await openArticleStore(dir)
    expect((await reopened.listTrash()).map((s) => [s.id, s.rev])).toEqual([[spiked.id, spiked.rev]])
    expect((await reopened.listRevisions(spiked.id)).map((r) => r.rev)).toEqual([2, 1])
    expect(await reopened.listTombstones()).toEqual([])
    await reopened.close()
  })

  test('an emptied article’s revisions left behind are removed; a history without a tombstone stays', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    const gone = await store.create(draft())
    await store.spike(gone.id, gone.rev)
    expect(await store.emptyTrash()).toEqual({ removed: [gone.id] })
    await store.close()
    await mkdir(join(dir, 'revisions', gone.id))
    await writeFile(join(dir, 'revisions', gone.id, '00000001-00000000000000000000000000000000.json'), '{}')
    const orphan = '01J0000000000000000000ORPH'
    await mkdir(join(dir, 'revisions', orphan))

    const reopened = await openArticleStore(dir)
    expect(await readdir(join(dir, 'revisions'))).toEqual([orphan])
    expect((await reopened.listTombstones()).map((t) => t.id)).toEqual([gone.id])
    await reopened.close()
  })
})
