// The server's rules, change by change, in memory: roles, the status machine, four eyes from
// provenance (never the Penulis field), read-only, concurrency by revision and server order.
import { describe, expect, it } from 'vitest'
import { answer, cleanDraft, create, MemoryDesk, move, people, save } from './memory-desk'

const { ani, dewi, budi, citra, eko, root } = people

function submitted(): MemoryDesk {
  const desk = new MemoryDesk()
  desk.create(ani)
  expect(answer(desk.apply(move(1, 'submit'), ani))).toBe('applied')
  return desk
}

describe('who acts', () => {
  it('records the account as the actor of create and of every move', () => {
    const desk = submitted()
    expect(desk.article!.history.map((h) => [h.actor, h.action])).toEqual([
      ['Ani Wulandari', 'create'],
      ['Ani Wulandari', 'submit']
    ])
    expect(desk.rows.map((r) => [r.accountId, r.action, r.bodyChanged])).toEqual([
      ['a-ani', 'create', true],
      ['a-ani', 'submit', false]
    ])
  })

  it('refuses a penulis approving, returning or publishing', () => {
    const desk = submitted()
    expect(answer(desk.apply(move(2, 'approve'), dewi))).toBe('refused:workflow.role')
    expect(answer(desk.apply(move(2, 'return', { note: 'x' }), dewi))).toBe('refused:workflow.role')
    expect(answer(desk.apply(move(2, 'start-review'), dewi))).toBe('refused:workflow.role')
  })

  it('does not make an admin an editor', () => {
    const desk = submitted()
    expect(answer(desk.apply(move(2, 'approve'), root))).toBe('refused:workflow.role')
  })

  it('refuses another penulis saving or submitting my draft, and lets an editor edit it', () => {
    const desk = new MemoryDesk()
    desk.create(ani)
    expect(answer(desk.apply(save(1, cleanDraft({ headline: 'Diubah Dewi' })), dewi))).toBe('refused:sync.not-writer')
    expect(answer(desk.apply(move(1, 'submit'), dewi))).toBe('refused:workflow.not-own')
    expect(answer(desk.apply(move(1, 'spike'), dewi))).toBe('refused:workflow.not-own')
    expect(answer(desk.apply(save(1, cleanDraft({ headline: 'Disunting Budi' })), budi))).toBe('applied')
    expect(desk.article!.rev).toBe(2)
  })

  it('lets the writer withdraw her own draft (spike) but not once it is in review', () => {
    const desk = submitted()
    expect(answer(desk.apply(move(2, 'start-review'), budi))).toBe('applied')
    expect(answer(desk.apply(save(3, cleanDraft({ headline: 'Ani menyunting saat ditinjau' })), ani))).toBe('refused:workflow.on-the-desk')
    expect(answer(desk.apply(move(3, 'spike'), ani))).toBe('refused:workflow.not-own')
  })
})

describe('four eyes from provenance', () => {
  it('refuses the writer approving her own piece even as an editor', () => {
    const desk = new MemoryDesk()
    desk.create(budi, cleanDraft({ penulis: ['Budi Santoso'] }))
    desk.apply(move(1, 'submit'), budi)
    expect(answer(desk.apply(move(2, 'approve'), budi))).toBe('refused:workflow.four-eyes')
  })

  it('refuses the byline swap: an editor removes his name from Penulis, then approves', () => {
    const desk = new MemoryDesk()
    desk.create(budi, cleanDraft({ penulis: ['Budi Santoso'] }))
    expect(answer(desk.apply(save(1, cleanDraft({ penulis: ['Ani Wulandari'] })), budi))).toBe('applied')
    expect(answer(desk.apply(move(2, 'submit'), budi))).toBe('applied')
    expect(desk.article!.penulis).toEqual(['Ani Wulandari'])
    expect(answer(desk.apply(move(3, 'approve'), budi))).toBe('refused:workflow.four-eyes')
    expect(answer(desk.apply(move(3, 'approve'), eko))).toBe('applied')
  })

  it('counts every desk editor who changed the content, body or fields, as an author (decision 0046)', () => {
    const desk = submitted()
    desk.apply(save(2, cleanDraft({ body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ditulis ulang Budi.' }] }] } })), budi)
    desk.apply(save(3, cleanDraft({ headline: 'Judul Dirapikan Eko', body: desk.article!.body })), eko)
    expect(answer(desk.apply(move(4, 'approve'), budi))).toBe('refused:workflow.four-eyes')
    expect(answer(desk.apply(move(4, 'approve'), eko))).toBe('refused:workflow.four-eyes')
    // History names both edits, as the app's own saves record them.
    expect(desk.article!.history.filter((h) => h.action === 'edit').map((h) => h.actor)).toEqual(['Budi Santoso', 'Eko Prasetyo'])
    expect(answer(desk.apply(move(4, 'approve'), citra))).toBe('applied')
  })

  it('refuses an editor the byline names, though he wrote nothing', () => {
    const desk = new MemoryDesk()
    desk.create(ani, cleanDraft({ penulis: ['Ani Wulandari', 'Citra Kirana'] }))
    desk.apply(move(1, 'submit'), ani)
    expect(answer(desk.apply(move(2, 'approve'), citra))).toBe('refused:workflow.four-eyes')
  })

  it('refuses a submitter approving a piece someone else wrote', () => {
    const desk = new MemoryDesk()
    desk.create(ani)
    desk.apply(move(1, 'submit'), budi)
    expect(answer(desk.apply(move(2, 'approve'), budi))).toBe('refused:workflow.four-eyes')
  })
})

describe('status machine and house style on the server', () => {
  it('keeps approved and published pieces read-only', () => {
    const desk = submitted()
    desk.apply(move(2, 'approve'), budi)
    expect(desk.article!.editor).toEqual(['Budi Santoso'])
    expect(answer(desk.apply(save(3, cleanDraft({ headline: 'Sesudah disetujui' })), budi))).toBe('refused:workflow.read-only')
    expect(answer(desk.apply(move(3, 'submit'), ani))).toBe('refused:workflow.illegal')
  })

  it('wants a note to return', () => {
    const desk = submitted()
    expect(answer(desk.apply(move(2, 'return'), budi))).toBe('refused:workflow.note-required')
    expect(answer(desk.apply(move(2, 'return', { note: 'Tambah sumber.' }), budi))).toBe('applied')
    expect(answer(desk.apply(move(3, 'submit'), ani))).toBe('applied')
    expect(desk.article!.history.at(-1)!.action).toBe('resubmit')
  })

  it('stops submit on a blocking finding and approve on warnings unless overridden', () => {
    const desk = new MemoryDesk()
    desk.create(ani, cleanDraft({ dateline: { city: '', outlet: '' } }))
    const out = desk.apply(move(1, 'submit'), ani)
    expect(answer(out)).toBe('refused:workflow.blocking')
    expect(out.kind === 'refused' && out.failure.findings?.map((f) => f.rule)).toEqual(['dateline-present', 'dateline-present'])

    const long = new MemoryDesk()
    long.create(ani, cleanDraft({ headline: 'Banjir '.repeat(20).trim() }))
    expect(answer(long.apply(move(1, 'submit'), ani))).toBe('applied')
    expect(answer(long.apply(move(2, 'approve'), budi))).toBe('refused:workflow.warnings')
    expect(answer(long.apply(move(2, 'approve', { overrideWarnings: true }), budi))).toBe('applied')
    expect(long.article!.history.at(-1)!.note).toBe('disetujui dengan 1 peringatan: headline-length')
  })

  it('refuses a draft outside the schema or the desks', () => {
    const desk = new MemoryDesk()
    const out = desk.apply(create(cleanDraft({ section: 'gosip' })), ani)
    expect(answer(out)).toBe('refused:store.invalid-draft')
    expect(out.kind === 'refused' && out.failure.issues?.map((i) => i.at)).toEqual([{ field: 'request', path: ['section'] }])
  })
})

describe('concurrency', () => {
  it('answers a save on a stale revision with a conflict carrying the server version', () => {
    const desk = submitted()
    expect(answer(desk.apply(save(2, cleanDraft({ headline: 'Versi Budi' })), budi))).toBe('applied')
    const out = desk.apply(save(2, cleanDraft({ headline: 'Versi Eko' })), eko)
    expect(answer(out)).toBe('conflict:sync.conflict')
    expect(out.kind === 'conflict' && [out.server.rev, out.server.headline]).toEqual([3, 'Versi Budi'])
    expect(out.kind === 'conflict' && out.failure.params).toEqual({ id: desk.article!.id, baseRev: 2, currentRev: 3 })
  })

  it('lets one client chain its own offline changes on the revision it last had', () => {
    const desk = new MemoryDesk()
    desk.create(ani)
    expect(answer(desk.apply(save(1, cleanDraft({ headline: 'Satu' })), ani))).toBe('applied')
    expect(answer(desk.apply(save(1, cleanDraft({ headline: 'Dua' })), ani))).toBe('applied')
    // The same account on another laptop is another client: its base is stale.
    expect(answer(desk.apply(save(1, cleanDraft({ headline: 'Laptop lain' })), ani, 'other-laptop'))).toBe('conflict:sync.conflict')
    expect(answer(desk.apply(move(1, 'submit'), ani))).toBe('applied')
  })

  it('settles a workflow race by server order and tells the loser who won', () => {
    const desk = submitted()
    expect(answer(desk.apply(move(2, 'return', { note: 'Kurang data.' }), eko))).toBe('applied')
    const out = desk.apply(move(2, 'approve'), budi)
    expect(answer(out)).toBe('refused:sync.overtaken')
    expect(out.kind === 'refused' && out.failure.message).toBe(
      `Artikel ${desk.article!.id} sudah Dikembalikan di server oleh Eko Prasetyo sebelum permintaan Anda tiba; artikel tidak disetujui.`
    )
  })

  it('refuses approving content that changed after the editor read it', () => {
    const desk = submitted()
    desk.apply(save(2, cleanDraft({ headline: 'Eko merapikan judul' })), eko)
    expect(answer(desk.apply(move(2, 'approve'), budi))).toBe('refused:sync.stale')
    expect(answer(desk.apply(move(3, 'approve'), budi))).toBe('applied')
  })

  it('does not make a new revision for a save that changes nothing', () => {
    const desk = new MemoryDesk()
    desk.create(ani)
    expect(desk.apply(save(1, cleanDraft()), ani).kind).toBe('unchanged')
    expect(desk.article!.rev).toBe(1)
  })
})
