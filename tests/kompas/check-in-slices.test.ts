import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SECTIONS, type ArticleDraft } from '../../src/shared/article'
import { checkArticle, RULES } from '../../src/shared/kompas/check'
import { checkArticleInSlices, type Slicing } from '../../src/shared/kompas/check-in-slices'
import type { CheckContext, Rule } from '../../src/shared/kompas/findings'
import { parsePlainText } from '../../src/shared/kompas/parse-plain-text'
import { NEWSROOM_DEFAULTS } from '../../src/shared/new-article'
import { makeDraft, seededRandom } from '../bench/corpus'
import { contextWith, referenceArticle } from '../helpers/reference-article'

const PAGES = resolve(import.meta.dirname, '../fixtures/kompas-pages')

/** The corpus pages as the importer reads them. */
function corpusDrafts(): [string, ArticleDraft][] {
  const options = { sections: DEFAULT_SECTIONS, defaultSection: NEWSROOM_DEFAULTS.section, defaultOutlet: NEWSROOM_DEFAULTS.outlet }
  return readdirSync(PAGES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f): [string, ArticleDraft][] => {
      const parsed = parsePlainText(readFileSync(join(PAGES, f), 'utf8'), options)
      return parsed.ok ? [[f, parsed.draft]] : []
    })
}

// A dictionary that knows every other word of the generated copy, so the spelling rule has many
// findings, some of them with a fix, and their order matters.
const halfSpeller: CheckContext['spelling'] = {
  isCorrect: (word) => word.length % 2 === 0,
  suggest: (word) => [word.slice(1)]
}

/** A clock the rules move: each slice may use `budget` of it; every yield starts a new slice. */
function fakeClock(budget: number): { slicing: Slicing; advance(ms: number): void; yields: number[] } {
  let now = 0
  let sliceEnd = budget
  const yields: number[] = []
  return {
    advance: (ms) => void (now += ms),
    yields,
    slicing: {
      spent: () => now >= sliceEnd,
      yieldNow: async () => {
        yields.push(now)
        sliceEnd = now + budget
      }
    }
  }
}

/** A rule that takes `ms` of the fake clock and says where it ran. */
const timedRule = (id: string, ms: number, clock: { advance(ms: number): void }, ran: string[]): Rule => ({
  id,
  severity: 'warning',
  check: () => {
    ran.push(id)
    clock.advance(ms)
    return []
  }
})

/** Yields on every asking: the most slices the check can be cut into. */
const everyRule = (): Slicing & { yields: number } => {
  const slicing = { yields: 0, spent: () => true, yieldNow: async () => void slicing.yields++ }
  return slicing
}

describe('checkArticleInSlices', () => {
  it('finds exactly what checkArticle finds, in its order, in the reference article and the corpus', async () => {
    const drafts: [string, ArticleDraft][] = [['reference', referenceArticle()], ...corpusDrafts()]
    expect(drafts.length).toBeGreaterThan(10)
    for (const [name, draft] of drafts) {
      const context = contextWith(undefined, {})
      const sliced = await checkArticleInSlices(draft, { ...context, spelling: halfSpeller }, RULES, everyRule())
      expect(sliced, name).toEqual(checkArticle(draft, { ...context, spelling: halfSpeller }))
    }
  })

  it('finds exactly what checkArticle finds in a 10,000-word body, thousands of findings sorted alike', async () => {
    const draft = makeDraft(seededRandom(4), 10_000)
    const context = { ...contextWith({}), spelling: halfSpeller }
    const slicing = everyRule()
    const sliced = await checkArticleInSlices(draft, context, RULES, slicing)
    const whole = checkArticle(draft, context)
    expect(whole.length).toBeGreaterThan(1000)
    expect(sliced).toEqual(whole)
    // Before each of the 13 rules and before the sort.
    expect(slicing.yields).toBe(RULES.length + 1)
  })

  it('gives the thread back between rules once the slice has used its budget, and not before', async () => {
    const clock = fakeClock(4)
    const ran: string[] = []
    const rules = [timedRule('a', 3, clock, ran), timedRule('b', 3, clock, ran), timedRule('c', 1, clock, ran), timedRule('d', 10, clock, ran), timedRule('e', 1, clock, ran)]
    await checkArticleInSlices(makeDraft(seededRandom(1)), contextWith(), rules, clock.slicing)
    // a+b spend the first slice (6 ms); c uses 1 of the next 4, so d joins it and overruns; e and
    // the sort share the third.
    expect(clock.yields).toEqual([6, 17])
    expect(ran).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('never yields while the budget lasts', async () => {
    const clock = fakeClock(4)
    const ran: string[] = []
    const rules = ['a', 'b', 'c'].map((id) => timedRule(id, 1, clock, ran))
    await checkArticleInSlices(makeDraft(seededRandom(1)), contextWith(), rules, clock.slicing)
    expect(clock.yields).toEqual([])
  })

  it('stops at the next slice when a newer change supersedes it, and runs no rule after', async () => {
    const clock = fakeClock(4)
    const ran: string[] = []
    const superseded = new AbortController()
    const rules = ['a', 'b', 'c', 'd'].map((id) => timedRule(id, 5, clock, ran))
    const slicing: Slicing = {
      signal: superseded.signal,
      spent: clock.slicing.spent,
      yieldNow: async () => {
        if (ran.length === 2) superseded.abort(new Error('newer change'))
        await clock.slicing.yieldNow()
      }
    }
    await expect(checkArticleInSlices(makeDraft(seededRandom(1)), contextWith(), rules, slicing)).rejects.toThrow('newer change')
    expect(ran).toEqual(['a', 'b'])
  })

  it('runs no rule at all when superseded before it starts', async () => {
    const ran: string[] = []
    const superseded = new AbortController()
    superseded.abort(new Error('newer change'))
    const rules = [timedRule('a', 1, { advance: () => undefined }, ran)]
    await expect(checkArticleInSlices(makeDraft(seededRandom(1)), contextWith(), rules, { ...everyRule(), signal: superseded.signal })).rejects.toThrow('newer change')
    expect(ran).toEqual([])
  })
})
