// Failed sign-ins are counted in PostgreSQL, per login and per client address, over a sliding
// window, so every server process behind a load balancer counts the same attempts. While either
// count is at its limit, every sign-in is refused — the right password too, or the limit would
// only slow a guesser down — with the seconds until the oldest counted failure ages out.
import type pg from 'pg'
import { RedaksiFailure } from '../../shared/result'

export interface LoginLimits {
  /** Seconds a failure counts for. */
  window: number
  perAccount: number
  perAddress: number
}

async function secondsLocked(db: pg.PoolClient, column: 'login' | 'address', value: string, limit: number, windowSec: number, now: Date): Promise<number> {
  const since = new Date(now.getTime() - windowSec * 1000)
  const { rows } = await db.query<{ at: Date }>(`select at from login_failures where ${column} = $1 and at > $2 order by at desc limit $3`, [value, since, limit])
  if (rows.length < limit) return 0
  const freedAt = (rows[limit - 1] as { at: Date }).at.getTime() + windowSec * 1000
  return Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000))
}

/**
 * Runs one sign-in attempt under the limits. `attempt` checks the password and returns true when
 * it was right; a wrong one is recorded (and the caller refuses). Serialized per login and per address with advisory
 * locks, so parallel guesses on several processes cannot all slip under the limit at once.
 */
export async function underLoginLimit<T>(pool: pg.Pool, limits: LoginLimits, who: { login: string; address: string }, now: Date, attempt: () => Promise<{ ok: boolean; value: T }>): Promise<{ ok: boolean; value: T }> {
  const client = await pool.connect()
  try {
    await client.query('begin')
    await client.query('select pg_advisory_xact_lock(7301, hashtext($1))', [who.login])
    await client.query('select pg_advisory_xact_lock(7302, hashtext($1))', [who.address])
    const locked = Math.max(
      await secondsLocked(client, 'login', who.login, limits.perAccount, limits.window, now),
      await secondsLocked(client, 'address', who.address, limits.perAddress, limits.window, now)
    )
    if (locked > 0) throw new RedaksiFailure('auth.rate-limited', { seconds: locked })
    const result = await attempt()
    if (result.ok) await client.query('delete from login_failures where login = $1', [who.login])
    else await client.query('insert into login_failures (login, address, at) values ($1, $2, $3)', [who.login, who.address, now])
    await client.query('commit')
    return result
  } catch (error) {
    await client.query('rollback')
    throw error
  } finally {
    client.release()
  }
}

/** Forgets failures older than the window; run now and then, by any process. */
export async function pruneLoginFailures(pool: pg.Pool, windowSec: number, now: Date): Promise<void> {
  await pool.query('delete from login_failures where at < $1', [new Date(now.getTime() - windowSec * 1000)])
}
