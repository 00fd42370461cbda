// Failed sign-ins limited per account and per address, counted in PostgreSQL so that two server
// processes on one database agree. Addresses come from X-Forwarded-For (--trust-proxy true).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPostgres, startServer, type TestPostgres, type TestServer } from './harness'
import { addAccountByCli, signIn } from './helpers'

type Refusal = { ok: false; error: { reason: string; params: { seconds: number }; message: string } }

describe('login limits', () => {
  let db: TestPostgres
  let a: TestServer
  let b: TestServer
  beforeAll(async () => {
    db = await startPostgres()
    for (const login of ['sari', 'joko', 'dewi']) await addAccountByCli(db.url, login, 'penulis', `rahasia-${login}-2026`)
    const options = { databaseUrl: db.url, args: ['--trust-proxy', 'true'], env: { REDAKSI_LOGIN_LIMIT_ACCOUNT: '3', REDAKSI_LOGIN_LIMIT_ADDRESS: '5', REDAKSI_LOGIN_WINDOW: '15m' } }
    ;[a, b] = await Promise.all([startServer(options), startServer(options)])
  }, 90_000)
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await db?.stop()
  })

  it('refuses an account after 3 failures from any addresses on either process, the right password too, saying for how long', async () => {
    expect((await signIn(a.url, 'sari', 'salah-satu-kali', { address: '10.1.0.1' })).status).toBe(401)
    expect((await signIn(a.url, 'sari', 'salah-dua-kali', { address: '10.1.0.2' })).status).toBe(401)
    expect((await signIn(b.url, 'sari', 'salah-tiga-kali', { address: '10.1.0.3' })).status).toBe(401)
    const locked = await signIn(b.url, 'sari', 'rahasia-sari-2026', { address: '10.1.0.4' })
    expect(locked.status).toBe(429)
    const error = (locked.json as Refusal).error
    expect(error.reason).toBe('auth.rate-limited')
    expect(error.params.seconds).toBeGreaterThanOrEqual(890)
    expect(error.params.seconds).toBeLessThanOrEqual(900)
    expect(error.message).toBe(`Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${error.params.seconds} detik.`)
    expect(locked.headers['retry-after']).toBe(String(error.params.seconds))
    // Another account is not locked by sari's failures.
    expect((await signIn(a.url, 'dewi', 'rahasia-dewi-2026', { address: '10.1.0.5' })).status).toBe(201)
  })

  it('refuses an address after 5 failures across logins, while other addresses still sign in', async () => {
    for (const [i, login] of ['budi', 'tono', 'wati', 'ani', 'rudi'].entries()) {
      expect((await signIn(i % 2 ? a.url : b.url, login, 'tebakan-acak-saja', { address: '10.2.0.9' })).status).toBe(401)
    }
    const locked = await signIn(a.url, 'joko', 'rahasia-joko-2026', { address: '10.2.0.9' })
    expect([locked.status, (locked.json as Refusal).error.reason]).toEqual([429, 'auth.rate-limited'])
    expect((await signIn(a.url, 'joko', 'rahasia-joko-2026', { address: '10.2.0.10' })).status).toBe(201)
  })

  it('does not let parallel guesses slip under the limit', async () => {
    const guesses = await Promise.all(Array.from({ length: 8 }, (_, i) => signIn(i % 2 ? a.url : b.url, 'joko', `tebakan-${i}-salah`, { address: `10.3.0.${i}` })))
    expect(guesses.map((g) => g.status).sort()).toEqual([401, 401, 401, 429, 429, 429, 429, 429])
  })
})
