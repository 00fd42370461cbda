import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../src/shared/article'
import { openArticleStore } from '../../../src/main/store'
import { SearchIndex } from '../../../src/main/store/search-index'
import { draft, paragraphs, tempStoreDir } from '../helpers'

describe('search index loading', () => {
  it('loads its file, catches up only what changed, including saves made while it loads, and skips what cannot be read', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    const a = await store.create(draft({ headline: 'Gempa Guncang Ambon', body: paragraphs('Gempa magnitudo 5,2.') }))
    const b = await store.create(draft({ headline: 'Kapal Tenggelam di Selat Bali', body: paragraphs('Tim SAR mencari penumpang.') }))
    const revs = new Map<string, number>([
      [a.id, a.rev],
      [b.id, b.rev]
    ])
    let duringLoad: (() => Promise<void>) | null = null
    const source = {
      currentRevs: () => new Map(revs),
      load: async (id: string): Promise<Article | null> => {
        const job = duringLoad
        duringLoad = null
        if (job) await job()
        return store.get(id).catch(() => null)
      }
    }
    const path = join(dir, 'test-index.bin')
    const first = new SearchIndex(path, source)
    expect(await first.search('ambon', { limit: 20 })).toEqual([a.id])
    expect(first.lastLoad).toMatchObject({ from: 'rebuild', caughtUp: 2 })
    await first.persist()

    const second = new SearchIndex(path, source)
    expect(await second.search('selat bali', { limit: 20 })).toEqual([b.id])
    expect(second.lastLoad).toMatchObject({ from: 'file', caughtUp: 0 })

    // a changed while no index was loaded; b changes while the next one is reading a.
    const savedA = await store.save(a.id, a.rev, draft({ headline: 'Gempa Guncang Kupang', body: paragraphs('Gempa magnitudo 5,2.') }))
    revs.set(a.id, savedA.rev)
    duringLoad = async () => {
      const savedB = await store.save(b.id, b.rev, draft({ headline: 'Kapal Tenggelam di Selat Lombok', body: paragraphs('Tim SAR mencari penumpang.') }))
      revs.set(b.id, savedB.rev)
    }
    revs.set('01J0000000000000000000GONE', 1) // listed but unreadable: not searchable, and no endless retry
    const third = new SearchIndex(path, source)
    expect(await third.search('kupang', { limit: 20 })).toEqual([a.id])
    expect(await third.search('lombok', { limit: 20 })).toEqual([b.id])
    expect(await third.search('bali', { limit: 20 })).toEqual([])
    expect(await third.search('ambon', { limit: 20 })).toEqual([])
    expect(third.lastLoad).toMatchObject({ from: 'file', caughtUp: 3 })
    await store.close()
  })
})
