// Two server processes on one PostgreSQL: a change pushed through the first is announced by the
// second to its own event client (LISTEN/NOTIFY), and pulled from it exactly as applied.
import { afterAll, beforeAll, expect, it } from 'vitest'
import pg from 'pg'
import { startPostgres, startServer, type TestPostgres, type TestServer } from '../harness'
import { addPerson, applied, make, one, pull, ulid } from './desk'
import { cleanDraft } from './memory-desk'
import { listen } from './sse'

let db: TestPostgres
let first: TestServer
let second: TestServer
let pool: pg.Pool

beforeAll(async () => {
  db = await startPostgres()
  first = await startServer({ databaseUrl: db.url })
  second = await startServer({ databaseUrl: db.url })
  pool = new pg.Pool({ connectionString: db.url, max: 1 })
}, 120_000)
afterAll(async () => {
  await pool?.end()
  await Promise.all([first?.stop(), second?.stop()])
  await db?.stop()
}, 60_000)

it('announces a change made through process 1 to a client of process 2, which pulls it', async () => {
  const ani = await addPerson(pool, 'ani', 'Ani Wulandari', 'penulis')
  const budi = await addPerson(pool, 'budi', 'Budi Santoso', 'editor')
  const desk = await listen(second.url, budi.token)
  try {
    expect(await desk.reach(0)).toBe(0)
    const id = ulid()
    const result = await one(first.url, ani, make.create(id, cleanDraft()))
    const article = applied(result)
    const seq = result.status === 'applied' ? result.entry.seq : -1
    expect(await desk.reach(seq)).toBe(1)
    const page = await pull(second.url, budi, 0)
    expect(page).toEqual({ entries: [{ seq: 1, kind: 'article', article }], last: 1, more: false })

    // And back: a return through process 2 reaches a client of process 1.
    const writer = await listen(first.url, ani.token)
    applied(await one(first.url, ani, make.move(id, 1, 'submit')))
    const returned = await one(second.url, budi, make.move(id, 2, 'return', { note: 'Tambah kutipan.' }))
    expect(await writer.reach(3)).toBe(3)
    const mine = await pull(first.url, ani, 1)
    expect(mine.entries.map((e) => (e.kind === 'article' ? [e.seq, e.article.status, e.article.rev] : null))).toEqual([[3, 'returned', 3]])
    expect(mine.entries[0]).toEqual(returned.status === 'applied' ? returned.entry : null)
    writer.close()
  } finally {
    desk.close()
  }
}, 60_000)

it('lets exactly one of many simultaneous saves on one revision through both processes win', async () => {
  const ani = await addPerson(pool, 'ani2', 'Ani Dua', 'penulis')
  const editors = await Promise.all(Array.from({ length: 6 }, (_, i) => addPerson(pool, `ed${i}`, `Editor ${i}`, 'editor')))
  const id = ulid()
  applied(await one(first.url, ani, make.create(id, cleanDraft())))
  const results = await Promise.all(
    editors.map((ed, i) => one(i % 2 ? second.url : first.url, ed, make.save(id, 1, cleanDraft({ headline: `Versi ${i}` })), `laptop-${i}`))
  )
  expect(results.map((r) => r.status).sort()).toEqual(['applied', 'conflict', 'conflict', 'conflict', 'conflict', 'conflict'])
  const winner = results.find((r) => r.status === 'applied')!
  for (const r of results) if (r.status === 'conflict') expect(r.server).toEqual(applied(winner))
  expect(Number((await pool.query('select rev from articles where id = $1', [id])).rows[0].rev)).toBe(2)
}, 60_000)
