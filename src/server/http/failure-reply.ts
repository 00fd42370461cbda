// Every error leaves the server as the shared envelope `{ ok: false, error }`: a Failure with
// its words in the asker's language and the HTTP status of its code. Nothing else is sent: no
// stack, no driver message.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { HTTP_STATUS } from '../../shared/server/http-status'
import { failure, inLanguage, isFailure, type Failure } from '../../shared/result'
import { issuesFromZod } from '../../shared/request-issues'
import { languageOf } from './language'
import { SchemaRefusal } from './zod-validation'

export function sendFailure(request: FastifyRequest, reply: FastifyReply, f: Failure): FastifyReply {
  const worded = inLanguage(f, languageOf(request.headers['accept-language']))
  if (f.reason === 'auth.rate-limited' && typeof f.params?.seconds === 'number') reply.header('retry-after', String(f.params.seconds))
  return reply.code(HTTP_STATUS[f.code]).type('application/json; charset=utf-8').send({ ok: false, error: worded })
}

/** The failure an error thrown in a route or by fastify itself stands for. */
export function failureOf(error: unknown, request: FastifyRequest): { failure: Failure; unexpected: boolean } {
  const channel = `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`
  if (isFailure(error)) return { failure: error.failure, unexpected: false }
  const cause = (error as { cause?: unknown }).cause
  if (cause instanceof SchemaRefusal || error instanceof SchemaRefusal) {
    const refusal = (error instanceof SchemaRefusal ? error : cause) as SchemaRefusal
    return { failure: failure('request.invalid', { channel }, { issues: issuesFromZod(refusal.issues) }), unexpected: false }
  }
  const fe = error as Partial<FastifyError>
  if (fe.validation !== undefined && fe.validationContext !== undefined) return { failure: failure('request.invalid', { channel }), unexpected: false }
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { failure: failure('request.too-large'), unexpected: false }
  if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || (error instanceof SyntaxError && fe.statusCode === 400)) {
    return { failure: failure('request.not-json'), unexpected: false }
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { failure: failure('request.invalid', { channel }), unexpected: false }
  return { failure: failure('request.internal', { channel }), unexpected: true }
}
