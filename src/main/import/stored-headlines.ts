import type { ArticleSummary } from '../../shared/article'
import { listAllSummaries, type ArticleStore } from '../store'
import { headlineKey } from './headline-key'

/** Stored (not spiked) articles by headline key, newest first within a key. */
export async function storedHeadlines(store: ArticleStore): Promise<Map<string, ArticleSummary[]>> {
  const byKey = new Map<string, ArticleSummary[]>()
  for (const summary of await listAllSummaries(store)) {
    const key = headlineKey(summary.headline)
    if (!key) continue
    byKey.set(key, [...(byKey.get(key) ?? []), summary])
  }
  return byKey
}
