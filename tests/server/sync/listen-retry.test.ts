// The server's LISTEN connection cut while setting it up again fails for a while: each failed
// attempt gives its connection back (the pool is not drained by retries), attempts back off, and
// once set-up works the old event stream hears new changes again — without a server restart.
import { afterAll, beforeAll, expect, it } from 'vitest'
import pg from 'pg'
import { http, startPostgres, startServer, type TestPostgres, type TestServer } from '../harness'
import { addPerson, applied, bearer, make, one, ulid } from './desk'
import { cleanDraft } from './memory-desk'
import { listen } from './sse'

let db: TestPostgres
let server: TestServer
let admin: pg.Client

beforeAll(async () => {
  db = await startPostgres()
  server = await startServer({ databaseUrl: db.url })
  admin = new pg.Client(db.url)
  await admin.connect()
}, 120_000)
afterAll(async () => {
  await admin?.end()
  await server?.stop()
  await db?.stop()
}, 60_000)

const POOL_SIZE = 10

/** The waits the server logged before each new LISTEN set-up, in order. */
const retryWaits = (): number[] =>
  server
    .output()
    .split('\n')
    .filter((l) => l.includes('sync events: cannot listen') || l.includes('sync events: connection lost'))
    .map((l) => (JSON.parse(l) as { retryInMs: number }).retryInMs)

it('gives back every connection of a failed LISTEN set-up, backs off, and resumes live events', async () => {
  const ani = await addPerson(admin, 'ani', 'Ani Wulandari', 'penulis')
  const events = await listen(server.url, ani.token)
  const id = ulid()
  applied(await one(server.url, ani, make.create(id, cleanDraft())))
  expect(await events.reach(1)).toBe(1)

  // The set-up reads the counter after LISTEN: without it, every attempt connects, then fails.
  await admin.query('alter table sync_counter rename to sync_counter_away')
  await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where pid <> pg_backend_pid() and datname = current_database()")
  // Long enough for a retry every 500 ms (the old rule) to have taken more connections than the pool has.
  await new Promise((r) => setTimeout(r, 6500))
  // The connection lost, then four failed set-ups, at 0.25, 0.75, 1.75 and 3.75 s; the next is due at 7.75 s.
  expect(retryWaits()).toEqual([250, 500, 1000, 2000, 4000])
  const { rows } = await admin.query<{ n: string }>(
    "select count(*) as n from pg_stat_activity where pid <> pg_backend_pid() and datname = current_database() and backend_type = 'client backend'"
  )
  // Between attempts the server holds no connection at all: each failed one was closed.
  expect(rows[0]!.n).toBe('0')
  await admin.query('alter table sync_counter_away rename to sync_counter')

  // More requests at once than the pool has connections: each is served, none waits on a lost one.
  const answers = await Promise.all(Array.from({ length: POOL_SIZE + 2 }, () => http(`${server.url}/v1/pull?since=0`, { headers: bearer(ani) })))
  expect(answers.map((a) => a.status)).toEqual(Array.from({ length: POOL_SIZE + 2 }, () => 200))
  const saved = applied(await one(server.url, ani, make.save(id, 1, cleanDraft({ headline: 'Sesudah LISTEN pulih' }))))
  expect(saved.rev).toBe(2)
  expect(await events.reach(2, 15_000)).toBe(2)
  events.close()
}, 60_000)
