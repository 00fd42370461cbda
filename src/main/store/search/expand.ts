// What one query word matches in the vocabulary: itself, the words it begins (from two letters),
// and for words of six letters or more the words one edit away ("Makasar" → "makassar"). A longer
// completion or a typo counts for less than the word itself, as in MiniSearch, whose ranking the
// newsroom has used so far.
import { lowerBound } from './segment'

const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45
export const PREFIX_FROM = 2
export const FUZZY_FROM = 6

/** True when `a` and `b` differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1)
  return short.slice(i) === long.slice(i + 1)
}

/** Words of the vocabulary the query word stands for, with the weight each counts with. */
export function expand(word: string, sorted: readonly string[], unsorted: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>()
  const consider = (term: string): void => {
    let weight = 0
    if (term === word) weight = 1
    else if (word.length >= PREFIX_FROM && term.startsWith(word)) {
      weight = (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (term.length - word.length))
    }
    if (weight < 1 && word.length >= FUZZY_FROM && withinOneEdit(word, term)) {
      weight = Math.max(weight, (FUZZY_WEIGHT * word.length) / (word.length + 0.3))
    }
    if (weight > (out.get(term) ?? 0)) out.set(term, weight)
  }
  // The sorted vocabulary: the prefix range by binary search, typos by length.
  const from = lowerBound(sorted, word)
  if (word.length >= PREFIX_FROM) {
    for (let i = from; i < sorted.length && (sorted[i] as string).startsWith(word); i++) consider(sorted[i] as string)
  } else if (sorted[from] === word) consider(word)
  if (word.length >= FUZZY_FROM) {
    for (const term of sorted) if (Math.abs(term.length - word.length) <= 1) consider(term)
  }
  for (const term of unsorted) {
    if (term === word || (word.length >= PREFIX_FROM && term.startsWith(word)) || (word.length >= FUZZY_FROM && withinOneEdit(word, term))) consider(term)
  }
  return out
}
