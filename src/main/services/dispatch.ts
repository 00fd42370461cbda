import { contract, isChannel, type Language } from '../../shared/ipc'
import { issuesFromZod, reasonOf } from '../../shared/request-issues'
import { fail, inLanguage, isFailure, ok, type Result } from '../../shared/result'
import type { Services } from './services'

export type Dispatch = (channel: unknown, request: unknown) => Promise<Result<unknown>>

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
      log(`${channel} failed`, error)
      return worded(fail('request.internal', { channel }))
    }
  }
}
