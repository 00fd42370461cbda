import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import type { NameSuggestions } from '../../src/shared/ipc'
import { openTestRedaksi } from '../helpers/redaksi'

describe('name suggestions from earlier articles', () => {
  let redaksi: Awaited<ReturnType<typeof openTestRedaksi>>
  beforeAll(async () => {
    redaksi = await openTestRedaksi()
  })
  afterAll(() => redaksi.dispose())

  const names = async (): Promise<NameSuggestions> => {
    const result = await redaksi.dispatch('articles.names', {})
    if (!result.ok) throw new Error(result.error.message)
    return result.value as NameSuggestions
  }
  const create = async (penulis: string[], sumber: string[]): Promise<Article> => {
    const result = await redaksi.dispatch('articles.create', { draft: { penulis, sumber } })
    if (!result.ok) throw new Error(result.error.message)
    return result.value as Article
  }

  it('ranks the names a desk uses most first, and follows later saves', async () => {
    await create(['Haryo Jati'], ['The Independent'])
    await create(['Dewi Lestari', 'Haryo Jati'], ['AP'])
    const later = await create(['Budi Santoso'], [])
    expect(await names()).toEqual({ penulis: ['Haryo Jati', 'Budi Santoso', 'Dewi Lestari'], editor: [], sumber: ['AP', 'The Independent'] })

    const { id, rev, revId: _v, status: _s, createdAt: _c, updatedAt: _u, history: _h, ...draft } = later
    const saved = await redaksi.dispatch('articles.save', { id, rev, draft: { ...draft, penulis: ['Dewi Lestari'], editor: ['Deni Muliya'] } })
    expect(saved.ok).toBe(true)
    expect(await names()).toEqual({ penulis: ['Dewi Lestari', 'Haryo Jati'], editor: ['Deni Muliya'], sumber: ['AP', 'The Independent'] })
  })
})
