// The set-up most server test files share: one real PostgreSQL, one real server process on it,
// and the newsroom's people with accounts and sessions, started before the file's tests and
// stopped after them.
import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'
import type { AccountRole } from '../../../src/shared/server/accounts'
import { startPostgres, startServer, type TestPostgres, type TestServer } from '../harness'
import { addPerson, type Person } from './desk'

/** The desk's people, the same in every file, so a name in a test always means one account. */
export const PEOPLE = {
  ani: { name: 'Ani Wulandari', role: 'penulis' },
  dewi: { name: 'Dewi Lestari', role: 'penulis' },
  budi: { name: 'Budi Santoso', role: 'editor' },
  eko: { name: 'Eko Prasetyo', role: 'editor' },
  root: { name: 'Admin Redaksi', role: 'admin' }
} as const satisfies Record<string, { name: string; role: AccountRole }>

export type Login = keyof typeof PEOPLE

export interface ServerDesk<K extends Login> {
  readonly url: string
  readonly pool: pg.Pool
  readonly db: TestPostgres
  readonly server: TestServer
  readonly people: Readonly<Record<K, Person>>
}

/** Registers the file's beforeAll and afterAll; the desk's fields are there once beforeAll ran. */
export function useServerDesk<K extends Login>(logins: readonly K[]): ServerDesk<K> {
  let started: { db: TestPostgres; server: TestServer; pool: pg.Pool; people: Record<K, Person> } | null = null
  let db: TestPostgres | undefined
  let server: TestServer | undefined
  let pool: pg.Pool | undefined
  beforeAll(async () => {
    db = await startPostgres()
    server = await startServer({ databaseUrl: db.url })
    pool = new pg.Pool({ connectionString: db.url, max: 2 })
    const people = {} as Record<K, Person>
    for (const login of logins) people[login] = await addPerson(pool, login, PEOPLE[login].name, PEOPLE[login].role)
    started = { db, server, pool, people }
  }, 120_000)
  afterAll(async () => {
    await pool?.end()
    await server?.stop()
    await db?.stop()
  }, 60_000)
  const live = () => {
    if (!started) throw new Error('useServerDesk: read before its beforeAll ran')
    return started
  }
  return {
    get url() {
      return live().server.url
    },
    get pool() {
      return live().pool
    },
    get db() {
      return live().db
    },
    get server() {
      return live().server
    },
    get people() {
      return live().people
    }
  }
}
