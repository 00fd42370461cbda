// The house-style checker's view of the store, for one article: only its Baca Juga targets are
// looked up, so checking costs a few reads however large the newsroom's archive grows.
import type { ArticleDraft } from '../../shared/article'
import { bacaJugaTargets } from '../../shared/editor/queries'
import { buildCheckContext, targetStateOf, type TargetState } from '../../shared/kompas/check-context'
import type { CheckContext } from '../../shared/kompas/findings'
import { failedWith } from '../../shared/result'
import { indonesianSpeller } from '../spelling/indonesian-speller'
import type { ArticleStore } from '../store/article-store'

// A missing or damaged target is one the reader could not follow: it is reported as gone. (The
// codes are the store's own until it throws RedaksiFailure; then the reasons alone decide.)
const isGone = (err: unknown): boolean =>
  failedWith(err, 'store.article-not-found', 'store.damaged-file') ||
  (err instanceof Error && ['not-found', 'damaged'].includes(String((err as { code?: unknown }).code)))

export async function checkContextFor(store: ArticleStore, draft: Pick<ArticleDraft, 'body'>, headlineLimit: number): Promise<CheckContext> {
  const targets = new Map<string, TargetState>()
  for (const id of new Set(bacaJugaTargets(draft.body))) {
    try {
      targets.set(id, targetStateOf(await store.get(id)))
    } catch (err) {
      if (!isGone(err)) throw err
    }
  }
  return buildCheckContext(targets, { headlineLimit, spelling: await indonesianSpeller() })
}
