import type { TargetState } from '../../../../../shared/kompas/check-context'
import type { Result } from '../../../../../shared/result'

/** A target as the editor knows it: found (live or spiked, as the checker sees it), gone, or still being asked. */
export type TargetInfo = TargetState | { state: 'gone' } | { state: 'loading' }

/** What an `articles.targets` answer says about `id`: left out, or any failure, means the reader could not follow it. */
export const targetInfoIn = (result: Result<Record<string, TargetState>>, id: string): TargetInfo => (result.ok ? result.value[id] : undefined) ?? { state: 'gone' }
