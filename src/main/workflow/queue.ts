// The review queue: what waits for an editor, longest-waiting first. The summary does not carry the
// history, so each queued article is read once; the queue is a desk's worth, not the archive.
import type { Article } from '../../shared/article'
import type { QueueItem } from '../../shared/workflow'
import { summarise } from '../../shared/article'
import { failedWith } from '../../shared/result'
import { listAllSummaries, type ArticleStore } from '../store'

/** When the article last went in for review: its latest submit or resubmit. */
export function submittedAt(article: Pick<Article, 'history' | 'updatedAt'>): string {
  for (let i = article.history.length - 1; i >= 0; i--) {
    const entry = article.history[i]!
    if (entry.to === 'submitted' && entry.from !== 'submitted') return entry.at
  }
  return article.updatedAt
}

export async function reviewQueue(store: ArticleStore): Promise<QueueItem[]> {
  const items: QueueItem[] = []
  for (const summary of await listAllSummaries(store, { status: ['submitted', 'in-review'] })) {
    try {
      const article = await store.get(summary.id)
      if (article.status !== 'submitted' && article.status !== 'in-review') continue
      items.push({ ...summarise(article), submittedAt: submittedAt(article) })
    } catch (err) {
      // Changed or quarantined since the listing: it is simply not in the queue any more.
      if (!failedWith(err, 'store.article-not-found', 'store.damaged-file')) throw err
    }
  }
  return items.sort((a, b) => (a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : a.id < b.id ? -1 : 1))
}
