// The house-style checker's view of the store, for one article: only its Baca Juga targets are
// looked up, so checking costs a few reads however large the newsroom's archive grows.
import type { ArticleDraft } from '../../shared/article'
import { bacaJugaTargets } from '../../shared/editor/queries'
import type { CheckContext } from '../../shared/kompas/findings'
import { indonesianSpeller } from '../spelling/indonesian-speller'
import type { ArticleStore } from '../store/article-store'
import { StoreError } from '../store/errors'

/**
 * A spiked target still exists but has no current title, so the rule says "sudah di-spike"
 * rather than "tidak ditemukan": both block, the first tells the writer what happened.
 */
export async function checkContextFor(store: ArticleStore, draft: Pick<ArticleDraft, 'body'>, headlineLimit: number): Promise<CheckContext> {
  const known = new Map<string, string | null>()
  for (const id of new Set(bacaJugaTargets(draft.body))) {
    try {
      const target = await store.get(id)
      known.set(id, target.status === 'spiked' ? null : target.headline)
    } catch (err) {
      // A missing or damaged target is one the reader could not follow: report it as gone.
      if (!(err instanceof StoreError && (err.code === 'not-found' || err.code === 'damaged'))) throw err
    }
  }
  return {
    articleExists: (id) => known.has(id),
    currentTitle: (id) => known.get(id) ?? null,
    headlineLimit,
    spelling: await indonesianSpeller()
  }
}
