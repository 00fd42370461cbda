// The server SIGKILLed in the middle of a push: what committed stays, what did not leaves no
// trace, and the client's retry of the whole batch applies every change exactly once.
import { afterAll, beforeAll, expect, it } from 'vitest'
import pg from 'pg'
import type { Change } from '../../../src/shared/sync/protocol'
import { startPostgres, startServer, type TestPostgres, type TestServer } from '../harness'
import { addPerson, make, pushRaw, push, ulid } from './desk'
import { cleanDraft } from './memory-desk'

let db: TestPostgres
let pool: pg.Pool
let servers: TestServer[] = []

beforeAll(async () => {
  db = await startPostgres()
  pool = new pg.Pool({ connectionString: db.url, max: 2 })
}, 120_000)
afterAll(async () => {
  await pool?.end()
  await Promise.all(servers.map((s) => s.stop()))
  await db?.stop()
}, 60_000)

const count = async (sql: string): Promise<number> => Number((await pool.query(sql)).rows[0].n)

it('applies a retried batch once after the server was killed mid-push', async () => {
  const doomed = await startServer({ databaseUrl: db.url })
  servers.push(doomed)
  const ani = await addPerson(pool, 'ani', 'Ani Wulandari', 'penulis')
  // Long bodies so that the batch takes long enough to be cut in the middle.
  const paragraph = (i: number) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraf ${i} tentang banjir yang merendam permukiman. `.repeat(40) }] })
  const draft = cleanDraft({ body: { type: 'doc', content: Array.from({ length: 30 }, (_, i) => paragraph(i)) } })
  const batch: Change[] = Array.from({ length: 100 }, () => make.create(ulid(), draft))

  const cut = pushRaw(doomed.url, ani, { clientId: 'laptop-ani', changes: batch }).then(
    (a) => `answered ${a.status}`,
    (err: Error) => `cut: ${err.message}`
  )
  let done = 0
  while ((done = await count("select count(*) as n from applied_changes where result <> 'null'::jsonb")) < 5) await new Promise((r) => setTimeout(r, 2))
  await doomed.kill()
  expect(await cut).toMatch(/^cut: /)
  const before = await count('select count(*) as n from articles')
  expect(before).toBeGreaterThanOrEqual(done)
  expect(before).toBeLessThan(100)
  // The change in flight when the process died was rolled back with its claim: no half-written id.
  expect(await count("select count(*) as n from applied_changes where result = 'null'::jsonb")).toBe(0)
  expect(await count('select count(*) as n from applied_changes')).toBe(before)

  const again = await startServer({ databaseUrl: db.url })
  servers = [again]
  const results = await push(again.url, ani, batch, 'laptop-ani')
  expect(results.map((r) => r.status)).toEqual(Array.from({ length: 100 }, () => 'applied'))
  const seqs = results.map((r) => (r.status === 'applied' ? r.entry.seq : 0))
  expect(new Set(seqs).size).toBe(100)
  expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1))
  expect(await count('select count(*) as n from articles')).toBe(100)
  expect(await count('select count(*) as n from article_revisions')).toBe(100)
  expect(await count('select count(*) as n from article_provenance')).toBe(100)
  expect(await count('select seq as n from sync_counter')).toBe(100)
  // Pushed a third time, the batch answers the very same results.
  expect(await push(again.url, ani, batch, 'laptop-ani')).toEqual(results)
}, 120_000)
