// The account CLI as real child processes against a real PostgreSQL, password on stdin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { runServerCli, startPostgres, type TestPostgres } from './harness'

describe('redaksi-server account …', () => {
  let db: TestPostgres
  beforeAll(async () => {
    db = await startPostgres()
  }, 60_000)
  afterAll(async () => {
    await db?.stop()
  })
  const cli = (args: string[], stdin = '') => runServerCli(['account', ...args, '--database', db.url], { stdin, env: { LANG: 'en_US.UTF-8' } })

  it('adds the first admin on an empty database, lists, disables, enables and resets a password', async () => {
    const added = await cli(['add', 'Sekar', '--name', 'Sekar Ayu', '--role', 'admin'], 'rahasia-sekar-2026\n')
    expect(added.stderr).toBe('')
    expect(added.code).toBe(0)
    expect(added.stdout).toMatch(/^Account added: sekar +admin +active +Sekar Ayu\n$/)
    expect((await cli(['add', 'budi', '--name', 'Budi', '--role', 'penulis'], 'rahasia-budi-2026')).code).toBe(0)

    const listed = await cli(['list', '--json'])
    expect(listed.code).toBe(0)
    const accounts = JSON.parse(listed.stdout) as { login: string; role: string; disabled: boolean; displayName: string }[]
    expect(accounts.map(({ login, role, disabled, displayName }) => ({ login, role, disabled, displayName }))).toEqual([
      { login: 'budi', role: 'penulis', disabled: false, displayName: 'Budi' },
      { login: 'sekar', role: 'admin', disabled: false, displayName: 'Sekar Ayu' }
    ])

    expect((await cli(['disable', 'budi'])).stdout).toMatch(/^Account disabled: budi +penulis +disabled +Budi\n$/)
    expect((await cli(['enable', 'budi'])).stdout).toMatch(/^Account enabled: budi +penulis +active +Budi\n$/)

    const client = new pg.Client(db.url)
    await client.connect()
    const before = (await client.query<{ password_hash: string }>("select password_hash from accounts where login = 'budi'")).rows[0]?.password_hash
    const reset = await cli(['reset-password', 'budi'], 'kata-sandi-baru-budi\n')
    expect(reset.code).toBe(0)
    const after = (await client.query<{ password_hash: string }>("select password_hash from accounts where login = 'budi'")).rows[0]?.password_hash
    await client.end()
    expect(before).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(after).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(after).not.toBe(before)
  }, 90_000)

  it('refuses a duplicate login, a short password, an unknown role and an unknown account, in words', async () => {
    await cli(['add', 'ratna', '--name', 'Ratna', '--role', 'editor'], 'rahasia-ratna-2026')
    const dup = await cli(['add', 'ratna', '--name', 'Ratna', '--role', 'editor'], 'rahasia-ratna-2026')
    expect(dup).toMatchObject({ code: 1, stderr: 'redaksi-server: Account ratna already exists.\n' })
    const short = await cli(['add', 'dewi', '--name', 'Dewi', '--role', 'editor'], 'pendek')
    expect(short).toMatchObject({ code: 1, stderr: 'redaksi-server: A password needs at least 10 characters.\n' })
    const role = await cli(['add', 'dewi', '--name', 'Dewi', '--role', 'boss'], 'rahasia-dewi-2026')
    expect(role).toMatchObject({ code: 1, stderr: 'redaksi-server: The option --role is not valid: boss.\n' })
    const missing = await cli(['disable', 'nobody'])
    expect(missing).toMatchObject({ code: 1, stderr: 'redaksi-server: Account nobody was not found.\n' })
    const empty = await cli(['reset-password', 'ratna'], '')
    expect(empty).toMatchObject({ code: 1, stderr: 'redaksi-server: Empty password: send it on stdin or type it when asked.\n' })
  }, 90_000)
})
