import nspell from 'nspell'
import type { Speller } from '../../shared/kompas/findings'
import { readResource } from '../resource-file'

/** Suggestions are the slow part of Hunspell; an article with more unknown words gets them for the first ones only. */
const MAX_SUGGESTED = 40

let loading: Promise<Speller> | null = null

/**
 * The Indonesian Hunspell dictionary (resources/dictionaries), loaded once per process (0.6–1.2 s,
 * 60–80 MB resident): on first use, or ahead of it by `warmSpellerSoon`.
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

/** Whether the dictionary has been asked for in this process (it may still be loading). */
export function spellerRequested(): boolean {
  return loading !== null
}

/**
 * Loads the dictionary `delayMs` after start-up, while the writer is still at the list. The first
 * article opened asks for its spelling 0.4 s after it is drawn. Loading the dictionary then takes
 * 0.7–1.2 s of CPU, which lands on the writer's first keys (decision 0117). The timer does not hold
 * the process open. Returns a function that cancels it.
 */
export function warmSpellerSoon(delayMs: number): () => void {
  const timer = setTimeout(() => void indonesianSpeller().catch(() => undefined), delayMs)
  timer.unref()
  return () => clearTimeout(timer)
}

/** Unknown words among `words`, each with suggestions: what the renderer asks over the contract. */
export async function misspelled(words: readonly string[]): Promise<{ word: string; suggestions: string[] }[]> {
  const speller = await indonesianSpeller()
  const wrong = words.filter((w) => !speller.isCorrect(w))
  return wrong.map((word, i) => ({ word, suggestions: i < MAX_SUGGESTED ? speller.suggest(word).slice(0, 5) : [] }))
}
