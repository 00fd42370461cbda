import { contract, isChannel } from '../../shared/ipc'
import { fail, ok, type ErrorCode, type RedaksiError, type Result } from '../../shared/result'
import type { Services } from './services'

export type Dispatch = (channel: unknown, request: unknown) => Promise<Result<unknown>>

interface CodedError {
  code: string
  message: string
  /** What to fix, e.g. the blocking findings that stopped a submit; passed through to the renderer. */
  issues?: unknown
}

const PASSED_THROUGH: Partial<Record<string, ErrorCode>> = {
  'not-found': 'not-found',
  conflict: 'conflict',
  invalid: 'invalid-request',
  damaged: 'damaged',
  io: 'io',
  forbidden: 'forbidden'
}

function isCodedError(error: unknown): error is CodedError {
  return error instanceof Error && typeof (error as Partial<CodedError>).code === 'string'
}

function issuesOf(error: CodedError): RedaksiError['issues'] {
  if (!Array.isArray(error.issues)) return undefined
  const issues = error.issues
    .filter((i): i is { path: string; message: string } => typeof i?.path === 'string' && typeof i?.message === 'string')
    .slice(0, 50)
    .map(({ path, message }) => ({ path, message }))
  return issues.length ? issues : undefined
}

/**
 * The single door into the services for both transports: the channel must exist, the request
 * must pass its schema before any work is done, and whatever a service throws comes back as a
 * typed error rather than escaping into the transport.
 */
export function createDispatch(services: Services, log: (message: string, error: unknown) => void): Dispatch {
  return async (channel, request) => {
    if (!isChannel(channel)) return fail('unknown-channel', `Saluran tidak dikenal: ${String(channel).slice(0, 80)}`)
    const parsed = contract[channel].request.safeParse(request)
    if (!parsed.success) {
      return fail(
        'invalid-request',
        `Permintaan ${channel} tidak sah.`,
        parsed.error.issues.slice(0, 20).map((issue) => ({
          path: issue.path.map(String).join('.'),
          message: issue.message
        }))
      )
    }
    try {
      const handler = services[channel] as (request: unknown) => Promise<unknown>
      return ok(await handler(parsed.data))
    } catch (error) {
      const code = isCodedError(error) ? PASSED_THROUGH[error.code] : undefined
      if (code && isCodedError(error)) return fail(code, error.message, issuesOf(error))
      log(`${channel} failed`, error)
      return fail('internal', `Terjadi kesalahan internal pada ${channel}.`)
    }
  }
}
