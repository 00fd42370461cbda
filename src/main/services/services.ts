import type { Channel, ParsedRequestOf, ResponseOf } from '../../shared/ipc'

/**
 * One function per channel. The mapped type makes a missing handler a compile error; the
 * contract test makes it a test failure too, for handlers that are added at run time.
 */
export type Services = {
  [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>>
}
