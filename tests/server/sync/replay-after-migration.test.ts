// Migration 0500 turned the whole first answers in applied_changes into references to article
// revisions. A database written before it (the down migration puts the old form back, exactly as
// the old server stored it) migrates up, and every replayed push answers what it answered first,
// applying nothing twice. Both directions are checked against the answers themselves.
import { readdirSync } from 'node:fs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import pg from 'pg'
import { runner } from 'node-pg-migrate'
import type { Change, ChangeResult } from '../../../src/shared/sync/protocol'
import { MIGRATIONS_DIR, MIGRATIONS_IGNORE, MIGRATIONS_TABLE } from '../../../src/server/db/migrate'
import { startPostgres, startServer, type TestPostgres, type TestServer } from '../harness'
import { addPerson, applied, make, push, ulid, verdict, type Person } from './desk'
import { cleanDraft } from './memory-desk'

let db: TestPostgres
let server: TestServer | undefined
let pool: pg.Pool

beforeAll(async () => {
  db = await startPostgres()
  pool = new pg.Pool({ connectionString: db.url, max: 2 })
}, 120_000)
afterAll(async () => {
  await pool?.end()
  await server?.stop()
  await db?.stop()
}, 60_000)

const count = async (sql: string): Promise<number> => Number((await pool.query(sql)).rows[0].n)
const state = async () => [
  await count('select count(*) as n from article_revisions'),
  await count('select count(*) as n from article_provenance'),
  await count('select seq as n from sync_counter'),
  await count('select count(*) as n from applied_changes')
]

/** Undoes every migration from 0500 on: the schema, and applied_changes' rows, as before it. */
async function downToBefore0500(): Promise<void> {
  const later = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql') && f >= '0500')
  const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }
  await runner({ databaseUrl: db.url, dir: MIGRATIONS_DIR, ignorePattern: MIGRATIONS_IGNORE, migrationsTable: MIGRATIONS_TABLE, direction: 'down', count: later.length, checkOrder: true, singleTransaction: true, logger: quiet })
}

it('answers every replayed push identically after the migration to references, and applies none again', async () => {
  server = await startServer({ databaseUrl: db.url })
  const ani: Person = await addPerson(pool, 'ani', 'Ani Wulandari', 'penulis')
  const dewi: Person = await addPerson(pool, 'dewi', 'Dewi Lestari', 'penulis')
  const budi: Person = await addPerson(pool, 'budi', 'Budi Santoso', 'editor')
  const id = ulid()
  const noteId = ulid()
  const pushes: { who: Person; clientId: string; changes: Change[] }[] = [
    { who: ani, clientId: 'laptop-ani', changes: [make.create(id, cleanDraft()), make.save(id, 1, cleanDraft({ headline: 'Banjir Surut di Jakarta Timur' }))] },
    // The same draft again: applied without a new revision; then a malformed change.
    { who: ani, clientId: 'laptop-ani', changes: [make.save(id, 2, cleanDraft({ headline: 'Banjir Surut di Jakarta Timur' })), { ...make.move(id, 2, 'submit'), actor: 'Budi' } as never] },
    { who: budi, clientId: 'laptop-budi', changes: [make.save(id, 2, cleanDraft({ headline: 'Versi Budi' })), make.note(id, noteId, 'Sumber kedua?')] },
    { who: ani, clientId: 'laptop-ani-2', changes: [make.save(id, 2, cleanDraft({ headline: 'Versi laptop kedua' }))] },
    { who: dewi, clientId: 'laptop-dewi', changes: [make.save(id, 3, cleanDraft({ headline: 'Versi Dewi' })), make.resolve(id, noteId)] },
    { who: budi, clientId: 'laptop-budi', changes: [make.resolve(id, noteId), make.move(id, 3, 'submit')] }
  ]
  const first: ChangeResult[][] = []
  for (const p of pushes) first.push(await push(server.url, p.who, p.changes, p.clientId))
  expect(first.map((r) => r.map(verdict))).toEqual([
    ['applied', 'applied'],
    ['applied', 'refused:sync.bad-change'],
    ['applied', 'applied'],
    ['conflict:sync.conflict'],
    ['refused:sync.not-writer', 'refused:sync.not-note-author'],
    ['applied', 'applied']
  ])
  expect(applied(first[1]![0]!).rev).toBe(2)
  const before = await state()
  await server.stop()
  server = undefined

  // The old form: the whole answer in `result`, as the server before 0500 stored it.
  await downToBefore0500()
  const { rows } = await pool.query<{ change_id: string; result: ChangeResult }>('select change_id, result from applied_changes')
  const stored = new Map(rows.map((r) => [r.change_id, r.result]))
  expect(pushes.flatMap((p) => p.changes.map((c) => stored.get(c.id)))).toEqual(first.flat())
  expect((await pool.query("select count(*) as n from information_schema.columns where table_name = 'applied_changes' and column_name = 'rev'")).rows[0].n).toBe('0')

  server = await startServer({ databaseUrl: db.url })
  const slim = await pool.query<{ n: string }>("select count(*) as n from applied_changes where result ? 'server' or result -> 'entry' ? 'article'")
  expect(slim.rows[0]!.n).toBe('0')
  for (const [i, p] of pushes.entries()) expect(await push(server.url, p.who, p.changes, p.clientId)).toEqual(first[i])
  expect(await state()).toEqual(before)
}, 120_000)
