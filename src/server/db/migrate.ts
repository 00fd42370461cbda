// Schema migrations through node-pg-migrate's programmatic runner, on every start. Its advisory
// lock makes a second server process starting at the same moment wait, not race.
import { fileURLToPath } from 'node:url'
import { runner } from 'node-pg-migrate'

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url))
export const MIGRATIONS_TABLE = 'pgmigrations'
/** Files in the folder that are not migrations (this README). */
export const MIGRATIONS_IGNORE = '(\\..*)|(.*\\.md)'

export interface MigrationLog {
  info(message: string): void
}

/** Applies every migration not yet applied; returns the names it applied (none on a current schema). */
export async function migrate(databaseUrl: string, log: MigrationLog): Promise<string[]> {
  const applied = await runner({
    databaseUrl,
    dir: MIGRATIONS_DIR,
    ignorePattern: MIGRATIONS_IGNORE,
    migrationsTable: MIGRATIONS_TABLE,
    direction: 'up',
    checkOrder: true,
    singleTransaction: true,
    advisoryLockMode: 'wait',
    logger: { debug: () => undefined, info: () => undefined, warn: (m: string) => log.info(m), error: (m: string) => log.info(m) }
  })
  return applied.map((m) => m.name)
}
