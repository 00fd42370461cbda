// A password and a device token never appear in the server's logs nor anywhere in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { http, runServerCli, startPostgres, startServer, type TestPostgres, type TestServer } from './harness'
import { bearer, signIn, tokenFor } from './helpers'
import { pgDump, pgTool } from './pg-tools'

describe('secrets stay secret', () => {
  let db: TestPostgres
  let server: TestServer
  const password = 'Sandi-Rahasia-Sekali-7731'
  beforeAll(async () => {
    db = await startPostgres()
    server = await startServer({ databaseUrl: db.url, env: { REDAKSI_LOG_LEVEL: 'debug' } })
  }, 90_000)
  afterAll(async () => {
    await server?.stop()
    await db?.stop()
  })

  it('keeps the password and the token out of stdout, stderr and a full dump of the database', async () => {
    const cli = await runServerCli(['account', 'add', 'sari', '--name', 'Sari', '--role', 'penulis', '--database', db.url], { stdin: `${password}\n` })
    expect(cli.code).toBe(0)
    const session = await tokenFor(server.url, 'sari', password)
    expect((await http(`${server.url}/v1/me`, { headers: bearer(session.token) })).status).toBe(200)
    expect((await signIn(server.url, 'sari', `${password}-salah`)).status).toBe(401)
    expect((await http(`${server.url}/v1/devices`, { headers: bearer(session.token) })).status).toBe(200)
    await http(`${server.url}/v1/session`, { method: 'POST', body: { login: 'sari', password, deviceName: 'x'.repeat(500) } })

    const logs = server.output() + cli.stdout + cli.stderr
    expect(logs).toContain('"msg":"signed in"')
    expect(logs).not.toContain(password)
    expect(logs).not.toContain(session.token)
    expect(logs).not.toContain(db.url.split('@')[0]?.split(':')[2] ?? 'no-db-password')

    if (!pgTool(db, 'pg_dump')) return expect.unreachable(`pg_dump missing beside ${db.binaries.bindir}: install postgresql-client`)
    const dump = await pgDump(db, ['--format=plain', '--data-only'])
    expect(dump).toContain('$argon2id$v=19$m=19456,t=2,p=1$')
    expect(dump).not.toContain(password)
    expect(dump).not.toContain(session.token)
    expect(dump).not.toContain(Buffer.from(session.token).toString('hex'))
  }, 60_000)
})
