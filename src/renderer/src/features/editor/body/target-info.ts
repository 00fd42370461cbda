import type { Article } from '../../../../../shared/article'
import { targetStateOf, type TargetState } from '../../../../../shared/kompas/check-context'
import type { Result } from '../../../../../shared/result'

/** A target as the editor knows it: found (live or spiked, as the checker sees it), gone, or still being asked. */
export type TargetInfo = TargetState | { state: 'gone' } | { state: 'loading' }

/** What articles.get's answer says about a target; any failure means the reader could not follow it. */
export const targetInfoOf = (result: Result<Article>): TargetInfo => (result.ok ? targetStateOf(result.value) : { state: 'gone' })
