// Who is asking: the account behind the request's device token, looked up in PostgreSQL on every
// request (one indexed query), so revoking a device or disabling an account stops it at once,
// on every server process.
//
// For route areas (src/server/sync and others):
//   app.post('/v1/…', { onRequest: deps.authenticate }, async (request) => {
//     const { account, deviceId } = actorOf(request)   // the authority: never a name the client sends
//   })
import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify'
import type pg from 'pg'
import type { Account } from '../../shared/server/accounts'
import { RedaksiFailure } from '../../shared/result'
import { accountOf, ACCOUNT_COLUMNS, type AccountRow } from './account-row'
import { bearerToken, tokenDigest } from './tokens'

export interface Actor {
  account: Account
  /** The devices row of the token used: what DELETE /v1/session revokes. */
  deviceId: string
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null
  }
}

type Row = AccountRow & { device_id: string; expires_at: Date; revoked_at: Date | null; last_used_at: Date | null }

/** Records use at most once a minute per device: a token check must not be a write per request. */
const TOUCH_EVERY_MS = 60_000

export function authenticateWith(app: FastifyInstance, pool: pg.Pool, now: () => Date): onRequestHookHandler {
  app.decorateRequest('actor', null)
  return async (request) => {
    const token = bearerToken(request.headers.authorization)
    if (!token) throw new RedaksiFailure('auth.no-token')
    const { rows } = await pool.query<Row>(
      `select ${ACCOUNT_COLUMNS}, d.id as device_id, d.expires_at, d.revoked_at, d.last_used_at
         from devices d join accounts a on a.id = d.account_id where d.token_sha256 = $1`,
      [tokenDigest(token)]
    )
    const row = rows[0]
    if (!row) throw new RedaksiFailure('auth.no-token')
    if (row.revoked_at) throw new RedaksiFailure('auth.token-revoked')
    const at = now()
    if (row.expires_at.getTime() <= at.getTime()) throw new RedaksiFailure('auth.token-expired')
    if (row.disabled) throw new RedaksiFailure('auth.disabled', { login: row.login })
    if (!row.last_used_at || at.getTime() - row.last_used_at.getTime() > TOUCH_EVERY_MS) {
      await pool.query('update devices set last_used_at = $2 where id = $1', [row.device_id, at])
    }
    request.actor = { account: accountOf(row), deviceId: row.device_id }
  }
}

/** The signed-in actor of a request that passed `deps.authenticate`. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new RedaksiFailure('auth.no-token')
  return request.actor
}
