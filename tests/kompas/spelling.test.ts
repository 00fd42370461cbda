import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import nspell from 'nspell'
import { describe, expect, it } from 'vitest'
import { checkArticle, findingWhere } from '../../src/shared/kompas/check'
import { applyFix } from '../../src/shared/kompas/apply-fix'
import type { Speller } from '../../src/shared/kompas/findings'
import { spelling, spellingCandidates } from '../../src/shared/kompas/rules/spelling'
import { baca, draft, KNOWN_ID, p } from './build'
import { contextWith, REFERENCE_EXPECTED, referenceArticle } from '../helpers/reference-article'

// The dictionary the app ships, read the way nspell reads it in main.
const dictionary = resolve(import.meta.dirname, '../../resources/dictionaries')
const checker = nspell(readFileSync(resolve(dictionary, 'id_ID.aff')), readFileSync(resolve(dictionary, 'id_ID.dic')))
const indonesian: Speller = { isCorrect: (w) => checker.correct(w), suggest: (w) => checker.suggest(w) }

describe('spelling against the Indonesian Hunspell dictionary', () => {
  const article = referenceArticle()

  it('finds the one misspelling of the reference article, “setenpat”, and suggests “setempat”', () => {
    const findings = spelling.check(article, { ...contextWith(), spelling: indonesian })
    expect(findings.map((f) => ({ where: findingWhere(f), text: f.text, severity: f.severity }))).toEqual([
      { where: 'paragraph 1', text: 'setenpat', severity: 'warning' }
    ])
    expect(findings[0]?.message).toBe('“setenpat” tidak ada di kamus. Maksudnya “setempat”?')
    const fixed = applyFix(article, findings[0]!.fix!)
    expect(JSON.stringify(fixed.body)).toContain('waktu setempat.')
    expect(spelling.check(fixed, { ...contextWith(), spelling: indonesian })).toEqual([])
  })

  it('with the dictionary, the reference article yields every finding of its expected file, the optional one too', () => {
    const findings = checkArticle(article, { ...contextWith(), spelling: indonesian })
    const expected = REFERENCE_EXPECTED.houseStyleFindings.map(({ rule, where, text }) => ({ rule, where, text }))
    expect(findings.map((f) => ({ rule: f.rule, where: findingWhere(f), text: f.text }))).toEqual(expected)
  })

  it('leaves names (capitalised) and Baca Juga titles alone', () => {
    const names = draft({ blocks: [p('Kim Jong-un dan Putin bertemu di Pyongyang.'), baca(KNOWN_ID, 'judull yang salahh'), p('Lalu pulang.')] })
    expect(spellingCandidates(names)).not.toContain('Pyongyang')
    expect(spellingCandidates(names)).not.toContain('salahh')
    expect(spelling.check(names, { ...contextWith(), spelling: indonesian })).toEqual([])
    const typo = draft({ blocks: [p('Mereka bertemu di istana presidenn.')] })
    expect(spelling.check(typo, { ...contextWith(), spelling: indonesian }).map((f) => f.text)).toEqual(['presidenn'])
  })

  it('says nothing without a dictionary', () => {
    expect(spelling.check(article, contextWith())).toEqual([])
  })
})
