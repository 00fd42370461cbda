import { describe, expect, it } from 'vitest'
import { STATUSES, type Status } from '../../src/shared/article'
import type { Finding } from '../../src/shared/kompas/findings'
import { allowedActions, nextStatus, WORKFLOW_ACTIONS, type Profile, type WorkflowAction } from '../../src/shared/workflow'
import { RedaksiFailure } from '../../src/shared/result'
import { planTransition, type TransitionRequest } from '../../src/main/workflow/transition'

// Written out by hand rather than derived from the table under test.
const LEGAL: Record<string, Status> = {
  'draft submit': 'submitted',
  'draft spike': 'spiked',
  'returned submit': 'submitted',
  'returned spike': 'spiked',
  'submitted withdraw': 'draft',
  'submitted start-review': 'in-review',
  'submitted return': 'returned',
  'submitted approve': 'approved',
  'submitted spike': 'spiked',
  'in-review withdraw': 'draft',
  'in-review return': 'returned',
  'in-review approve': 'approved',
  'in-review spike': 'spiked',
  'approved publish': 'published',
  'approved reopen': 'in-review',
  'approved spike': 'spiked',
  'published correct': 'returned',
  'spiked unspike': 'draft'
}

const writer: Profile = { id: 'p1', name: 'Haryo Jati', initials: 'HJ', role: 'penulis' }
const editor: Profile = { id: 'p2', name: 'Deni Muliya', initials: 'DM', role: 'editor' }
const redpel: Profile = { id: 'p3', name: 'Rina Wulandari', initials: 'RW', role: 'redaktur-pelaksana' }

// The piece as history has it: created by its first penulis unless told otherwise (decision 0046).
const article = (status: Status, penulis = ['Haryo Jati'], editorNames: string[] = [], createdBy = penulis[0] ?? 'Other') => ({
  status,
  penulis,
  editor: editorNames,
  history: [{ at: '2026-12-01T01:00:00.000Z', actor: createdBy, action: 'create', from: null, to: 'draft' as Status }]
})
const warning = (rule: string): Finding => ({ rule, severity: 'warning', message: `${rule} warns`, messageEn: '', where: { field: 'headline' } })
const blocking = (rule: string): Finding => ({ rule, severity: 'blocking', message: `${rule} blocks`, messageEn: '', where: { field: 'featuredImage.caption' } })

function refused(req: TransitionRequest): RedaksiFailure {
  try {
    planTransition(req)
  } catch (err) {
    if (err instanceof RedaksiFailure) return err
    throw err
  }
  throw new Error(`${req.action} from ${req.article.status} was allowed`)
}

describe('the status machine table', () => {
  const cases = STATUSES.flatMap((from) => WORKFLOW_ACTIONS.map((action) => [from, action] as [Status, WorkflowAction]))

  it.each(cases)('%s + %s', (from, action) => {
    expect(nextStatus(from, action)).toBe(LEGAL[`${from} ${action}`] ?? null)
  })

  it('has only the correction after published', () => {
    expect(WORKFLOW_ACTIONS.filter((a) => nextStatus('published', a) !== null)).toEqual(['correct'])
  })

  it.each(cases.filter(([from, action]) => !LEGAL[`${from} ${action}`]))('refuses %s + %s with an Indonesian message naming both', (from, action) => {
    const err = refused({ article: article(from, ['Someone Else']), profile: redpel, action, note: 'catatan', overrideWarnings: true })
    expect(err.code).toBe('invalid-request')
    expect(err.message).toMatch(/^Artikel berstatus \S.* tidak dapat \S+/)
  })

  it('words the refusal the newsroom way', () => {
    expect(refused({ article: article('approved'), profile: writer, action: 'submit' }).message).toBe('Artikel berstatus Disetujui tidak dapat diajukan.')
  })
})

describe('roles', () => {
  const editorActions: [Status, WorkflowAction][] = [
    ['submitted', 'start-review'],
    ['submitted', 'return'],
    ['in-review', 'approve'],
    ['approved', 'publish'],
    ['approved', 'reopen']
  ]
  it.each(editorActions)('a penulis cannot %s → %s', (status, action) => {
    const err = refused({ article: article(status, ['Someone Else']), profile: writer, action, note: 'n' })
    expect(err.code).toBe('forbidden')
  })
  it.each(editorActions)('an editor and a redaktur pelaksana can %s → %s', (status, action) => {
    for (const profile of [editor, redpel]) {
      expect(planTransition({ article: article(status, ['Someone Else'], ['X']), profile, action, note: 'n' }).to).toBe(nextStatus(status, action))
    }
  })
  it('lets anyone submit, and records a second submit as a resubmit', () => {
    expect(planTransition({ article: article('draft'), profile: writer, action: 'submit' })).toEqual({ to: 'submitted', historyAction: 'submit' })
    expect(planTransition({ article: article('returned'), profile: writer, action: 'submit' })).toEqual({ to: 'submitted', historyAction: 'resubmit' })
    expect(planTransition({ article: article('draft', ['Other']), profile: editor, action: 'submit' }).to).toBe('submitted')
  })
  it('lets a penulis spike and unspike only their own draft; editors anything before published', () => {
    expect(planTransition({ article: article('draft'), profile: writer, action: 'spike' }).to).toBe('spiked')
    expect(planTransition({ article: article('spiked'), profile: writer, action: 'unspike' }).to).toBe('draft')
    expect(refused({ article: article('draft', ['Other']), profile: writer, action: 'spike' }).code).toBe('forbidden')
    expect(refused({ article: article('submitted'), profile: writer, action: 'spike' }).code).toBe('forbidden')
    for (const status of ['draft', 'submitted', 'in-review', 'returned', 'approved'] as const) {
      expect(planTransition({ article: article(status, ['Other']), profile: editor, action: 'spike' }).to).toBe('spiked')
    }
    expect(refused({ article: article('published', ['Other']), profile: editor, action: 'spike' }).code).toBe('invalid-request')
  })
})

describe('four eyes', () => {
  it('refuses approval by anyone credited as penulis, however the name is typed', () => {
    const err = refused({ article: article('in-review', ['Deni  muliya']), profile: editor, action: 'approve' })
    expect(err.code).toBe('forbidden')
    expect(err.message).toContain('empat mata')
  })
  it('fills an empty editor field with the approver, and leaves a credited one alone', () => {
    expect(planTransition({ article: article('in-review'), profile: editor, action: 'approve' }).changes).toEqual({ editor: ['Deni Muliya'] })
    expect(planTransition({ article: article('in-review', ['Haryo Jati'], ['Budi']), profile: editor, action: 'approve' }).changes).toBeUndefined()
  })
})

describe('notes and findings', () => {
  it('requires a note to return or reopen', () => {
    for (const [status, action] of [['submitted', 'return'], ['approved', 'reopen']] as const) {
      for (const note of [undefined, '', '   ']) {
        const err = refused({ article: article(status), profile: editor, action, note })
        expect(err).toMatchObject({ code: 'invalid-request', reason: 'workflow.note-required', message: expect.stringContaining('Catatan wajib') as unknown })
      }
      expect(planTransition({ article: article(status), profile: editor, action, note: ' Perbaiki lead. ' }).note).toBe('Perbaiki lead.')
    }
  })
  it('stops a submit on blocking findings and lists what to fix', () => {
    const err = refused({ article: article('draft'), profile: writer, action: 'submit', findings: [blocking('day-matches-date'), warning('headline-length')] })
    expect(err.message).toBe('Belum bisa diajukan: 1 temuan harus diperbaiki.')
    expect(err.failure.findings?.map((f) => [f.rule, f.where])).toEqual([['day-matches-date', { field: 'featuredImage.caption' }]])
  })
  it('lets a submit through over warnings', () => {
    expect(planTransition({ article: article('draft'), profile: writer, action: 'submit', findings: [warning('headline-length')] }).to).toBe('submitted')
  })
  it('approves over warnings only when told to, and records it', () => {
    const findings = [warning('headline-length'), warning('baca-juga-target'), warning('headline-length')]
    const err = refused({ article: article('in-review'), profile: editor, action: 'approve', findings })
    expect(err.code).toBe('invalid-request')
    expect(err.failure.findings).toHaveLength(3)
    const plan = planTransition({ article: article('in-review'), profile: editor, action: 'approve', findings, overrideWarnings: true, note: 'Oke.' })
    expect(plan.note).toBe('Oke. (disetujui dengan 3 peringatan: headline-length, baca-juga-target)')
  })
  it('never approves over blocking findings', () => {
    const err = refused({ article: article('in-review'), profile: editor, action: 'approve', findings: [blocking('credits-present')], overrideWarnings: true })
    expect(err.message).toBe('Belum bisa disetujui: 1 temuan harus diperbaiki.')
  })
})

describe('allowedActions (what the renderer offers)', () => {
  it('offers a writer submit and spike on their own draft, nothing on a submitted piece', () => {
    expect(allowedActions(article('draft'), writer)).toEqual(['submit', 'spike'])
    expect(allowedActions(article('submitted'), writer)).toEqual(['withdraw'])
    expect(allowedActions(article('submitted', ['Haryo Jati'], [], 'Other'), writer)).toEqual([])
  })
  it('offers an editor review moves, but not approval of their own piece', () => {
    expect(allowedActions(article('submitted', ['Other']), editor)).toEqual(['start-review', 'return', 'approve', 'spike'])
    expect(allowedActions(article('in-review', ['Deni Muliya']), editor)).toEqual(['withdraw', 'return', 'spike'])
    expect(allowedActions(article('approved', ['Other']), redpel)).toEqual(['publish', 'spike', 'reopen'])
    expect(allowedActions(article('published', ['Other']), redpel)).toEqual(['correct'])
    expect(allowedActions(article('published', ['Other']), writer)).toEqual([])
  })
  it('agrees with planTransition on every status, action and profile', () => {
    for (const status of STATUSES) {
      for (const profile of [writer, editor, redpel]) {
        for (const penulis of [['Haryo Jati'], ['Deni Muliya'], ['Other']]) {
          const offered = allowedActions(article(status, penulis), profile)
          for (const action of WORKFLOW_ACTIONS) {
            let ok = true
            try {
              planTransition({ article: article(status, penulis, ['E']), profile, action, note: 'n' })
            } catch {
              ok = false
            }
            expect(ok, `${profile.role} ${action} on ${status} by ${penulis.join()}`).toBe(offered.includes(action))
          }
        }
      }
    }
  })
})
