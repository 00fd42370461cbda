import { contract, isChannel, type Language } from '../../shared/ipc'
import { issuesFromZod, reasonOf } from '../../shared/request-issues'
import { fail, failure, inLanguage, isFailure, ok, type FailureReason, type Result } from '../../shared/result'
import type { Services } from './services'

export type Dispatch = (channel: unknown, request: unknown) => Promise<Result<unknown>>

// Errors thrown by parts not yet speaking RedaksiFailure carry a code of their own; each maps to
// the reason that says the same thing. (Shrinks to nothing as the parts move over.)
const LEGACY: Partial<Record<string, FailureReason>> = {
  'not-found': 'store.article-not-found',
  conflict: 'store.conflict',
  invalid: 'store.invalid-draft',
  damaged: 'store.damaged-file',
  io: 'store.io',
  forbidden: 'workflow.role'
}

const legacyCode = (error: unknown): string | undefined =>
  error instanceof Error && typeof (error as { code?: unknown }).code === 'string' ? (error as unknown as { code: string }).code : undefined

/**
 * The single door into the services for both transports: the channel must exist, the request
 * must pass its schema before any work is done, and whatever a service throws comes back as a
 * typed failure, worded in the app's language, rather than escaping into the transport.
 */
export function createDispatch(
  services: Services,
  log: (message: string, error: unknown) => void,
  language: () => Language = () => 'id'
): Dispatch {
  const worded = (result: Result<never>): Result<never> => (result.ok ? result : { ok: false, error: inLanguage(result.error, language()) })
  return async (channel, request) => {
    if (!isChannel(channel)) return worded(fail('request.unknown-channel', { channel: String(channel).slice(0, 80) }))
    const parsed = contract[channel].request.safeParse(request)
    const refused = parsed.success ? null : reasonOf(parsed.error.issues, 'request.invalid')
    if (!parsed.success && refused) return worded(fail(refused.reason, { channel, ...refused.params }, { issues: issuesFromZod(parsed.error.issues) }))
    try {
      const handler = services[channel] as (request: unknown) => Promise<unknown>
      return ok(await handler(parsed.data))
    } catch (error) {
      if (isFailure(error)) return worded({ ok: false, error: error.failure })
      const legacy = LEGACY[legacyCode(error) ?? '']
      // Their words are their own until they move over; keep them rather than a generic sentence.
      if (legacy) return { ok: false, error: { ...failure(legacy), message: (error as Error).message } }
      log(`${channel} failed`, error)
      return worded(fail('request.internal', { channel }))
    }
  }
}
