// --tls-cert/--tls-key: the server speaks only HTTPS on its port; a certificate made here.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { http, startPostgres, startServer, type TestPostgres, type TestServer } from './harness'
import { addAccountByCli, signIn } from './helpers'

describe('TLS', () => {
  let db: TestPostgres
  let server: TestServer
  let certPem: string
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-tls-'))
  beforeAll(async () => {
    const cert = join(dir, 'cert.pem')
    const key = join(dir, 'key.pem')
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' })
    certPem = readFileSync(cert, 'utf8')
    db = await startPostgres()
    await addAccountByCli(db.url, 'sari', 'penulis', 'rahasia-sari-2026')
    server = await startServer({ databaseUrl: db.url, tls: { cert, key, certPem } })
  }, 90_000)
  afterAll(async () => {
    await server?.stop()
    await db?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('serves /health and sign-in over HTTPS with the given certificate', async () => {
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    expect((await http(`${server.url}/health`, { ca: certPem })).json).toEqual({ ok: true })
    expect((await signIn(server.url, 'sari', 'rahasia-sari-2026', { ca: certPem })).status).toBe(201)
  })

  it('answers nothing over plain HTTP on that port, and is refused by a client that does not trust the certificate', async () => {
    await expect(http(`http://127.0.0.1:${server.port}/health`, { timeoutMs: 3000 })).rejects.toThrow(/socket hang up|ECONNRESET|timeout/)
    await expect(http(`${server.url}/health`)).rejects.toThrow(/self[- ]signed certificate/)
  })

  it('refuses to start with a certificate file it cannot read', async () => {
    await expect(startServer({ databaseUrl: db.url, args: ['--tls-cert', join(dir, 'missing.pem'), '--tls-key', join(dir, 'key.pem')], env: { LANG: 'en_US.UTF-8' } })).rejects.toThrow(/The TLS file .*missing\.pem cannot be read\./)
  }, 30_000)
})
