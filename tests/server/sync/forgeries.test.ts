// Forgeries through the raw HTTP API against the real server process and a real PostgreSQL: each
// is refused with the failure that says why, and nothing it tried is written.
import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { http } from '../harness'
import { addPerson, applied, bearer, make, one, push, pushRaw, ulid, verdict, type Person } from './desk'
import { useServerDesk } from './server-desk'
import { cleanDraft } from './memory-desk'

const desk = useServerDesk(['ani', 'dewi', 'budi', 'eko', 'root'])
let ani: Person, dewi: Person, budi: Person, eko: Person, root: Person
beforeAll(() => {
  ;({ ani, dewi, budi, eko, root } = desk.people)
})

const revisions = async (id: string) => Number((await desk.pool.query('select count(*) as n from article_revisions where article_id = $1', [id])).rows[0].n)

async function anisSubmittedPiece() {
  const id = ulid()
  applied(await one(desk.url, ani, make.create(id, cleanDraft())))
  return { id, article: applied(await one(desk.url, ani, make.move(id, 1, 'submit'))) }
}

describe('forgeries, each refused', () => {
  it("refuses another penulis's token editing or submitting my draft", async () => {
    const id = ulid()
    applied(await one(desk.url, ani, make.create(id, cleanDraft())))
    expect(verdict(await one(desk.url, dewi, make.save(id, 1, cleanDraft({ headline: 'Dibajak Dewi' }))))).toBe('refused:sync.not-writer')
    expect(verdict(await one(desk.url, dewi, make.move(id, 1, 'submit')))).toBe('refused:workflow.not-own')
    expect(verdict(await one(desk.url, dewi, make.move(id, 1, 'spike')))).toBe('refused:workflow.not-own')
    expect(await revisions(id)).toBe(1)
  })

  it('refuses a forged actor in the change and never takes a name from the body', async () => {
    const { id } = await anisSubmittedPiece()
    const forged = { ...make.move(id, 2, 'approve'), actor: 'Budi Santoso' }
    const [result] = await push(desk.url, dewi, [forged as never])
    expect(verdict(result!)).toBe('refused:sync.bad-change')
    expect(result!.status === 'refused' && result!.failure.issues?.map((i) => [i.at, i.kind])).toEqual([[{ field: 'request', path: [] }, 'not-allowed']])
    const inPayload = { ...make.move(id, 2, 'approve'), payload: { action: 'approve', actor: 'Budi Santoso' } }
    expect(verdict((await push(desk.url, dewi, [inPayload as never]))[0]!)).toBe('refused:sync.bad-change')
    // A name smuggled inside the draft is dropped by the draft schema; history names the token's account.
    // (On a draft: a submitted piece is the desk's until she withdraws it.)
    const own = ulid()
    applied(await one(desk.url, ani, make.create(own, cleanDraft())))
    const draft = { ...cleanDraft({ headline: 'Ani menyunting' }), actor: 'Budi Santoso', status: 'approved' }
    const saved = applied(await one(desk.url, ani, make.save(own, 1, draft as never)))
    expect([saved.status, 'actor' in saved, saved.history.map((h) => h.actor)]).toEqual(['draft', false, ['Ani Wulandari']])
  })

  it('refuses a writer approving her own piece, and a penulis or an admin approving anyone’s', async () => {
    const own = ulid()
    applied(await one(desk.url, budi, make.create(own, cleanDraft({ penulis: ['Budi Santoso'] }))))
    applied(await one(desk.url, budi, make.move(own, 1, 'submit')))
    expect(verdict(await one(desk.url, budi, make.move(own, 2, 'approve')))).toBe('refused:workflow.four-eyes')

    const { id } = await anisSubmittedPiece()
    expect(verdict(await one(desk.url, ani, make.move(id, 2, 'approve')))).toBe('refused:workflow.role')
    expect(verdict(await one(desk.url, dewi, make.move(id, 2, 'approve')))).toBe('refused:workflow.role')
    expect(verdict(await one(desk.url, root, make.move(id, 2, 'approve')))).toBe('refused:workflow.role')
    expect(await revisions(id)).toBe(2)
  })

  it('refuses the byline swap: the editor takes his name off Penulis, submits, and approves', async () => {
    const id = ulid()
    applied(await one(desk.url, budi, make.create(id, cleanDraft({ penulis: ['Budi Santoso'] }))))
    applied(await one(desk.url, budi, make.save(id, 1, cleanDraft({ penulis: ['Ani Wulandari'] }))))
    applied(await one(desk.url, budi, make.move(id, 2, 'submit')))
    const refused = await one(desk.url, budi, make.move(id, 3, 'approve'))
    expect(verdict(refused)).toBe('refused:workflow.four-eyes')
    expect(refused.status === 'refused' && refused.failure.message).toBe('Anda penulis artikel ini; persetujuan harus datang dari editor lain (prinsip empat mata).')
    expect(applied(await one(desk.url, eko, make.move(id, 3, 'approve'))).status).toBe('approved')
  })

  it('answers a replayed change with its first result and applies it once; another account cannot replay it', async () => {
    const { id } = await anisSubmittedPiece()
    const approve = make.move(id, 2, 'approve')
    const first = await one(desk.url, budi, approve)
    expect(applied(first).status).toBe('approved')
    const again = await one(desk.url, budi, approve)
    expect(again).toEqual(first)
    expect(await revisions(id)).toBe(3)
    expect(verdict(await one(desk.url, eko, approve))).toBe('refused:sync.bad-change')
    expect(await revisions(id)).toBe(3)
    // A refusal is a result too: replayed, it answers the same refusal.
    const late = make.move(id, 2, 'return', { note: 'terlambat' })
    const r1 = await one(desk.url, eko, late)
    expect([verdict(r1), await one(desk.url, eko, late)]).toEqual(['refused:sync.overtaken', r1])
  })

  it('refuses an expired token, a revoked token, a disabled account and no token, before anything is read', async () => {
    const body = { clientId: 'client-test-1', changes: [make.create(ulid(), cleanDraft())] }
    const ask = async (who: Pick<Person, 'token'>) => {
      const a = await pushRaw(desk.url, who, body)
      return [a.status, (a.json as { error: { reason: string } }).error.reason]
    }
    const late = await addPerson(desk.pool, 'lina', 'Lina Marlina', 'penulis')
    await desk.pool.query("update devices set expires_at = now() - interval '1 second' where id = $1", [late.deviceId])
    expect(await ask(late)).toEqual([401, 'auth.token-expired'])
    const gone = await addPerson(desk.pool, 'rudi', 'Rudi Hartono', 'editor')
    await desk.pool.query('update devices set revoked_at = now() where id = $1', [gone.deviceId])
    expect(await ask(gone)).toEqual([401, 'auth.token-revoked'])
    const off = await addPerson(desk.pool, 'sari', 'Sari Dewi', 'editor')
    await desk.pool.query('update accounts set disabled = true where id = $1', [off.id])
    expect(await ask(off)).toEqual([403, 'auth.disabled'])
    const none = await http(`${desk.url}/v1/pull?since=0`)
    expect([none.status, (none.json as { error: { reason: string } }).error.reason]).toEqual([401, 'auth.no-token'])
    const { rows } = await desk.pool.query('select count(*) as n from applied_changes where change_id = $1', [body.changes[0]!.id])
    expect(rows[0].n).toBe('0')
  })

  it('refuses resolving another writer’s note unless an editor does it', async () => {
    const { id } = await anisSubmittedPiece()
    const noteId = ulid()
    expect(verdict(await one(desk.url, budi, make.note(id, noteId, 'Sumber kedua?')))).toBe('applied')
    expect(verdict(await one(desk.url, dewi, make.resolve(id, noteId)))).toBe('refused:sync.not-note-author')
    const done = await one(desk.url, eko, make.resolve(id, noteId))
    expect(done.status === 'applied' && done.entry.kind === 'note' && [done.entry.note.resolved, done.entry.note.resolvedBy, done.entry.note.author]).toEqual([true, 'Eko Prasetyo', 'Budi Santoso'])
  })
})

describe('bodies', () => {
  it('refuses a body the editor schema cannot hold, with the shared body checker, and writes nothing', async () => {
    const id = ulid()
    const draft = cleanDraft({ body: { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }] } })
    const result = await one(desk.url, ani, make.create(id, draft))
    expect(verdict(result)).toBe('refused:sync.bad-change')
    const at = { field: 'request', path: ['payload', 'draft', 'body', 'content', 0] }
    expect(result.status === 'refused' && result.failure.issues?.map((i) => [i.at, i.kind, i.params])).toEqual([
      [at, 'unknown-node', { type: 'script' }],
      [at, 'invalid', { type: 'doc' }]
    ])
    expect((await desk.pool.query('select count(*) as n from articles where id = $1', [id])).rows[0].n).toBe('0')
  })
})

describe('revisions and assets', () => {
  it('answers the second of two saves on one base revision with a conflict carrying the server version', async () => {
    const { id } = await anisSubmittedPiece()
    applied(await one(desk.url, budi, make.save(id, 2, cleanDraft({ headline: 'Versi Budi' })), 'laptop-budi'))
    const second = await one(desk.url, eko, make.save(id, 2, cleanDraft({ headline: 'Versi Eko' })), 'laptop-eko')
    expect(verdict(second)).toBe('conflict:sync.conflict')
    expect(second.status === 'conflict' && [second.server.rev, second.server.headline, second.failure.params]).toEqual([3, 'Versi Budi', { id, baseRev: 2, currentRev: 3 }])
  })

  it('keeps an image once under its hash and refuses bytes that do not match the name', async () => {
    // A real 1 × 1 PNG: the server checks images as the photo field does (shared/image-bytes.ts).
    const bytes = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    const ref = `${createHash('sha256').update(bytes).digest('hex')}.png`
    const put = (r: string, b: Buffer) =>
      fetch(`${desk.url}/v1/assets/${r}`, { method: 'PUT', headers: { ...bearer(ani), 'content-type': 'image/png' }, body: b }).then(async (a) => [a.status, await a.json()])
    expect(await put(ref, bytes)).toEqual([200, { ref, size: bytes.length, created: true }])
    expect(await put(ref, bytes)).toEqual([200, { ref, size: bytes.length, created: false }])
    const [status, wrong] = await put(ref, Buffer.from('other bytes'))
    expect([status, (wrong as { error: { reason: string } }).error.reason]).toEqual([400, 'sync.asset-mismatch'])
    const back = await fetch(`${desk.url}/v1/assets/${ref}`, { headers: bearer(dewi) })
    expect([back.status, back.headers.get('content-type'), Buffer.from(await back.arrayBuffer()).equals(bytes)]).toEqual([200, 'image/png', true])
    const missing = await fetch(`${desk.url}/v1/assets/${'0'.repeat(64)}.png`, { headers: bearer(dewi) })
    expect(missing.status).toBe(404)
  })

  it('refuses what the photo field refuses: bytes that are no image, and a header claiming 100,000 × 100,000 pixels', async () => {
    const put = async (b: Buffer) => {
      const ref = `${createHash('sha256').update(b).digest('hex')}.png`
      const a = await fetch(`${desk.url}/v1/assets/${ref}`, { method: 'PUT', headers: { ...bearer(ani), 'content-type': 'image/png' }, body: b })
      return [a.status, ((await a.json()) as { error: { reason: string } }).error.reason]
    }
    expect(await put(Buffer.from('<script>alert(1)</script>'))).toEqual([400, 'image.not-image'])
    const side = [0, 1, 0x86, 0xa0]
    const bomb = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...side, ...side, 8, 6, 0, 0, 0, 0, 0, 0, 0])
    expect(await put(bomb)).toEqual([413, 'image.too-many-pixels'])
  })
})
