// Every summary matching a query, page by page: the store's list() caps a page at MAX_PAGE, and
// import (headline matching) and export (all approved articles) need the whole list.
import type { ArticleSummary } from '../../shared/article'
import type { ArticleStore } from './article-store'
import type { ListQuery } from './list-query'
import { MAX_PAGE } from './list-query'

export async function listAllSummaries(store: ArticleStore, query: Omit<ListQuery, 'offset' | 'limit'> = {}): Promise<ArticleSummary[]> {
  const out: ArticleSummary[] = []
  for (;;) {
    const page = await store.list({ sort: 'updated-desc', ...query, offset: out.length, limit: MAX_PAGE })
    out.push(...page.items)
    if (page.items.length === 0 || out.length >= page.total) return out
  }
}
