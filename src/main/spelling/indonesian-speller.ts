import nspell from 'nspell'
import type { Speller } from '../../shared/kompas/findings'
import { readResource } from '../resource-file'

/** Suggestions are the slow part of Hunspell; an article with more unknown words gets them for the first ones only. */
const MAX_SUGGESTED = 40

let loading: Promise<Speller> | null = null

/**
 * The Indonesian Hunspell dictionary (resources/dictionaries), loaded once per process on first
 * use (about 0.7 s) rather than at start-up, since most sessions never ask.
 */
export function indonesianSpeller(): Promise<Speller> {
  loading ??= Promise.resolve().then(() => {
    const checker = nspell(readResource('dictionaries/id_ID.aff'), readResource('dictionaries/id_ID.dic'))
    // A word asked about once is asked again at every check while the writer types.
    const suggestions = new Map<string, string[]>()
    const speller: Speller = {
      isCorrect: (word) => checker.correct(word),
      suggest: (word) => {
        const known = suggestions.get(word)
        if (known) return known
        const found = checker.suggest(word)
        if (suggestions.size < 10_000) suggestions.set(word, found)
        return found
      }
    }
    return speller
  })
  return loading
}

/** Unknown words among `words`, each with suggestions: what the renderer asks over the contract. */
export async function misspelled(words: readonly string[]): Promise<{ word: string; suggestions: string[] }[]> {
  const speller = await indonesianSpeller()
  const wrong = words.filter((w) => !speller.isCorrect(w))
  return wrong.map((word, i) => ({ word, suggestions: i < MAX_SUGGESTED ? speller.suggest(word).slice(0, 5) : [] }))
}
