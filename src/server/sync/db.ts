// The little of node-postgres that sync uses, as an interface: the platform's pool is passed in,
// and tests of the pure parts need no database.
export interface QueryResult<R> {
  rows: R[]
  rowCount: number | null
}

export interface Db {
  query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<QueryResult<R>>
}

export interface DbClient extends Db {
  release(err?: Error | boolean): void
}

export interface DbPool extends Db {
  connect(): Promise<DbClient>
}

/** The NOTIFY channel every server process listens on. */
export const SYNC_CHANNEL = 'redaksi_sync'

/** PostgreSQL's SQLSTATE for a unique violation: two transactions made the same key. */
export const UNIQUE_VIOLATION = '23505'

export const sqlState = (err: unknown): string | undefined =>
  typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined

export async function inTransaction<T>(pool: DbPool, work: (db: DbClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  // A client whose rollback failed is broken: released with a truthy value, the pool closes it.
  let broken: Error | boolean = false
  try {
    await client.query('begin')
    const out = await work(client)
    await client.query('commit')
    return out
  } catch (err) {
    await client.query('rollback').catch((e: unknown) => {
      broken = e instanceof Error ? e : true
    })
    throw err
  } finally {
    client.release(broken)
  }
}
