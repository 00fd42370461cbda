// Signing in on a device, and the devices an account is signed in on.
import type pg from 'pg'
import type { Device, Session, SessionRequest } from '../../shared/server/accounts'
import { RedaksiFailure } from '../../shared/result'
import { deviceOf, type DeviceRow } from './account-row'
import { findAccount } from './accounts'
import { underLoginLimit, type LoginLimits } from './login-limit'
import { verifyPassword } from './password'
import { newToken, tokenDigest } from './tokens'

export interface SignInContext {
  pool: pg.Pool
  limits: LoginLimits
  tokenTtlSeconds: number
  address: string
  now: Date
}

export async function signIn(request: SessionRequest, ctx: SignInContext): Promise<Session> {
  const { pool, now } = ctx
  const attempt = await underLoginLimit(pool, ctx.limits, { login: request.login, address: ctx.address }, now, async () => {
    const found = await findAccount(pool, request.login)
    const right = await verifyPassword(found?.passwordHash, request.password)
    return { ok: right, value: found }
  })
  const found = attempt.value
  if (!attempt.ok || !found) throw new RedaksiFailure('auth.bad-login')
  // Only someone who knows the password learns that the account is disabled.
  if (found.disabled) throw new RedaksiFailure('auth.disabled', { login: found.login })
  const token = newToken()
  const expiresAt = new Date(now.getTime() + ctx.tokenTtlSeconds * 1000)
  const { rows } = await pool.query<DeviceRow>(
    `insert into devices (account_id, name, token_sha256, created_at, last_used_at, expires_at)
     values ($1, $2, $3, $4, $4, $5) returning id, name, created_at, last_used_at, expires_at`,
    [found.id, request.deviceName, tokenDigest(token), now, expiresAt]
  )
  const row = rows[0] as DeviceRow
  const { passwordHash: _hash, ...account } = found
  return { token, device: deviceOf(row, row.id), account }
}

/** The account's devices still signed in (not revoked, not expired), newest first. */
export async function listDevices(pool: pg.Pool, accountId: string, currentId: string, now: Date): Promise<Device[]> {
  const { rows } = await pool.query<DeviceRow>(
    `select id, name, created_at, last_used_at, expires_at from devices
      where account_id = $1 and revoked_at is null and expires_at > $2 order by created_at desc`,
    [accountId, now]
  )
  return rows.map((row) => deviceOf(row, currentId))
}

/** Revokes one of the account's own devices; another account's device is "not found", never touched. */
export async function revokeDevice(pool: pg.Pool, accountId: string, deviceId: string, now: Date): Promise<void> {
  const { rowCount } = await pool.query('update devices set revoked_at = $3 where id = $1 and account_id = $2 and revoked_at is null', [deviceId, accountId, now])
  if (rowCount === 0) throw new RedaksiFailure('auth.device-not-found', { id: deviceId })
}
