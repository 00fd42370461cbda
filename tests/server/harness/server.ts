// The real server as a child process (bin/redaksi-server.js, as `npx redaksi-server` runs it) on a
// free 127.0.0.1 port, resolved once GET /health answers 200. Its stdout and stderr are kept, so
// a test can read its logs (and check they hold no secret).
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { freePort } from '../../../src/server/db/postgres/free-port'
import { http } from './http'

export const SERVER_BIN = fileURLToPath(new URL('../../../bin/redaksi-server.js', import.meta.url))

export interface TestServer {
  /** http://127.0.0.1:PORT (https:// with `tls`). */
  url: string
  port: number
  process: ChildProcess
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string
  /** SIGTERM, then waits for the exit (SIGKILL after 20 s); resolves with the exit code. */
  stop(): Promise<number | null>
  /** SIGKILL, waits for the exit. */
  kill(): Promise<void>
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

export interface StartServerOptions {
  /** An existing cluster (from startPostgres); without it the server runs its own in `--data`. */
  databaseUrl?: string
  /** Extra environment, e.g. { REDAKSI_TOKEN_TTL: '2s', REDAKSI_LOGIN_LIMIT_ACCOUNT: '3' }. */
  env?: Record<string, string>
  /** Extra command-line options, e.g. ['--trust-proxy', 'true']. */
  args?: string[]
  port?: number
  tls?: { cert: string; key: string; certPem: string }
  startTimeoutMs?: number
}

// Servers left running when the test process exits early are killed with it.
const started = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of started) child.kill('SIGKILL')
})

export async function startServer(options: StartServerOptions = {}): Promise<TestServer> {
  const port = options.port ?? (await freePort())
  const args = [SERVER_BIN, '--host', '127.0.0.1', '--port', String(port)]
  if (options.tls) args.push('--tls-cert', options.tls.cert, '--tls-key', options.tls.key)
  args.push(...(options.args ?? []))
  // The database URL holds a password: in the environment, not on a command line `ps` shows.
  const env = { ...process.env, REDAKSI_LOG_LEVEL: 'info', ...(options.databaseUrl ? { REDAKSI_DATABASE_URL: options.databaseUrl } : {}), ...options.env }
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  started.add(child)
  child.once('exit', () => started.delete(child))
  let log = ''
  child.stdout?.on('data', (c: Buffer) => (log += c.toString('utf8')))
  child.stderr?.on('data', (c: Buffer) => (log += c.toString('utf8')))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
  const url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`
  const running = () => child.exitCode === null && child.signalCode === null
  const stop = async () => {
    if (running()) {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
      const { code } = await exited
      clearTimeout(timer)
      return code
    }
    return (await exited).code
  }
  const kill = async () => {
    if (running()) child.kill('SIGKILL')
    await exited
  }

  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000)
  for (;;) {
    if (!running()) throw new Error(`redaksi-server exited before /health answered:\n${log}`)
    const answer = await http(`${url}/health`, { ...(options.tls ? { ca: options.tls.certPem } : {}), timeoutMs: 2000 }).catch(() => undefined)
    if (answer?.status === 200) break
    if (Date.now() > deadline) {
      await kill()
      throw new Error(`redaksi-server did not answer /health within the time:\n${log}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return { url, port, process: child, output: () => log, stop, kill, exited }
}
