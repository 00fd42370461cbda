// The shared rules read from history (decision 0046): where a person stands to a piece, the
// history entry a save adds, who may edit a piece now, and the corrections a published text carries.
import { describe, expect, it } from 'vitest'
import type { HistoryEntry, Status } from '../../src/shared/article'
import { editEntryFor, editRefusal, publishedCorrections, refusal, standingOf, type Profile } from '../../src/shared/workflow'
import { ralatLines } from '../../src/shared/kompas/ralat'

const deni: Profile = { id: 'd', name: 'Deni Muliya', initials: 'DM', role: 'editor' }
const haryo: Profile = { id: 'h', name: 'Haryo Jati', initials: 'HJ', role: 'penulis' }
let minute = 0
const entry = (actor: string, action: string, from: Status | null, to: Status, note?: string): HistoryEntry => ({
  at: new Date(Date.UTC(2026, 11, 1, 1, minute++)).toISOString(),
  actor,
  action,
  from,
  to,
  ...(note ? { note } : {})
})

describe('standing from history, never from the byline', () => {
  it('keeps the editor who created the piece from approving it after he swapped his name out of Penulis', () => {
    const history = [entry('Deni Muliya', 'create', null, 'draft'), entry('Deni Muliya', 'byline', 'draft', 'draft', 'Deni Muliya → Haryo Jati'), entry('Deni Muliya', 'submit', 'draft', 'submitted')]
    const piece = { status: 'submitted' as Status, penulis: ['Haryo Jati'], history }
    expect(standingOf(piece, deni)).toEqual({ author: true, writer: true, creator: true })
    expect(refusal(piece, deni, 'approve')).toBe('four-eyes')
  })

  it('counts an edit of any field during review as authorship, but not reading, returning or reopening', () => {
    const base = [entry('Haryo Jati', 'create', null, 'draft'), entry('Haryo Jati', 'submit', 'draft', 'submitted')]
    const edited = { status: 'submitted' as Status, penulis: ['Haryo Jati'], history: [...base, entry('Deni Muliya', 'edit', 'submitted', 'submitted')] }
    expect(standingOf(edited, deni)).toEqual({ author: true, writer: false, creator: false })
    expect(refusal(edited, deni, 'withdraw')).toBe('not-own')
    const returned = { status: 'submitted' as Status, penulis: ['Haryo Jati'], history: [...base, entry('Deni Muliya', 'return', 'submitted', 'returned', 'x'), entry('Haryo Jati', 'resubmit', 'returned', 'submitted')] }
    expect(refusal(returned, deni, 'approve')).toBeNull()
  })

  it('still refuses a person the byline names, though it grants nobody anything', () => {
    const piece = { status: 'draft' as Status, penulis: ['Haryo Jati'], history: [entry('Deni Muliya', 'create', null, 'draft')] }
    expect(standingOf(piece, haryo)).toEqual({ author: true, writer: false, creator: false })
    expect(refusal(piece, haryo, 'spike')).toBe('not-own')
    expect(refusal({ ...piece, status: 'submitted' }, haryo, 'withdraw')).toBe('not-own')
  })

  it('makes the writer the one who created it or edited it in her hands', () => {
    const piece = { status: 'in-review' as Status, penulis: [], history: [entry('Deni Muliya', 'create', null, 'draft'), entry('Haryo Jati', 'edit', 'draft', 'draft')] }
    expect(standingOf(piece, haryo).writer).toBe(true)
    expect(refusal(piece, haryo, 'withdraw')).toBeNull()
  })

  it('leaves spiking a draft to the writer who created it: a colleague who typed in it may not', () => {
    const other: Profile = { id: 'a', name: 'Ani Lestari', initials: 'AL', role: 'penulis' }
    const draft = { status: 'draft' as Status, penulis: ['Ani Lestari'], history: [entry('Ani Lestari', 'create', null, 'draft'), entry('Haryo Jati', 'edit', 'draft', 'draft')] }
    expect(standingOf(draft, haryo)).toEqual({ author: true, writer: true, creator: false })
    expect(refusal(draft, haryo, 'spike')).toBe('not-own')
    expect(refusal(draft, other, 'spike')).toBeNull()
    expect(refusal({ ...draft, status: 'spiked' }, haryo, 'unspike')).toBe('not-own')
    expect(refusal({ ...draft, status: 'spiked' }, other, 'unspike')).toBeNull()
  })
})

describe('what a save adds to history', () => {
  const created = [entry('Haryo Jati', 'create', null, 'draft')]
  it('adds nothing for the same hands, an edit when they change, and a byline entry with the names', () => {
    expect(editEntryFor(created, { penulis: ['Haryo Jati'] }, { penulis: ['Haryo Jati'] }, 'Haryo Jati')).toBeNull()
    expect(editEntryFor(created, { penulis: ['Haryo Jati'] }, { penulis: ['Haryo Jati'] }, 'Deni Muliya')).toEqual({ action: 'edit' })
    expect(editEntryFor([...created, entry('Deni Muliya', 'edit', 'draft', 'draft')], { penulis: [] }, { penulis: [] }, 'Deni  muliya')).toBeNull()
    expect(editEntryFor(created, { penulis: ['Haryo Jati'] }, { penulis: ['Haryo Jati'] }, 'Haryo Jati')).toBeNull()
    const afterReturn = [...created, entry('Deni Muliya', 'return', 'submitted', 'returned', 'x')]
    expect(editEntryFor(afterReturn, { penulis: ['Haryo Jati'] }, { penulis: ['Haryo Jati'] }, 'Haryo Jati')).toEqual({ action: 'edit' })
    expect(editEntryFor(created, { penulis: ['Deni Muliya'] }, { penulis: [] }, 'Deni Muliya')).toEqual({ action: 'byline', note: 'Deni Muliya → —' })
    expect(editEntryFor(created, { penulis: ['A'] }, { penulis: ['A', 'B'] }, 'Haryo Jati')).toEqual({ action: 'byline', note: 'A → A, B' })
  })
})

describe('spiking a piece reopened for a ralat', () => {
  const reopened = {
    status: 'returned' as Status,
    penulis: ['Haryo Jati'],
    history: [
      entry('Haryo Jati', 'create', null, 'draft'),
      entry('Haryo Jati', 'submit', 'draft', 'submitted'),
      entry('Deni Muliya', 'approve', 'submitted', 'approved'),
      entry('Deni Muliya', 'publish', 'approved', 'published'),
      entry('Deni Muliya', 'correct', 'published', 'returned', 'Angka korban 12.')
    ]
  }
  it('is refused to its writer, who could spike it before it was published, and left to editors', () => {
    const neverPublished = { ...reopened, history: reopened.history.filter((h) => h.action !== 'publish') }
    expect(refusal(neverPublished, haryo, 'spike')).toBe(null)
    expect(refusal(reopened, haryo, 'spike')).toBe('was-published')
    expect(refusal(reopened, haryo, 'submit')).toBe(null)
    expect(refusal(reopened, deni, 'spike')).toBe(null)
  })
})

describe('who may change the content now', () => {
  it('is nobody once approved or published, and only editors while on the desk', () => {
    const cases: [Status, Profile | null, ReturnType<typeof editRefusal>][] = [
      ['draft', haryo, null],
      ['returned', haryo, null],
      ['submitted', haryo, 'on-the-desk'],
      ['in-review', haryo, 'on-the-desk'],
      ['submitted', null, 'on-the-desk'],
      ['submitted', deni, null],
      ['in-review', deni, null],
      ['approved', deni, 'read-only'],
      ['published', deni, 'read-only']
    ]
    expect(cases.map(([status, profile]) => editRefusal(status, profile))).toEqual(cases.map(([, , why]) => why))
  })
})

describe('corrections from history', () => {
  const road = [entry('Haryo Jati', 'create', null, 'draft'), entry('Deni Muliya', 'publish', 'approved', 'published')]
  const corrected = entry('Deni Muliya', 'correct', 'published', 'returned', '  Angka korban 12, bukan 21. ')
  it('counts a correction only once a later publication carries it, oldest first', () => {
    expect(publishedCorrections([...road, corrected])).toEqual([])
    const republished = [...road, corrected, entry('Rina', 'publish', 'approved', 'published')]
    expect(publishedCorrections(republished)).toEqual([{ note: 'Angka korban 12, bukan 21.', at: corrected.at }])
    const second = entry('Deni Muliya', 'correct', 'published', 'returned', 'Nama desa Sukamaju.')
    expect(publishedCorrections([...republished, second]).map((c) => c.note)).toEqual(['Angka korban 12, bukan 21.'])
    expect(publishedCorrections([...republished, second, entry('Rina', 'publish', 'approved', 'published')]).map((c) => c.note)).toEqual(['Angka korban 12, bukan 21.', 'Nama desa Sukamaju.'])
  })
  it('words the line the Kompas way in the piece’s own zone', () => {
    const history = [...road, { ...corrected, at: '2026-12-01T01:19:00.000Z' }, entry('Rina', 'publish', 'approved', 'published')]
    expect(ralatLines({ history, published: null })).toEqual(['Ralat: Angka korban 12, bukan 21. (1 Desember 2026, 08:19 WIB)'])
    expect(ralatLines({ history, published: { zone: 'WIT' } })).toEqual(['Ralat: Angka korban 12, bukan 21. (1 Desember 2026, 10:19 WIT)'])
  })
})
