/**
 * What crosses a boundary (IPC, the browser host, the newsroom server's HTTP, the CLI): never a
 * thrown exception (Electron flattens those to a message string), always a value that says whether
 * the call worked, and when not, why, as data: a reason from the one list (failures.ts), the values
 * its words name, and where the problem is. `message` is those words in the asker's language,
 * written at the boundary by `inLanguage`; nothing downstream parses it.
 */
import { codeOf, isErrorCode, isFailureReason, type ErrorCode, type FailureReason } from './failures'
import type { Finding } from './kompas/findings'
import { shownFindings } from './kompas/finding-list'
import { failureWords, type Language } from './i18n/failures'

export type { Language }
import type { Location } from './location'

export type { ErrorCode, FailureReason }

/** Values a failure's words name. `status` and `action` are translated; the rest are shown as given. */
export type FailureParams = Record<string, string | number>

/** What is wrong with one part of the input; words in i18n/failures-id.ts and failures-en.ts under `issue`. */
export const ISSUE_KINDS = [
  'required',
  'wrong-type',
  'too-long',
  'too-short',
  'too-many',
  'too-big',
  'too-small',
  'not-allowed',
  'bad-format',
  'unknown-node',
  'unknown-mark',
  'node-not-allowed-here',
  'bad-attrs',
  'too-deep',
  'invalid'
] as const
export type IssueKind = (typeof ISSUE_KINDS)[number]

export interface FailureIssue {
  at: Location
  kind: IssueKind
  params?: FailureParams
  message: string
}

export interface Failure {
  code: ErrorCode
  reason: FailureReason
  params?: FailureParams
  /** Each part of the input to fix, for invalid requests and bodies the schema refuses. */
  issues?: FailureIssue[]
  /** The house-style findings that stopped a submit or an approval; each carries both languages. */
  findings?: Finding[]
  message: string
}

/**
 * A failure as data alone, for a failure carried inside an answer (an import outcome, an export
 * job's state): whoever shows it words it in their own language with `failureText`.
 */
export interface FailureData {
  reason: FailureReason
  params?: FailureParams
  issues?: Omit<FailureIssue, 'message'>[]
}

/** Kept for the renderer's older name of the same thing. */
export type RedaksiError = Failure

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure }

export interface FailureDetails {
  issues?: Omit<FailureIssue, 'message'>[]
  findings?: Finding[]
}

/** A failure with its words in Indonesian; `inLanguage` re-words it for the asker. */
export function failure(reason: FailureReason, params?: FailureParams, details: FailureDetails = {}): Failure {
  const hasParams = params !== undefined && Object.keys(params).length > 0
  const issues = details.issues?.length ? details.issues : undefined
  const words = failureWords('id', { reason, ...(hasParams ? { params } : {}), ...(issues ? { issues } : {}) })
  return {
    code: codeOf(reason),
    reason,
    ...(hasParams ? { params } : {}),
    // The first findings only: the failure's `count` param keeps the exact number.
    ...(details.findings?.length ? { findings: shownFindings(details.findings) } : {}),
    ...words
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (reason: FailureReason, params?: FailureParams, details?: FailureDetails): Result<never> => ({
  ok: false,
  error: failure(reason, params, details)
})

/**
 * Thrown inside a process (store, workflow, import) and turned into a Result at its door. One class
 * for every part, so a door needs no table of error types.
 */
export class RedaksiFailure extends Error {
  override readonly name = 'RedaksiFailure'
  readonly failure: Failure
  constructor(reason: FailureReason, params?: FailureParams, details?: FailureDetails & { cause?: unknown }) {
    const f = failure(reason, params, details)
    super(f.message, details?.cause === undefined ? undefined : { cause: details.cause })
    this.failure = f
  }
  get code(): ErrorCode {
    return this.failure.code
  }
  get reason(): FailureReason {
    return this.failure.reason
  }
}

export const isFailure = (error: unknown): error is RedaksiFailure => error instanceof RedaksiFailure

/** True when `error` is a RedaksiFailure for one of these reasons. */
export function failedWith(error: unknown, ...reasons: FailureReason[]): error is RedaksiFailure {
  return isFailure(error) && reasons.includes(error.failure.reason)
}

/** The failure with its words (and its issues' words) in `language`. */
export function inLanguage(f: Failure, language: Language): Failure {
  const { message: _m, issues, ...rest } = f
  const unworded = issues?.map(({ message: _i, ...issue }) => issue)
  return { ...rest, ...failureWords(language, { reason: f.reason, ...(f.params ? { params: f.params } : {}), ...(unworded ? { issues: unworded } : {}) }) }
}

/** The reason, params and issues of a failure, without its words. */
export function failureData(f: Failure | FailureData): FailureData {
  const issues = f.issues?.map(({ at, kind, params }) => ({ at, kind, ...(params ? { params } : {}) }))
  return { reason: f.reason, ...(f.params ? { params: f.params } : {}), ...(issues?.length ? { issues } : {}) }
}

/** A failure's words in `language`, its issues' words after it. */
export function failureText(f: Failure | FailureData, language: Language): string {
  const words = failureWords(language, failureData(f))
  return [words.message, ...(words.issues ?? []).map((i) => i.message)].join(' ')
}

/** True for a well-formed Result envelope; used where a transport hands us untyped JSON. */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  const v = value as { ok: unknown; error?: { code?: unknown; reason?: unknown; message?: unknown } }
  if (v.ok === true) return 'value' in (value as object)
  return (
    v.ok === false &&
    typeof v.error === 'object' &&
    v.error !== null &&
    isErrorCode(v.error.code) &&
    isFailureReason(v.error.reason) &&
    typeof v.error.message === 'string'
  )
}
