import { describe, expect, it } from 'vitest'
import { defaultComparison, versionEvent } from '../../src/renderer/src/features/review/compare-versions'
import { review } from '../../src/shared/i18n/review'
import type { RevisionSummary } from '../../src/shared/workflow'

const rev = (n: number, reason: RevisionSummary['reason'], status: RevisionSummary['status']): RevisionSummary => ({
  revId: `${n}-${'a'.repeat(32)}`,
  rev: n,
  savedAt: '2026-12-01T01:19:00.000Z',
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
