// The house-style check as the editor runs it while the writer types: the targets and the
// dictionary are asked over the contract, then the shared context builder and rules judge, as main
// does on submit, so what is green here is what submit accepts.
import type { ArticleDraft } from '../../../../shared/article'
import { bacaJugaTargets } from '../../../../shared/editor/queries'
import { RULES } from '../../../../shared/kompas/check'
import { checkArticleInSlices, nextSlice, ONE_SLICE, type Slicing } from '../../../../shared/kompas/check-in-slices'
import { buildCheckContext, type TargetState } from '../../../../shared/kompas/check-context'
import type { Finding } from '../../../../shared/kompas/findings'
import { spellingCandidates } from '../../../../shared/kompas/rules/spelling'
import type { RedaksiApi } from '../../../../shared/ipc'
import type { TargetInfo } from './body/target-info'

/** What main's dictionary said of each word so far: null for a known word, else suggestions. */
export type Dictionary = Map<string, string[] | null>

/**
 * `lookup` is the open article's target cache (BacaJugaTargets), `spelling` the contract's
 * spelling channel; both are parameters so this runs against main's real services in tests too.
 * `slicing` paces the rules (the panel gives the thread back between them, decision 0108); a check
 * it aborts rejects with the abort's reason.
 */
export async function checkDraft(
  draft: ArticleDraft,
  lookup: (articleId: string) => Promise<TargetInfo>,
  spelling: RedaksiApi['spelling'],
  words: Dictionary,
  headlineLimit: number,
  slicing: Slicing = ONE_SLICE
): Promise<Finding[]> {
  // Reading the draft and scanning its words for the dictionary are each a few ms of a long body.
  await nextSlice(slicing)
  const ids = [...new Set(bacaJugaTargets(draft.body))]
  const unasked = spellingCandidates(draft).filter((w) => !words.has(w))
  const spelled = unasked.length
    ? spelling.check({ words: unasked.slice(0, 5000) }).then((result) => {
        if (!result.ok) return
        const wrong = new Map(result.value.misspelled.map((m) => [m.word, m.suggestions]))
        for (const word of unasked) words.set(word, wrong.get(word) ?? null)
      })
    : Promise.resolve()
  const [found] = await Promise.all([Promise.all(ids.map(async (id) => [id, await lookup(id)] as const)), spelled])
  const known = new Map(found.filter((entry): entry is readonly [string, TargetState] => entry[1].state === 'live' || entry[1].state === 'spiked'))
  return checkArticleInSlices(
    draft,
    buildCheckContext(known, {
      headlineLimit,
      // A word the dictionary was not asked about (the request failed) is not flagged.
      spelling: { isCorrect: (word) => (words.get(word) ?? null) === null, suggest: (word) => words.get(word) ?? [] }
    }),
    RULES,
    slicing
  )
}
