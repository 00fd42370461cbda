// The house-style check of the worst body the draft schema allows: every paragraph misspelt and
// its weekday wrong. The answer carries the first findings and an exact count of the rest, and
// approving over warnings still knows how many there are.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findingList, MAX_FINDINGS, MAX_FINDINGS_PER_RULE } from '../../src/shared/kompas/finding-list'
import type { Finding } from '../../src/shared/kompas/findings'
import { worstCheckBody } from '../helpers/largest-articles'
import { openTestRedaksi } from '../helpers/redaksi'
import { actAs, call, cleanDraft, createArticle, move, refusal } from './harness'

type TestRedaksi = Awaited<ReturnType<typeof openTestRedaksi>>

// One word over and over: Hunspell suggests for it once, so the test does not wait on suggestions.
const SAME_WORD = { word: () => 'zqb' }

describe('the house-style check of the largest body', () => {
  let redaksi: TestRedaksi
  beforeEach(async () => {
    redaksi = await openTestRedaksi()
  })
  afterEach(() => redaksi.dispose())

  it('answers the first findings of each rule and the exact count of the rest, in a small answer', { timeout: 180_000 }, async () => {
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    const worst = worstCheckBody(SAME_WORD)
    // What the fields alone raise: the empty editor field, a warning.
    const clean = await call(redaksi, 'workflow.check', { id: (await createArticle(redaksi, cleanDraft())).id })
    expect([clean.blocking, clean.warnings, clean.more]).toEqual([0, 1, 0])
    const article = await createArticle(redaksi, cleanDraft({ body: worst.body }))
    const answer = await call(redaksi, 'workflow.check', { id: article.id })

    expect([worst.wrongDates, worst.unknownWords]).toEqual([25_000, 125_000])
    expect(answer.blocking).toBe(worst.wrongDates)
    expect(answer.warnings).toBe(worst.unknownWords + 1)
    expect(answer.findings.filter((f) => f.rule === 'day-matches-date').length).toBe(MAX_FINDINGS_PER_RULE)
    expect(answer.findings.filter((f) => f.rule === 'spelling').length).toBe(MAX_FINDINGS_PER_RULE)
    expect(answer.findings.length).toBe(2 * MAX_FINDINGS_PER_RULE + 1)
    expect(answer.more).toBe(worst.unknownWords + worst.wrongDates - 2 * MAX_FINDINGS_PER_RULE)
    // The first ones in reading order: the lead's weekday, then its first word.
    expect(answer.findings.slice(0, 2).map((f) => [f.rule, f.where])).toEqual([
      ['day-matches-date', { field: 'body', block: 0, node: 'paragraph', ordinal: 1, from: 0, to: 17 }],
      ['spelling', { field: 'body', block: 0, node: 'paragraph', ordinal: 1, from: 18, to: 21 }]
    ])
    // Before the cap this answer was 30 MB.
    expect(JSON.stringify(answer).length).toBeLessThan(64 * 1024)
  })

  it('refuses a submit with the first blocking findings and the exact count', { timeout: 180_000 }, async () => {
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    const worst = worstCheckBody(SAME_WORD)
    const article = await createArticle(redaksi, cleanDraft({ body: worst.body }))
    const refused = await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action: 'submit' })
    expect(refused.reason).toBe('workflow.blocking')
    expect(refused.params).toEqual({ action: 'submit', count: worst.wrongDates })
    expect(refused.findings?.length).toBe(MAX_FINDINGS_PER_RULE)
    expect(JSON.stringify(refused).length).toBeLessThan(32 * 1024)
  })

  it('still tells an editor there are warnings, and approves over all of them when told to', async () => {
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    // More warnings than are shown is enough here; the largest body is the tests' above.
    const paragraph = { type: 'paragraph', content: [{ type: 'text', text: Array(100).fill('zqb').join(' ') }] }
    const worst = { body: { type: 'doc' as const, content: [paragraph, paragraph, paragraph] }, unknownWords: 300 }
    let article = await createArticle(redaksi, cleanDraft({ body: worst.body }))
    article = await move(redaksi, article, 'submit')

    await actAs(redaksi, 'Deni Muliya', 'editor')
    const answer = await call(redaksi, 'workflow.check', { id: article.id })
    // The empty editor field is one more warning here; approval fills it, so it does not count there.
    expect([answer.blocking, answer.warnings, answer.findings.length, answer.more]).toEqual([0, worst.unknownWords + 1, MAX_FINDINGS_PER_RULE + 1, worst.unknownWords - MAX_FINDINGS_PER_RULE])
    const warned = await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action: 'approve' })
    expect([warned.reason, warned.params?.count, warned.findings?.length]).toEqual(['workflow.warnings', worst.unknownWords, MAX_FINDINGS_PER_RULE])
    article = await move(redaksi, article, 'approve', { overrideWarnings: true })
    expect(article.history.at(-1)).toMatchObject({ action: 'approve', note: `disetujui dengan ${worst.unknownWords} peringatan: spelling` })
  })

  it('shows at most MAX_FINDINGS in all, in reading order, however many rules find something', () => {
    const finding = (rule: string, block: number): Finding => ({ rule, severity: 'warning', message: '', messageEn: '', where: { field: 'body', block, node: 'paragraph', ordinal: block + 1 } })
    const all = Array.from({ length: 1000 }, (_, i) => finding(`rule-${i % 10}`, i))
    const list = findingList(all)
    expect([list.findings.length, list.more, list.warnings, list.blocking]).toEqual([MAX_FINDINGS, 800, 1000, 0])
    expect(list.findings.map((f) => f.where.field === 'body' && f.where.block)).toEqual(Array.from({ length: MAX_FINDINGS }, (_, i) => i))
  })
})
