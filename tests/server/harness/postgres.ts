// A fresh PostgreSQL cluster for one test file: its own temp folder, a free 127.0.0.1 port, the
// same runtime the server uses (src/server/db/postgres). `stop()` shuts it down and removes it.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BinaryPreference, PgBinaries } from '../../../src/server/db/postgres/binaries'
import { startCluster } from '../../../src/server/db/postgres/cluster'

export interface TestPostgres {
  /** postgres://redaksi:…@127.0.0.1:PORT/redaksi (a superuser; the database exists and is empty). */
  url: string
  port: number
  /** The folder holding the cluster (`pgdata/`) and its password file. */
  dataDir: string
  binaries: PgBinaries
  /** The postmaster's process id (its backends are its children). */
  pid: number
  /** Shuts the cluster down (fast shutdown) and deletes its folder. */
  stop(): Promise<void>
  /** Shuts it down but keeps the folder, for a restart with `startPostgres({ dataDir })`. */
  halt(): Promise<void>
}

export interface StartPostgresOptions {
  /** Reuse a folder from an earlier `halt()`; a new temp folder otherwise. */
  dataDir?: string
  /** Which binaries; defaults to the server's rule (REDAKSI_POSTGRES, else system, else embedded). */
  binaries?: BinaryPreference
  port?: number
}

// A test process that dies (a timeout, a crash) must not leave clusters behind: PostgreSQL runs in
// its own process group, so nothing else would stop it. SIGQUIT is its immediate shutdown.
const running = new Set<number>()
process.once('exit', () => {
  for (const pid of running) {
    try {
      process.kill(pid, 'SIGQUIT')
    } catch {
      // already gone
    }
  }
})

export async function startPostgres(options: StartPostgresOptions = {}): Promise<TestPostgres> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'redaksi-pg-'))
  // mkdtemp makes 0700 folders; as root the cluster runs as `postgres`, who must get through.
  chmodSync(dataDir, 0o711)
  const cluster = await startCluster({ dataDir, ...(options.binaries ? { binaries: options.binaries } : {}), ...(options.port ? { port: options.port } : {}) })
  running.add(cluster.pid)
  const halt = async () => {
    await cluster.stop()
    running.delete(cluster.pid)
  }
  return {
    url: cluster.url,
    port: cluster.port,
    dataDir,
    binaries: cluster.binaries,
    pid: cluster.pid,
    halt,
    stop: async () => {
      await halt()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}
