// The HTTP status a failure travels with, from its coarse code: the server sets it, the app may
// read it before the body. One table for both sides.
import type { ErrorCode } from '../failures'

export const HTTP_STATUS: Record<ErrorCode, number> = {
  'invalid-request': 400,
  'unknown-channel': 404,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  damaged: 422,
  'too-large': 413,
  'rate-limited': 429,
  unavailable: 503,
  io: 500,
  internal: 500
}
