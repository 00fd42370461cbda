/**
 * What crosses the process boundary: never a thrown exception (Electron flattens those
 * to a message string), always a value that says whether the call worked.
 */
export type ErrorCode =
  | 'invalid-request'
  | 'unknown-channel'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'damaged'
  | 'io'
  | 'internal'

export interface RedaksiError {
  code: ErrorCode
  message: string
  /** Which fields of the request were wrong, for invalid-request. */
  issues?: { path: string; message: string }[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: RedaksiError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string, issues?: RedaksiError['issues']): Result<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message }
})

const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'invalid-request',
  'unknown-channel',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'damaged',
  'io',
  'internal'
])

/** True for a well-formed Result envelope; used where a transport hands us untyped JSON. */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  const v = value as { ok: unknown; error?: { code?: unknown; message?: unknown } }
  if (v.ok === true) return 'value' in (value as object)
  return (
    v.ok === false &&
    typeof v.error === 'object' &&
    v.error !== null &&
    typeof v.error.code === 'string' &&
    ERROR_CODES.has(v.error.code) &&
    typeof v.error.message === 'string'
  )
}
