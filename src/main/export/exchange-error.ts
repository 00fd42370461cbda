/**
 * What export and import refuse, with a code the services' dispatch passes through to the caller
 * (see services/dispatch.ts), like the store's own errors.
 */
export type ExchangeErrorCode = 'not-found' | 'invalid' | 'io' | 'damaged' | 'conflict'

export class ExchangeError extends Error {
  override readonly name = 'ExchangeError'
  constructor(
    readonly code: ExchangeErrorCode,
    message: string
  ) {
    super(message)
  }
}
