// The server's database: an existing cluster by URL (--database), or its own cluster in the data
// folder, started if it is not running yet and reused if it is (a `redaksi-server account …` run
// beside a running server connects to the server's cluster instead of starting a second one).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import { RedaksiFailure } from '../../shared/result'
import { redactUrl } from '../data-dir'
import { CLUSTER_DATABASE, CLUSTER_ROLE, startCluster } from './postgres/cluster'

export interface Database {
  pool: pg.Pool
  url: string
  /** Where it is, without the password: safe to print. */
  where: string
  /** Ends the pool, and stops the cluster when this process started it. */
  close(): Promise<void>
}

const POOL_END_WAIT_MS = 5000

export type DatabaseSource = { url: string } | { dataDir: string }

export interface OpenOptions {
  log: (line: string) => void
  poolSize?: number
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The URL of a cluster already running in the data folder, from its postmaster.pid (line 4: port). */
function runningClusterUrl(dataDir: string): string | undefined {
  const pidFile = join(dataDir, 'pgdata', 'postmaster.pid')
  const passwordFile = join(dataDir, 'pg-password')
  if (!existsSync(pidFile) || !existsSync(passwordFile)) return undefined
  const lines = readFileSync(pidFile, 'utf8').split('\n')
  const pid = Number(lines[0])
  const port = Number(lines[3])
  if (!pid || !port || !alive(pid)) return undefined
  const password = readFileSync(passwordFile, 'utf8').trim()
  return `postgres://${CLUSTER_ROLE}:${encodeURIComponent(password)}@127.0.0.1:${port}/${CLUSTER_DATABASE}`
}

async function reachable(pool: pg.Pool, where: string): Promise<void> {
  try {
    await pool.query('select 1')
  } catch (error) {
    throw new RedaksiFailure('server.database-unreachable', { where }, { cause: error })
  }
}

export async function openDatabase(source: DatabaseSource, options: OpenOptions): Promise<Database> {
  let url: string
  let stopCluster: () => Promise<void> = async () => undefined
  if ('url' in source) {
    url = source.url
  } else {
    const running = runningClusterUrl(source.dataDir)
    if (running) {
      options.log(`using the PostgreSQL already running in ${source.dataDir}`)
      url = running
    } else {
      const cluster = await startCluster({ dataDir: source.dataDir, log: options.log })
      options.log(`started PostgreSQL ${cluster.binaries.major} (${cluster.binaries.source}, ${cluster.binaries.bindir}) in ${source.dataDir} on 127.0.0.1:${cluster.port}`)
      url = cluster.url
      stopCluster = cluster.stop
    }
  }
  const where = redactUrl(url)
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 })
  // A dropped connection (PostgreSQL restarted) is an idle client's error event: log, don't crash.
  pool.on('error', (error) => options.log(`database connection lost: ${error.message}`))
  try {
    await reachable(pool, where)
  } catch (error) {
    await pool.end()
    await stopCluster()
    throw error
  }
  return {
    pool,
    url,
    where,
    close: async () => {
      // pool.end() waits for every checked-out client; one never released (a bug elsewhere)
      // must not keep the process, and the PostgreSQL it started, alive forever.
      let timer: NodeJS.Timeout | undefined
      const late = new Promise<'late'>((resolveLate) => (timer = setTimeout(() => resolveLate('late'), POOL_END_WAIT_MS)))
      const ended = await Promise.race([pool.end().then(() => 'ended' as const), late])
      clearTimeout(timer)
      if (ended === 'late') options.log(`database pool still had clients in use after ${POOL_END_WAIT_MS} ms; closing anyway`)
      await stopCluster()
    }
  }
}
