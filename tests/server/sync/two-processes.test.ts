// Two server processes on one PostgreSQL: a change pushed through the first is announced by the
// second to its own event client (LISTEN/NOTIFY), and pulled from it exactly as applied.
import { afterAll, beforeAll, expect, it } from 'vitest'
import pg from 'pg'
import { startPostgres, startServer, type TestPostgres, type TestServer } from '../harness'
import { addPerson, applied, make, one, pull, push, ulid } from './desk'
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

it('answers one batch pushed through both processes at once identically, applying each change once', async () => {
  const ani = await addPerson(pool, 'ani3', 'Ani Tiga', 'penulis')
  const ids = Array.from({ length: 15 }, () => ulid())
  // 45 changes: more than one transaction's worth, each article created, saved, then saved again.
  const batch = [
    ...ids.map((id) => make.create(id, cleanDraft({ headline: `Kembar ${id}` }))),
    ...ids.map((id) => make.save(id, 1, cleanDraft({ headline: `Kembar ${id} disunting` }))),
    ...ids.map((id) => make.save(id, 2, cleanDraft({ headline: `Kembar ${id} disunting lagi` })))
  ]
  const revisionsBefore = Number((await pool.query('select count(*) as n from article_revisions')).rows[0].n)
  const [a, b] = await Promise.all([push(first.url, ani, batch, 'laptop-ani3'), push(second.url, ani, batch, 'laptop-ani3')])
  expect(a).toEqual(b)
  expect(a.map((r) => (r.status === 'applied' && r.entry.kind === 'article' ? r.entry.article.rev : r.status))).toEqual([...ids.map(() => 1), ...ids.map(() => 2), ...ids.map(() => 3)])
  const seqs = a.map((r) => (r.status === 'applied' ? r.entry.seq : 0))
  expect(seqs).toEqual([...seqs].sort((x, y) => x - y))
  expect(new Set(seqs).size).toBe(45)
  expect(Number((await pool.query('select count(*) as n from article_revisions')).rows[0].n) - revisionsBefore).toBe(45)
  // The same change twice in one push: answered twice the same, applied once.
  const again = make.save(ids[0]!, 3, cleanDraft({ headline: 'Sekali saja' }))
  const [x, y] = await push(first.url, ani, [again, again], 'laptop-ani3')
  expect([applied(x!).rev, y]).toEqual([4, x])
}, 60_000)
