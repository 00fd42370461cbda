// What the new page and leaving a draft decide in the window (decision 0076): pure, with the same
// rule main applies (tests/drafts/discard-empty.test.ts holds main to it on a real store).
import { describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import { newArticleDraft } from '../../src/shared/new-article'
import { isUnstored, leftEmpty } from '../../src/renderer/src/features/editor/new-page'

const at = '2024-06-17T13:49:00.000Z'
const stored = (over: Partial<Article> = {}): Article => ({
  ...newArticleDraft(),
  penulis: ['Haryo Jati'],
  id: '01J0000000000000000000000Z',
  status: 'draft',
  createdAt: at,
  updatedAt: at,
  rev: 2,
  revId: '2-0123456789abcdef0123456789abcdef',
  history: [{ at, actor: 'Haryo Jati', action: 'create', from: null, to: 'draft' }],
  ...over
})

describe('leaving a draft', () => {
  it('asks to take back a stored draft with nothing typed but the byline it was given', () => {
    expect(leftEmpty(stored(), null)).toBe(true)
    expect(leftEmpty(stored(), { ...newArticleDraft(), penulis: ['Haryo Jati'], section: 'dunia' })).toBe(true)
  })

  it('keeps one with typing in the window, even when the stored version is empty', () => {
    expect(leftEmpty(stored(), { ...newArticleDraft(), headline: 'Banjir' })).toBe(false)
    expect(leftEmpty(stored(), { ...newArticleDraft(), penulis: ['Haryo Jati', 'Deni Muliya'] })).toBe(false)
  })

  it('keeps the new page that was never stored, and a draft that went to the desk once', () => {
    expect(isUnstored(stored({ rev: 0 }))).toBe(true)
    expect(leftEmpty(stored({ rev: 0 }), null)).toBe(false)
    const returned = stored({
      status: 'returned',
      history: [
        { at, actor: 'Haryo Jati', action: 'create', from: null, to: 'draft' },
        { at, actor: 'Haryo Jati', action: 'submit', from: 'draft', to: 'submitted' },
        { at, actor: 'Deni Muliya', action: 'return', from: 'submitted', to: 'returned', note: 'Lengkapi.' }
      ]
    })
    expect(leftEmpty(returned, null)).toBe(false)
    expect(leftEmpty({ ...returned, status: 'draft' }, null)).toBe(false)
  })
})
