// The newsroom server's door for the largest article the app can hold: a push carrying it is
// taken (it met HTTP 413 at the old 10 MB limit), saving it again is taken, a push past the limit
// is refused with the typed failure, and the app's outbox splits large changes into pushes that fit.
import { request } from 'node:http'
import { beforeAll, describe, expect, it } from 'vitest'
import { withinPushBytes } from '../../../src/main/sync/push'
import { MAX_PUSH_BYTES } from '../../../src/shared/sync/protocol'
import { FIXTURE_TEXT } from '../../export/exchange-fixture'
import { largestDraft, largestKompasText } from '../../helpers/largest-articles'
import { parsePlainText } from '../../../src/shared/kompas/parse-plain-text'
import { DEFAULT_SECTIONS } from '../../../src/shared/article'
import { MAX_IMPORT_LINES } from '../../../src/shared/exchange'
import type { Change, ChangeResult } from '../../../src/shared/sync/protocol'
import { http } from '../harness'
import { applied, bearer, make, ulid, type Person } from './desk'
import { useServerDesk } from './server-desk'

const desk = useServerDesk(['ani'])
let ani: Person
beforeAll(() => {
  ;({ ani } = desk.people)
})

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
    const created = applied(await one(desk.url, ani, create))
    expect(created.body).toEqual(draft.body)
    const saved = applied(await one(desk.url, ani, make.save(id, created.rev, { ...draft, headline: `${draft.headline.slice(0, 499)}!` })))
    expect(saved.rev).toBe(created.rev + 1)
  })

  it('takes the largest Kompas text import as one push', { timeout: 120_000 }, async () => {
    const parsed = parsePlainText(largestKompasText(FIXTURE_TEXT, MAX_IMPORT_LINES), { sections: DEFAULT_SECTIONS, defaultSection: 'nasional', defaultOutlet: 'KOMPAS.TV' })
    if (!parsed.ok) throw new Error(parsed.reason)
    expect(applied(await one(desk.url, ani, make.create(ulid(), parsed.draft))).body.content.length).toBe(9_993)
  })

  it('refuses a push past its limit with the typed failure, before reading it', { timeout: 120_000 }, async () => {
    // Only the length is declared: the server answers from the header, without waiting for bytes
    // (sending them all raced its closing the socket, EPIPE instead of the answer).
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const target = new URL('/v1/push', desk.url)
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
