// What every route area gets: the pool, the settings, the clock, and the authentication hook.
// A route area is one function `(app, deps) => void` registered in ../routes.ts.
import type { FastifyInstance, onRequestHookHandler } from 'fastify'
import type pg from 'pg'
import type { ServerConfig } from '../config'

export interface ServerDeps {
  pool: pg.Pool
  config: ServerConfig
  /** Now, as the server sees it; one place to bend for tests of expiry. */
  now: () => Date
  /**
   * Put this in a route's `onRequest` to require a signed-in device:
   *   app.get('/v1/x', { onRequest: deps.authenticate }, (request) => actorOf(request).account.id)
   * It refuses (401/403, as the shared Failure) a missing, unknown, expired or revoked token and
   * a disabled account, checked against PostgreSQL on every request, so a disable bites at once.
   */
  authenticate: onRequestHookHandler
  /** True once migrations are applied; routes answer 503 server.not-ready until then. */
  isReady: () => boolean
}

export type RouteArea = (app: FastifyInstance, deps: ServerDeps) => void | Promise<void>
