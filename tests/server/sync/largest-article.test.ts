// The newsroom server's door for the largest article the app can hold: a push carrying it is
// taken (it met HTTP 413 at the old 10 MB limit), saving it again is taken, a push past the limit
// is refused with the typed failure, and the app's outbox splits large changes into pushes that fit.
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { withinPushBytes } from '../../../src/main/sync/push'
import { MAX_PUSH_BYTES } from '../../../src/shared/sync/protocol'
import { FIXTURE_TEXT } from '../../export/exchange-fixture'
import { largestDraft, largestKompasText } from '../../helpers/largest-articles'
import { parsePlainText } from '../../../src/shared/kompas/parse-plain-text'
import { DEFAULT_SECTIONS } from '../../../src/shared/article'
import { MAX_IMPORT_LINES } from '../../../src/shared/exchange'
import type { Change, ChangeResult } from '../../../src/shared/sync/protocol'
import { http, startPostgres, startServer, type TestPostgres, type TestServer } from '../harness'
import { addPerson, applied, bearer, make, ulid, type Person } from './desk'

let db: TestPostgres
let server: TestServer
let pool: pg.Pool
let ani: Person

beforeAll(async () => {
  db = await startPostgres()
  server = await startServer({ databaseUrl: db.url })
  pool = new pg.Pool({ connectionString: db.url, max: 2 })
  ani = await addPerson(pool, 'ani', 'Ani Wulandari', 'penulis')
}, 120_000)
afterAll(async () => {
  await pool?.end()
  await server?.stop()
  await db?.stop()
}, 60_000)

const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value))

/** One change pushed, with time for a 15 MB body on a loaded machine. */
async function one(url: string, who: Person, change: Change): Promise<ChangeResult> {
  const answer = await http(`${url}/v1/push`, { method: 'POST', headers: bearer(who), body: { clientId: 'client-test-1', changes: [change] }, timeoutMs: 120_000 })
  if (answer.status !== 200) throw new Error(`push answered ${answer.status}: ${answer.text.slice(0, 300)}`)
  return (answer.json as { results: ChangeResult[] }).results[0]!
}

describe('the largest article at the newsroom server', () => {
  it('is created and saved again by push, one change a push', { timeout: 180_000 }, async () => {
    const draft = largestDraft()
    const id = ulid()
    const create = make.create(id, draft)
    expect(bytesOf({ clientId: 'client-test-1', changes: [create] })).toBeGreaterThan(15_000_000)
    const created = applied(await one(server.url, ani, create))
    expect(created.body).toEqual(draft.body)
    const saved = applied(await one(server.url, ani, make.save(id, created.rev, { ...draft, headline: `${draft.headline.slice(0, 499)}!` })))
    expect(saved.rev).toBe(created.rev + 1)
  })

  it('takes the largest Kompas text import as one push', { timeout: 120_000 }, async () => {
    const parsed = parsePlainText(largestKompasText(FIXTURE_TEXT, MAX_IMPORT_LINES), { sections: DEFAULT_SECTIONS, defaultSection: 'nasional', defaultOutlet: 'KOMPAS.TV' })
    if (!parsed.ok) throw new Error(parsed.reason)
    expect(applied(await one(server.url, ani, make.create(ulid(), parsed.draft))).body.content.length).toBe(9_993)
  })

  it('refuses a push past its limit with the typed failure, before reading it', { timeout: 120_000 }, async () => {
    // Only the length is declared: the server answers from the header, without waiting for bytes
    // (sending them all raced its closing the socket, EPIPE instead of the answer).
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const target = new URL('/v1/push', server.url)
      const req = request(target, { method: 'POST', headers: { ...bearer(ani), 'content-type': 'application/json', 'content-length': String(MAX_PUSH_BYTES + 1) } }, (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => {
          req.destroy()
          resolve({ status: res.statusCode ?? 0, body })
        })
      })
      req.on('error', reject)
      req.write('{"clientId":"client-test-1","changes":[')
    })
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'too-large', reason: 'request.too-large' } })
  })

  it('gets the outbox’s large changes in pushes that each fit, oldest first, and a single one always', () => {
    const draft = largestDraft()
    const id = ulid()
    const changes = [make.create(id, draft), make.save(id, 1, draft), make.save(id, 2, draft), make.move(id, 3, 'submit')]
    const first = withinPushBytes(changes)
    expect(first.map((c) => c.kind)).toEqual(['article.create'])
    expect(withinPushBytes(changes.slice(2)).map((c) => c.kind)).toEqual(['article.save', 'workflow.transition'])
    const small = Array.from({ length: 100 }, (_, i) => make.move(id, i, 'submit'))
    expect(withinPushBytes(small)).toEqual(small)
  })
})
