import { listAllSummaries, type ArticleStore } from '../store'

/**
 * An export (or a check) names articles that exist, or it is refused before anything starts, not
 * later in a batch job's state, naming the id that is missing. The listed ones are known from the
 * index; any other (a spiked one) is read, which says not-found when it is gone.
 */
export async function requireArticles(store: ArticleStore, ids: readonly string[]): Promise<void> {
  const listed = new Set((await listAllSummaries(store)).map((s) => s.id))
  for (const id of new Set(ids)) {
    // The store says not-found for this id, which the request's other ids would hide.
    if (!listed.has(id)) await store.get(id)
  }
}
