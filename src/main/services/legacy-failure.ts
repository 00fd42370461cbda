import type { FailureData } from '../../shared/result'

// Errors thrown by the store, until it speaks RedaksiFailure, carry a code of their own; each maps
// to the reason that says the same thing, with the values its words name taken from the request
// (and the store's details). Deleted when the store moves over.
export interface LegacyRequest {
  id?: unknown
  articleId?: unknown
}
type Legacy = (error: { details?: unknown }, request: LegacyRequest) => FailureData
const idOf = (request: LegacyRequest): string => String(request.id ?? request.articleId ?? '')
const LEGACY: Partial<Record<string, Legacy>> = {
  'not-found': (_e, r) => ({ reason: 'store.article-not-found', params: { id: idOf(r) } }),
  conflict: (e, r) => {
    const revs = (e.details ?? {}) as { baseRev?: number; currentRev?: number }
    return { reason: 'store.conflict', params: { id: idOf(r), baseRev: revs.baseRev ?? '?', currentRev: revs.currentRev ?? '?' } }
  },
  invalid: () => ({ reason: 'store.invalid-draft' }),
  damaged: (_e, r) => ({ reason: 'store.damaged-file', params: { file: idOf(r) } }),
  io: (_e, r) => ({ reason: 'store.io', params: { path: idOf(r) } })
}

const legacyCode = (error: unknown): string | undefined =>
  error instanceof Error && typeof (error as { code?: unknown }).code === 'string' ? (error as unknown as { code: string }).code : undefined

/** The failure a store error means, with what the request says filled in; null for anything else. */
export function legacyFailure(error: unknown, request: LegacyRequest = {}): FailureData | null {
  const legacy = LEGACY[legacyCode(error) ?? '']
  return legacy ? legacy(error as { details?: unknown }, request) : null
}
