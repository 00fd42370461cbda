// PostgreSQL restarted during sync: while it is down the server says so (503, the outbox keeps
// waiting); once it is back, health, push and the live events recover without a server restart.
import { afterAll, beforeAll, expect, it } from 'vitest'
import pg from 'pg'
import { http, startPostgres, startServer, type TestPostgres, type TestServer } from '../harness'
import { addPerson, applied, make, one, pushRaw, ulid } from './desk'
import { cleanDraft } from './memory-desk'
import { listen } from './sse'

let db: TestPostgres
let server: TestServer

beforeAll(async () => {
  db = await startPostgres()
  server = await startServer({ databaseUrl: db.url })
}, 120_000)
afterAll(async () => {
  await server?.stop()
  await db?.stop()
}, 60_000)

async function until(what: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await what())) {
    if (Date.now() > deadline) throw new Error('gave up waiting')
    await new Promise((r) => setTimeout(r, 200))
  }
}

it('recovers health, push and events after PostgreSQL restarts', async () => {
  const client = new pg.Client(db.url)
  await client.connect()
  const ani = await addPerson(client, 'ani', 'Ani Wulandari', 'penulis')
  await client.end()
  const events = await listen(server.url, ani.token)
  const id = ulid()
  applied(await one(server.url, ani, make.create(id, cleanDraft())))
  expect(await events.reach(1)).toBe(1)

  await db.halt()
  const health = await http(`${server.url}/health`)
  expect([health.status, (health.json as { error: { reason: string } }).error.reason]).toEqual([503, 'server.database-unreachable'])
  const down = await pushRaw(server.url, ani, { clientId: 'laptop-ani', changes: [make.save(id, 1, cleanDraft({ headline: 'Saat basis data mati' }))] })
  // The token check itself needs the database: the answer is "unavailable, retry", not "internal".
  expect([down.status, (down.json as { error: { reason: string } }).error.reason]).toEqual([503, 'sync.database'])

  db = await startPostgres({ dataDir: db.dataDir, port: db.port })
  await until(async () => (await http(`${server.url}/health`)).status === 200, 30_000)
  const saved = applied(await one(server.url, ani, make.save(id, 1, cleanDraft({ headline: 'Sesudah basis data hidup lagi' }))))
  expect([saved.rev, saved.headline]).toEqual([2, 'Sesudah basis data hidup lagi'])
  // The LISTEN connection came back too: the new change is announced on the old event stream.
  expect(await events.reach(2, 15_000)).toBe(2)
  events.close()
}, 120_000)
