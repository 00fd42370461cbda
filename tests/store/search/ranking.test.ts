import { describe, expect, it } from 'vitest'
import { openArticleStore } from '../../../src/main/store'
import { draft, paragraphs, tempStoreDir } from '../helpers'
import { failedCases, RANKING_CASES, RANKING_DOCS } from './ranking-cases'

describe('search ranking', () => {
  it('ranks a fixed newsroom as a journalist expects, loaded fresh and from the index file', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    const keyOf = new Map<string, string>()
    for (const doc of RANKING_DOCS) {
      const a = await store.create(draft({ headline: doc.headline, body: paragraphs(doc.text), featuredImage: null }))
      keyOf.set(a.id, doc.key)
    }
    const keys = async (q: string) => (await store.search(q)).map((s) => keyOf.get(s.id) ?? s.id)
    expect(RANKING_CASES).toHaveLength(17)
    expect(await failedCases(keys)).toEqual([])
    await store.close()

    // The same answers from the persisted index in a new session.
    const again = await openArticleStore(dir)
    const keysAgain = async (q: string) => (await again.search(q)).map((s) => keyOf.get(s.id) ?? s.id)
    expect(await failedCases(keysAgain)).toEqual([])
    await again.close()
  })
})
