// The HTTP application: fastify with zod validation, one error shape, structured logs that
// never carry a password or a token, and the route areas of ../routes.ts.
import { readFileSync } from 'node:fs'
import Fastify, { type FastifyInstance } from 'fastify'
import { failure, RedaksiFailure } from '../../shared/result'
import type { ServerConfig } from '../config'
import type { RouteArea, ServerDeps } from './deps'
import { failureOf, sendFailure } from './failure-reply'
import { zodValidatorCompiler } from './zod-validation'

/** Anything that might hold a secret is cut from the logs by path, whatever logs it. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'password',
  '*.password',
  'token',
  '*.token',
  'body.password',
  'databaseUrl'
]

function tlsOptions(tls: ServerConfig['tls']) {
  if (!tls) return undefined
  const read = (file: string) => {
    try {
      return readFileSync(file)
    } catch (error) {
      throw new RedaksiFailure('server.tls-files', { file }, { cause: error })
    }
  }
  return { cert: read(tls.cert), key: read(tls.key) }
}

export async function buildApp(config: ServerConfig, deps: Omit<ServerDeps, 'authenticate'>, areas: RouteArea[], authenticate: (app: FastifyInstance) => ServerDeps['authenticate']) {
  const https = tlsOptions(config.tls)
  const common = {
    // The token is never part of a URL, so the request line fastify logs is safe.
    logger: { level: process.env.REDAKSI_LOG_LEVEL ?? 'info', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    // A hop count is accepted at run time (proxy-addr) though fastify's types list only the rest.
    trustProxy: config.trustProxy as boolean | string,
    bodyLimit: 10 * 1024 * 1024
  }
  // Routes see the same request and reply over https; one instance type for both.
  const app = (https ? Fastify({ ...common, https }) : Fastify(common)) as unknown as FastifyInstance
  app.setValidatorCompiler(zodValidatorCompiler)
  app.setSerializerCompiler(() => (data) => JSON.stringify(data))

  app.setErrorHandler((error, request, reply) => {
    const { failure: f, unexpected } = failureOf(error, request)
    if (unexpected) request.log.error({ err: error }, 'unexpected error')
    return sendFailure(request, reply, f)
  })
  app.setNotFoundHandler((request, reply) => sendFailure(request, reply, failure('request.not-found', { method: request.method, path: request.url.split('?')[0] ?? '' })))
  app.addHook('onRequest', async (request) => {
    if (!deps.isReady() && request.url !== '/health') throw new RedaksiFailure('server.not-ready')
  })

  const full: ServerDeps = { ...deps, authenticate: authenticate(app) }
  for (const area of areas) await area(app, full)
  await app.ready()
  return app
}
