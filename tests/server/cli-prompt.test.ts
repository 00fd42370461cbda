// The password prompts of `redaksi-server account add` and `redaksi login`, typed at a real
// terminal: util-linux's `script` gives each command a pseudo-terminal, so stdin is a TTY, the
// prompt turns echo off, and whatever the terminal shows comes back through script's stdout.
import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir } from '../helpers/temp-dir'
import { SERVER_BIN, startPostgres, startServer, type TestPostgres, type TestServer } from './harness'
import { signIn } from './helpers'

const APP_CLI = fileURLToPath(new URL('../../src/main/cli.ts', import.meta.url))
const PASSWORD = 'rahasia-dapur-redaksi-77'
// Indonesian words whatever the machine's locale: LANG=C.UTF-8 and nothing that overrides it.
const ENV = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', REDAKSI_LANG: '' }

// util-linux's `script` (Debian's bsdutils, an essential package); BSD's takes other options.
const UTIL_LINUX_SCRIPT = /util-linux/.test(spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout ?? '')

const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`

/**
 * Runs `argv` on a pseudo-terminal and types each answer once the terminal shows its prompt
 * (typed earlier, the terminal would still be echoing: that is the terminal, not the program).
 */
function onTerminal(argv: string[], answers: { prompt: string; type: string }[]): Promise<{ code: number | null; screen: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', argv.map(quote).join(' '), '/dev/null'], { env: ENV, stdio: ['pipe', 'pipe', 'pipe'] })
    let screen = ''
    let seen = 0
    const pending = [...answers]
    const answerWhenAsked = (): void => {
      const next = pending[0]
      if (!next) return
      const at = screen.indexOf(next.prompt, seen)
      if (at < 0) return
      seen = at + next.prompt.length
      pending.shift()
      child.stdin.write(next.type)
      answerWhenAsked()
    }
    child.stdout.on('data', (c: Buffer) => {
      screen += c.toString('utf8')
      answerWhenAsked()
    })
    child.stderr.on('data', (c: Buffer) => (screen += c.toString('utf8')))
    child.once('error', reject)
    child.once('exit', (code) => resolve({ code, screen }))
  })
}

describe.skipIf(!UTIL_LINUX_SCRIPT)('password prompts on a real terminal (util-linux script)', () => {
  let db: TestPostgres
  let server: TestServer
  beforeAll(async () => {
    db = await startPostgres()
    server = await startServer({ databaseUrl: db.url })
  }, 120_000)
  afterAll(async () => {
    await server?.stop()
    await db?.stop()
  }, 60_000)

  it('makes an account from a password typed twice at a hidden prompt, never echoing it', async () => {
    const run = await onTerminal(
      [process.execPath, SERVER_BIN, 'account', 'add', 'dewi', '--name', 'Dewi Lestari', '--role', 'editor', '--database', db.url],
      [
        { prompt: 'Kata sandi: ', type: `${PASSWORD}\r` },
        { prompt: 'Ulangi kata sandi: ', type: `${PASSWORD}\r` }
      ]
    )
    expect(run.screen).not.toContain(PASSWORD)
    expect(run.screen).toContain('Kata sandi: \r\nUlangi kata sandi: \r\n')
    expect(run.code).toBe(0)
    expect((await signIn(server.url, 'dewi', PASSWORD)).status).toBe(201)
  }, 60_000)

  it('refuses two different passwords and makes no account', async () => {
    const run = await onTerminal(
      [process.execPath, SERVER_BIN, 'account', 'add', 'eko', '--name', 'Eko Prasetyo', '--role', 'penulis', '--database', db.url],
      [
        { prompt: 'Kata sandi: ', type: `${PASSWORD}\r` },
        { prompt: 'Ulangi kata sandi: ', type: 'lain-sama-sekali-123\r' }
      ]
    )
    expect(run.screen).toContain('Kedua kata sandi tidak sama.')
    expect(run.screen).not.toContain(PASSWORD)
    expect(run.code).toBe(1)
    expect((await signIn(server.url, 'eko', PASSWORD)).status).toBe(401)
  }, 60_000)

  it('signs `redaksi login` in with a password typed at a hidden prompt', async () => {
    const dataDir = await makeTempDir('redaksi-cli-prompt-')
    try {
      const run = await onTerminal(
        [process.execPath, '--import', 'tsx', APP_CLI, 'login', '--server', server.url, '--login', 'dewi', '--data-dir', dataDir.path],
        [{ prompt: 'Kata sandi: ', type: `${PASSWORD}\r` }]
      )
      expect(run.screen).not.toContain(PASSWORD)
      expect(run.screen).toContain(`Kata sandi: \r\nDewi Lestari (editor) @ ${server.url}\r\n`)
      expect(run.code).toBe(0)
    } finally {
      await dataDir.remove()
    }
  }, 60_000)
})
