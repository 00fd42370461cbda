import { describe, expect, it } from 'vitest'
import { changedSince, defaultComparison, versionEvent } from '../../src/renderer/src/features/review/compare-versions'
import { review } from '../../src/shared/i18n/review'
import type { RevisionSummary } from '../../src/shared/workflow'

const at = (n: number): string => `2026-12-01T01:${String(10 + n).padStart(2, '0')}:00.000Z`
const rev = (n: number, reason: RevisionSummary['reason'], status: RevisionSummary['status']): RevisionSummary => ({
  revId: `${n}-${'a'.repeat(32)}`,
  rev: n,
  savedAt: at(n),
  reason,
  savedBy: 'Haryo Jati',
  headline: 'Judul',
  status,
  words: 10
})

describe('the version the compare view opens on', () => {
  it('is the newest earlier submission, not the autosave just before the current version', () => {
    // Newest first: the current version (7, a resubmission) is not in the list.
    const older = [rev(6, 'edit', 'returned'), rev(5, 'status', 'returned'), rev(4, 'status', 'in-review'), rev(3, 'status', 'submitted'), rev(2, 'edit', 'draft'), rev(1, 'create', 'draft')]
    expect(defaultComparison(older)).toBe(older[3]!.revId)
  })

  it('falls back to the newest version when nothing was submitted before, and to none without versions', () => {
    const older = [rev(2, 'edit', 'draft'), rev(1, 'create', 'draft')]
    expect(defaultComparison(older)).toBe(older[0]!.revId)
    expect(defaultComparison([])).toBe('')
  })
})

describe('what made a version', () => {
  it('names every reason and every status move in both languages', () => {
    const reasons: RevisionSummary['reason'][] = ['create', 'edit', 'restore', 'migration', 'remote']
    const statuses: RevisionSummary['status'][] = ['draft', 'submitted', 'in-review', 'returned', 'approved', 'published', 'spiked']
    const keys = [...reasons.map((r) => versionEvent(rev(1, r, 'draft'))), ...statuses.map((s) => versionEvent(rev(1, 'status', s)))]
    const lookup = (words: object, key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], words)
    for (const key of keys) {
      expect(typeof lookup(review.id, key), key).toBe('string')
      expect(typeof lookup(review.en, key), key).toBe('string')
    }
    expect(lookup(review.id, versionEvent(rev(3, 'status', 'submitted')))).toBe('Diajukan')
  })
})

describe('an editor’s edit during review (decision 0046)', () => {
  // Rev 4 is Deni's edit, kept as a move to the same status; its history entry says what it was.
  const history = [
    { at: at(1), actor: 'Haryo Jati', action: 'create' },
    { at: at(3), actor: 'Haryo Jati', action: 'submit' },
    { at: at(4), actor: 'Deni Muliya', action: 'edit' },
    { at: at(5), actor: 'Deni Muliya', action: 'return' }
  ]
  const older = [{ ...rev(4, 'status', 'submitted'), savedBy: 'Deni Muliya' }, rev(3, 'status', 'submitted'), rev(2, 'edit', 'draft'), rev(1, 'create', 'draft')]

  it('is named as an edit, and the view opens on the writer’s submission before it', () => {
    expect(versionEvent(older[0]!, history)).toBe('event.edit')
    expect(review.id.event.edit).toBe('Disunting')
    expect(versionEvent(older[1]!, history)).toBe('event.status.submitted')
    expect(defaultComparison(older, history)).toBe(older[1]!.revId)
    // Without the history it would have opened on the editor's own version.
    expect(defaultComparison(older)).toBe(older[0]!.revId)
  })

  it('names who changed the piece since a version', () => {
    expect(changedSince(older[1]!, history)).toEqual(['Deni Muliya'])
    expect(changedSince(older[3]!, [...history, { at: at(6), actor: 'Haryo Jati', action: 'edit' }])).toEqual(['Deni Muliya', 'Haryo Jati'])
    expect(changedSince(older[0]!, history)).toEqual([])
  })

  it('has words for the new events in both languages', () => {
    for (const key of ['edit', 'byline', 'withdraw', 'correct'] as const) {
      expect(typeof review.id.event[key]).toBe('string')
      expect(typeof review.en.event[key]).toBe('string')
    }
  })
})
