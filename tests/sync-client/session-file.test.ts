// The session file (the device token) through the one typed JSON file, owner-only from its first
// byte whatever the umask, and a file that cannot be read is no session rather than an error.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { JsonFile } from '../../src/main/files'
import { SessionFile, type Session } from '../../src/main/sync/session-file'
import { makeTempDir } from '../helpers/temp-dir'

const SESSION: Session = {
  server: 'http://127.0.0.1:8470',
  token: 'rdk_token-uji-yang-rahasia',
  account: { id: 'acc-1', login: 'wulan', displayName: 'Wulan Sari', role: 'penulis' },
  connectedAt: '2026-12-01T12:00:00.000Z'
}

const cleanups: (() => Promise<void>)[] = []
const umask = process.umask()
afterEach(async () => {
  process.umask(umask)
  for (const c of cleanups.splice(0)) await c()
})
async function folder(): Promise<string> {
  const dir = await makeTempDir('redaksi-session-')
  cleanups.push(dir.remove)
  return dir.path
}

describe('session file', () => {
  it('is written 0600 even under a umask that would leave it readable by all, and read back', async () => {
    process.umask(0)
    const file = join(await folder(), 'sync', 'session.json')
    const session = await SessionFile.open(file)
    expect(session.get()).toBeNull()
    await session.set(SESSION)
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    expect((await stat(join(file, '..'))).mode & 0o777).toBe(0o700)
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ schemaVersion: 1, ...SESSION })
    expect((await SessionFile.open(file)).get()).toEqual(SESSION)
    // Replaced, it keeps the mode: the new bytes come in a temp file made 0600.
    await session.set({ ...SESSION, token: 'rdk_token-kedua' })
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    await session.clear()
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('reads a file it cannot parse as no session, and moves no copy of the token aside', async () => {
    const dir = await folder()
    const file = join(dir, 'session.json')
    await writeFile(file, '{"schemaVersion":1,"server":"http://127.0.0.1:8470","token":', { mode: 0o600 })
    expect((await SessionFile.open(file)).get()).toBeNull()
    expect(await readdir(dir)).toEqual(['session.json'])
  })

  it('gives a JsonFile the mode it is asked for, and the app’s private default without one', async () => {
    process.umask(0)
    const dir = await folder()
    const kind = { version: 1, schema: z.object({ n: z.number() }), onDamage: 'refuse' as const }
    await new JsonFile(join(dir, 'secret.json'), kind, { mode: 0o640 }).write({ n: 1 })
    await new JsonFile(join(dir, 'plain.json'), kind).write({ n: 1 })
    expect(await new JsonFile(join(dir, 'made.json'), kind, { mode: 0o600 }).create({ n: 2 })).toBe(true)
    expect((await stat(join(dir, 'secret.json'))).mode & 0o777).toBe(0o640)
    expect((await stat(join(dir, 'plain.json'))).mode & 0o777).toBe(0o600)
    expect((await stat(join(dir, 'made.json'))).mode & 0o777).toBe(0o600)
  })
})
