import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../src/shared/article'
import { filterResults, NO_FILTERS, parseFilters } from '../../src/renderer/src/features/articles/list-query'

const summary = (id: string, section: string, status: ArticleSummary['status']): ArticleSummary => ({
  id,
  headline: id,
  section,
  status,
  penulis: [],
  updatedAt: '2024-06-17T13:49:00.000Z',
  rev: 1,
  published: null
})

describe('filterResults (search results under the list filters)', () => {
  const results = [summary('a', 'dunia', 'draft'), summary('b', 'ekonomi', 'spiked'), summary('c', 'ekonomi', 'approved')]

  it('leaves out spiked articles unless asked for them, as the list does', () => {
    expect(filterResults(results, { status: '', section: '' }).map((a) => a.id)).toEqual(['a', 'c'])
    expect(filterResults(results, { status: 'spiked', section: '' }).map((a) => a.id)).toEqual(['b'])
  })

  it('keeps the search order and applies the section', () => {
    expect(filterResults(results, { status: '', section: 'ekonomi' }).map((a) => a.id)).toEqual(['c'])
  })
})

describe('parseFilters (filters remembered for the session)', () => {
  it('keeps what is still valid and drops what is not', () => {
    expect(parseFilters({ text: 'banjir', status: 'draft', section: 'dunia', sort: 'updated-asc' })).toEqual({
      text: 'banjir',
      status: 'draft',
      section: 'dunia',
      sort: 'updated-asc'
    })
    expect(parseFilters({ text: 3, status: 'lost', section: 'nowhere', sort: 'sideways' })).toEqual(NO_FILTERS)
    expect(parseFilters(null)).toBeUndefined()
  })
})
