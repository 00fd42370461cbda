// docs/SERVER.md's backup and restore: pg_dump the server's database, restore it into a fresh
// cluster, run the server on the copy: the accounts still sign in, the devices still work.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { http, startPostgres, startServer, type TestPostgres } from './harness'
import { addAccountByCli, bearer, tokenFor } from './helpers'
import { pgDump, pgRestore } from './pg-tools'

describe('backup and restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-backup-'))
  const clusters: TestPostgres[] = []
  afterAll(async () => {
    await Promise.all(clusters.map((c) => c.stop()))
    rmSync(dir, { recursive: true, force: true })
  })

  it('restores a pg_dump into a fresh cluster where the accounts sign in and the old device token works', async () => {
    const original = await startPostgres()
    clusters.push(original)
    await addAccountByCli(original.url, 'sari', 'penulis', 'rahasia-sari-2026')
    await addAccountByCli(original.url, 'joko', 'editor', 'rahasia-joko-2026')
    const first = await startServer({ databaseUrl: original.url })
    const device = await tokenFor(first.url, 'sari', 'rahasia-sari-2026', 'Laptop liputan')
    await first.stop()

    const file = join(dir, 'redaksi.dump')
    await pgDump(original, ['--format=custom', `--file=${file}`])
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('PGDMP')
    await original.halt()

    const fresh = await startPostgres({ binaries: { bindir: original.binaries.bindir } })
    clusters.push(fresh)
    await pgRestore(fresh, file)
    const restored = await startServer({ databaseUrl: fresh.url })
    try {
      expect(restored.output()).toContain('"msg":"schema up to date"')
      const me = await http(`${restored.url}/v1/me`, { headers: bearer(device.token) })
      expect((me.json as { value: { account: { login: string } } }).value.account.login).toBe('sari')
      expect((await tokenFor(restored.url, 'joko', 'rahasia-joko-2026')).account.role).toBe('editor')
    } finally {
      await restored.stop()
    }
  }, 120_000)
})
