// The house-style checker's view of the store, for one article: only its Baca Juga targets are
// looked up, so checking costs a few reads however large the newsroom's archive grows.
import type { ArticleDraft } from '../../shared/article'
import { bacaJugaTargets } from '../../shared/editor/queries'
import { buildCheckContext, targetStateOf, type TargetState } from '../../shared/kompas/check-context'
import type { CheckContext } from '../../shared/kompas/findings'
import { indonesianSpeller } from '../spelling/indonesian-speller'
import type { ArticleStore } from '../store'
import { failedWith } from '../../shared/result'

export async function checkContextFor(store: ArticleStore, draft: Pick<ArticleDraft, 'body'>, headlineLimit: number): Promise<CheckContext> {
  const targets = new Map<string, TargetState>()
  for (const id of new Set(bacaJugaTargets(draft.body))) {
    try {
      targets.set(id, targetStateOf(await store.get(id)))
    } catch (err) {
      // A missing or damaged target is one the reader could not follow: report it as gone.
      if (!failedWith(err, 'store.article-not-found', 'store.damaged-file')) throw err
    }
  }
  return buildCheckContext(targets, { headlineLimit, spelling: await indonesianSpeller() })
}
