// Issue 12 on the real server and a real PostgreSQL: the writer withdraws her piece from the desk
// (and only she may), a submitted piece is the desk's (her save is refused, an editor's is
// recorded as his), and a published piece is reopened for a correction that goes through the
// desk again while the first publication stays in the revisions.
import { beforeAll, describe, expect, it } from 'vitest'
import { applied, make, one, ulid, verdict, type Person } from './desk'
import { useServerDesk } from './server-desk'
import { cleanDraft } from './memory-desk'

const desk = useServerDesk(['ani', 'dewi', 'budi', 'eko'])
let ani: Person, dewi: Person, budi: Person, eko: Person
beforeAll(() => {
  ;({ ani, dewi, budi, eko } = desk.people)
})

async function anisSubmittedPiece(): Promise<string> {
  const id = ulid()
  applied(await one(desk.url, ani, make.create(id, cleanDraft())))
  applied(await one(desk.url, ani, make.move(id, 1, 'submit')))
  return id
}

const stored = async (id: string) => (await desk.pool.query<{ status: string; rev: number }>('select status, rev from articles where id = $1', [id])).rows[0]

describe('withdrawing a piece from the desk', () => {
  it('lets the writer withdraw, by provenance, and refuses everyone else', async () => {
    const id = await anisSubmittedPiece()
    expect(verdict(await one(desk.url, dewi, make.move(id, 2, 'withdraw')))).toBe('refused:workflow.not-own')
    // An editor returns a piece; withdrawing is the writer's, even to an editor.
    expect(verdict(await one(desk.url, budi, make.move(id, 2, 'withdraw')))).toBe('refused:workflow.not-own')
    const back = applied(await one(desk.url, ani, make.move(id, 2, 'withdraw')))
    expect([back.status, back.history.at(-1)]).toEqual(['draft', { at: back.updatedAt, actor: 'Ani Wulandari', action: 'withdraw', from: 'submitted', to: 'draft' }])
    expect(await stored(id)).toEqual({ status: 'draft', rev: 3 })
    // Hers again: she edits and submits anew.
    applied(await one(desk.url, ani, make.save(id, 3, cleanDraft({ headline: 'Banjir Rendam 300 Rumah di Jakarta Timur' }))))
    expect(applied(await one(desk.url, ani, make.move(id, 4, 'submit'))).status).toBe('submitted')
  })

  it('lets her withdraw from review too, and refuses it from a draft', async () => {
    const id = await anisSubmittedPiece()
    applied(await one(desk.url, budi, make.move(id, 2, 'start-review')))
    expect(applied(await one(desk.url, ani, make.move(id, 3, 'withdraw'))).status).toBe('draft')
    expect(verdict(await one(desk.url, ani, make.move(id, 4, 'withdraw')))).toBe('refused:workflow.illegal')
  })
})

describe('a submitted piece is the desk’s', () => {
  it("refuses the writer's save while submitted, takes an editor's and records it as his", async () => {
    const id = await anisSubmittedPiece()
    const refused = await one(desk.url, ani, make.save(id, 2, cleanDraft({ headline: 'Ani menyunting saat diajukan' })))
    expect(refused.status === 'refused' && [refused.failure.reason, refused.failure.params]).toEqual(['workflow.on-the-desk', { id, status: 'submitted' }])
    expect(await stored(id)).toEqual({ status: 'submitted', rev: 2 })
    const edited = applied(await one(desk.url, budi, make.save(id, 2, cleanDraft({ headline: 'Banjir Rendam Ratusan Rumah' }))))
    expect(edited.history.at(-1)).toMatchObject({ actor: 'Budi Santoso', action: 'edit', from: 'submitted', to: 'submitted' })
    const saver = await desk.pool.query<{ login: string }>('select a.login from article_revisions r join accounts a on a.id = r.saved_by where r.article_id = $1 and r.rev = 3', [id])
    expect(saver.rows.map((r) => r.login)).toEqual(['budi'])
    // He edited it, so he may not approve it; another editor may.
    expect(verdict(await one(desk.url, budi, make.move(id, 3, 'approve')))).toBe('refused:workflow.four-eyes')
    expect(applied(await one(desk.url, eko, make.move(id, 3, 'approve'))).status).toBe('approved')
  })
})

describe('a correction (ralat) after publication', () => {
  it('reopens a published piece with a required note, through the desk again, keeping the first publication', async () => {
    const id = await anisSubmittedPiece()
    applied(await one(desk.url, budi, make.move(id, 2, 'approve')))
    const first = applied(await one(desk.url, budi, make.move(id, 3, 'publish')))
    expect(verdict(await one(desk.url, ani, make.move(id, 4, 'correct', { note: 'Jumlah rumah 300.' })))).toBe('refused:workflow.role')
    expect(verdict(await one(desk.url, budi, make.move(id, 4, 'correct', { note: '  ' })))).toBe('refused:workflow.note-required')
    const reopened = applied(await one(desk.url, budi, make.move(id, 4, 'correct', { note: 'Jumlah rumah yang terendam 300, bukan 30.' })))
    expect(reopened.history.at(-1)).toMatchObject({ actor: 'Budi Santoso', action: 'correct', from: 'published', to: 'returned', note: 'Jumlah rumah yang terendam 300, bukan 30.' })
    // Back in her hands for the correction, but readers have had it: not hers to throw away.
    expect(verdict(await one(desk.url, ani, make.move(id, 5, 'spike')))).toBe('refused:workflow.was-published')
    applied(await one(desk.url, ani, make.save(id, 5, cleanDraft({ headline: 'Banjir Rendam 300 Rumah' }))))
    expect(applied(await one(desk.url, ani, make.move(id, 6, 'submit'))).history.at(-1)?.action).toBe('resubmit')
    applied(await one(desk.url, eko, make.move(id, 7, 'approve')))
    const again = applied(await one(desk.url, eko, make.move(id, 8, 'publish')))
    expect(again.history.map((h) => h.action)).toEqual(['create', 'submit', 'approve', 'publish', 'correct', 'edit', 'resubmit', 'approve', 'publish'])
    // The first published text is still a revision on the server.
    const kept = await desk.pool.query<{ headline: string }>("select article->>'headline' as headline from article_revisions where article_id = $1 and rev = $2", [id, first.rev])
    expect(kept.rows.map((r) => r.headline)).toEqual([first.headline])
    expect(first.headline).not.toBe(again.headline)
  })
})
