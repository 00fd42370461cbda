// One error type for everything the store refuses or cannot do, so IPC services can map a code to
// a message the newsroom understands without parsing strings.

export type StoreErrorCode = 'not-found' | 'conflict' | 'invalid' | 'io' | 'damaged'

export class StoreError extends Error {
  override readonly name = 'StoreError'
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly details?: unknown
  ) {
    super(message)
  }
}

export const notFound = (id: string): StoreError =>
  new StoreError('not-found', `Article ${id} was not found (artikel tidak ditemukan).`)

export const conflict = (id: string, baseRev: number, currentRev: number): StoreError =>
  new StoreError(
    'conflict',
    `Article ${id} was changed by someone else: you edited revision ${baseRev}, the store has ${currentRev}. ` +
      'Nothing was saved; reload to see the newer version (artikel sudah diubah orang lain).',
    { baseRev, currentRev }
  )

export const invalid = (what: string, issues: unknown): StoreError =>
  new StoreError('invalid', `${what} is not valid (data tidak sah).`, issues)

export const damaged = (file: string, reason: string): StoreError =>
  new StoreError('damaged', `The file ${file} is damaged and was moved to quarantine: ${reason} (berkas rusak).`)

/** Wraps an unexpected file-system failure so callers see one code, with the cause kept. */
export function ioError(action: string, cause: unknown): StoreError {
  const why = cause instanceof Error ? cause.message : String(cause)
  const err = new StoreError('io', `Could not ${action}: ${why} (gagal menulis/membaca berkas).`)
  ;(err as { cause?: unknown }).cause = cause
  return err
}
