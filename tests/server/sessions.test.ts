// Signing in, devices, revocation, disabling, expiry — the real server on a real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import type { Device, Session } from '../../src/shared/server/accounts'
import { http, runServerCli, startPostgres, startServer, type TestPostgres, type TestServer } from './harness'
import { addAccountByCli, bearer, signIn, tokenFor } from './helpers'

type Refusal = { ok: false; error: { code: string; reason: string; params?: Record<string, unknown>; message: string } }
const reasonOf = (json: unknown) => (json as Refusal).error.reason

describe('sessions and devices', () => {
  let db: TestPostgres
  let server: TestServer
  beforeAll(async () => {
    db = await startPostgres()
    await addAccountByCli(db.url, 'sari', 'penulis', 'rahasia-sari-2026', 'Sari Wulandari')
    await addAccountByCli(db.url, 'joko', 'editor', 'rahasia-joko-2026', 'Joko')
    server = await startServer({ databaseUrl: db.url })
  }, 90_000)
  afterAll(async () => {
    await server?.stop()
    await db?.stop()
  })

  it('signs in with the right password and says who I am; refuses a wrong one and an unknown login alike', async () => {
    const session = await tokenFor(server.url, 'SARI', 'rahasia-sari-2026', 'Laptop liputan')
    expect(session.token).toMatch(/^rdk_[A-Za-z0-9_-]{43}$/)
    expect(session.account).toMatchObject({ login: 'sari', displayName: 'Sari Wulandari', role: 'penulis', disabled: false })
    expect(session.device).toMatchObject({ name: 'Laptop liputan', current: true })
    const ttl = Date.parse(session.device.expiresAt) - Date.parse(session.device.createdAt)
    expect(ttl).toBe(30 * 86_400_000)

    const me = await http(`${server.url}/v1/me`, { headers: bearer(session.token) })
    expect(me.status).toBe(200)
    expect(me.json).toEqual({ ok: true, value: { account: session.account, deviceId: session.device.id } })

    const wrong = await signIn(server.url, 'sari', 'salah-sandi-sekali')
    const unknown = await signIn(server.url, 'tidak-ada', 'salah-sandi-sekali')
    expect(wrong.status).toBe(401)
    expect(wrong.json).toEqual({ ok: false, error: { code: 'unauthorized', reason: 'auth.bad-login', message: 'Nama pengguna atau kata sandi salah.' } })
    expect(unknown.json).toEqual(wrong.json)
  })

  it('refuses requests without a token, with a made-up token, and bodies the shared schema refuses', async () => {
    expect((await http(`${server.url}/v1/me`)).status).toBe(401)
    expect(reasonOf((await http(`${server.url}/v1/me`)).json)).toBe('auth.no-token')
    const madeUp = await http(`${server.url}/v1/me`, { headers: bearer(`rdk_${'A'.repeat(43)}`) })
    expect([madeUp.status, reasonOf(madeUp.json)]).toEqual([401, 'auth.no-token'])
    const bad = await http(`${server.url}/v1/session`, { method: 'POST', body: { login: 'sari', password: 'x' }, headers: { 'accept-language': 'en' } })
    expect(bad.status).toBe(400)
    expect(bad.json).toMatchObject({ ok: false, error: { code: 'invalid-request', reason: 'request.invalid', issues: [{ at: { field: 'request', path: ['deviceName'] }, kind: 'required', message: 'deviceName: is required' }] } })
    const notJson = await http(`${server.url}/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: undefined })
    expect(notJson.status).toBe(400)
  })

  it('lists my devices, revokes one at once, and logs out', async () => {
    const laptop = await tokenFor(server.url, 'joko', 'rahasia-joko-2026', 'Laptop meja')
    const phone = await tokenFor(server.url, 'joko', 'rahasia-joko-2026', 'Telepon')
    const listed = await http(`${server.url}/v1/devices`, { headers: bearer(laptop.token) })
    const devices = (listed.json as { value: Device[] }).value
    expect(devices.map((d) => [d.name, d.current])).toEqual([
      ['Telepon', false],
      ['Laptop meja', true]
    ])
    const revoked = await http(`${server.url}/v1/devices/${phone.device.id}`, { method: 'DELETE', headers: bearer(laptop.token) })
    expect(revoked.json).toEqual({ ok: true, value: null })
    const after = await http(`${server.url}/v1/me`, { headers: bearer(phone.token) })
    expect([after.status, reasonOf(after.json)]).toEqual([401, 'auth.token-revoked'])

    expect((await http(`${server.url}/v1/session`, { method: 'DELETE', headers: bearer(laptop.token) })).status).toBe(200)
    expect(reasonOf((await http(`${server.url}/v1/me`, { headers: bearer(laptop.token) })).json)).toBe('auth.token-revoked')
  })

  it("does not let another account's token list or revoke my devices", async () => {
    const mine = await tokenFor(server.url, 'sari', 'rahasia-sari-2026', 'Laptop Sari')
    const theirs = await tokenFor(server.url, 'joko', 'rahasia-joko-2026', 'Laptop Joko')
    const seen = (await http(`${server.url}/v1/devices`, { headers: bearer(theirs.token) })).json as { value: Device[] }
    expect(seen.value.map((d) => d.id)).not.toContain(mine.device.id)
    const attempt = await http(`${server.url}/v1/devices/${mine.device.id}`, { method: 'DELETE', headers: bearer(theirs.token) })
    expect([attempt.status, reasonOf(attempt.json)]).toEqual([404, 'auth.device-not-found'])
    expect((await http(`${server.url}/v1/me`, { headers: bearer(mine.token) })).status).toBe(200)
    const notAdmin = await http(`${server.url}/v1/accounts`, { headers: bearer(theirs.token) })
    expect([notAdmin.status, reasonOf(notAdmin.json)]).toEqual([403, 'auth.not-admin'])
  })

  it("stops a disabled account's tokens at once and refuses its sign-in with the reason", async () => {
    await addAccountByCli(db.url, 'tono', 'penulis', 'rahasia-tono-2026')
    const session = await tokenFor(server.url, 'tono', 'rahasia-tono-2026')
    expect((await http(`${server.url}/v1/me`, { headers: bearer(session.token) })).status).toBe(200)
    const disabled = await runServerCli(['account', 'disable', 'tono', '--database', db.url])
    expect(disabled.code).toBe(0)
    const after = await http(`${server.url}/v1/me`, { headers: bearer(session.token) })
    expect([after.status, reasonOf(after.json)]).toEqual([401, 'auth.token-revoked'])
    const again = await signIn(server.url, 'tono', 'rahasia-tono-2026')
    expect(again.status).toBe(403)
    expect(again.json).toEqual({ ok: false, error: { code: 'forbidden', reason: 'auth.disabled', params: { login: 'tono' }, message: 'Akun tono dinonaktifkan. Hubungi admin redaksi.' } })
  }, 30_000)

  it('refuses the token of an account whose disabled flag is set by any means, on the next request', async () => {
    await addAccountByCli(db.url, 'rina', 'penulis', 'rahasia-rina-2026')
    const session = await tokenFor(server.url, 'rina', 'rahasia-rina-2026')
    const client = new pg.Client(db.url)
    await client.connect()
    await client.query("update accounts set disabled = true where login = 'rina'")
    await client.end()
    const after = await http(`${server.url}/v1/me`, { headers: bearer(session.token) })
    expect([after.status, reasonOf(after.json)]).toEqual([403, 'auth.disabled'])
  }, 30_000)

  it('lets an admin list, add and disable accounts over HTTP', async () => {
    await addAccountByCli(db.url, 'admin', 'admin', 'rahasia-admin-2026')
    const admin = await tokenFor(server.url, 'admin', 'rahasia-admin-2026')
    const added = await http(`${server.url}/v1/accounts`, { method: 'POST', headers: bearer(admin.token), body: { login: 'wati', displayName: 'Wati', role: 'redaktur-pelaksana', password: 'rahasia-wati-2026' } })
    expect(added.status).toBe(201)
    const wati = await tokenFor(server.url, 'wati', 'rahasia-wati-2026')
    const patched = await http(`${server.url}/v1/accounts/wati`, { method: 'PATCH', headers: bearer(admin.token), body: { disabled: true } })
    expect((patched.json as { value: { disabled: boolean } }).value.disabled).toBe(true)
    expect(reasonOf((await http(`${server.url}/v1/me`, { headers: bearer(wati.token) })).json)).toBe('auth.token-revoked')
    const list = (await http(`${server.url}/v1/accounts`, { headers: bearer(admin.token) })).json as { value: { login: string }[] }
    expect(list.value.map((a) => a.login)).toEqual(['admin', 'joko', 'rina', 'sari', 'tono', 'wati'])
  }, 30_000)
})

describe('token expiry', () => {
  it('refuses a token once its life (REDAKSI_TOKEN_TTL) is over', async () => {
    const db = await startPostgres()
    const server = await startServer({ databaseUrl: db.url, env: { REDAKSI_TOKEN_TTL: '2s' } })
    try {
      await addAccountByCli(db.url, 'sari', 'penulis', 'rahasia-sari-2026')
      const session: Session = await tokenFor(server.url, 'sari', 'rahasia-sari-2026')
      expect(Date.parse(session.device.expiresAt) - Date.parse(session.device.createdAt)).toBe(2000)
      expect((await http(`${server.url}/v1/me`, { headers: bearer(session.token) })).status).toBe(200)
      await new Promise((r) => setTimeout(r, 2100))
      const late = await http(`${server.url}/v1/me`, { headers: { ...bearer(session.token), 'accept-language': 'en' } })
      expect(late.status).toBe(401)
      expect(late.json).toEqual({ ok: false, error: { code: 'unauthorized', reason: 'auth.token-expired', message: 'This device’s session has expired. Sign in again.' } })
    } finally {
      await server.stop()
      await db.stop()
    }
  }, 60_000)
})
