// A search that scores only the compacted documents with a query word in their headline, and proves
// that no other document could have made the list (decision 0103). A document without any headline
// match scores at most Σ factor · bodyMax / (bodyMax + smallest body norm) over the query's terms;
// when the k-th best of the scored ones is above that, the top k is the top k of the whole archive,
// exactly as scoring every posting would give it. When it is not, the caller scores everything.
// Single words and common words profit most: a headline holds a few percent of an archive's words.
import { HEADLINE_BOOST, K1, type Scratch } from './score'
import { packedOf, type TermView } from './term-views'

export interface PlannedTerm {
  /** The term's weight (expansion weight × idf). */
  factor: number
  /** Its compacted postings as views; null when it is only in the live part. */
  view: TermView | null
}

/** `matched` of a compacted document already taken as a candidate in this search. */
const TAKEN = 0xfffe

/**
 * Adds the compacted documents that match every word and have one of them in the headline to
 * `s.hits` (after what is there), their scores to `s.score`; returns the bound on any other
 * compacted document's score. `words` in the order the exhaustive search scores them, so a score
 * here is the same sum, to the bit, as there.
 */
export function headlineCandidates(s: Scratch, words: readonly PlannedTerm[][], headlineNorm: Float64Array, bodyNorm: Float64Array, smallestBodyNorm: number): number {
  const { score, matched, hits } = s
  let bound = 0
  for (const terms of words) {
    if (!terms.some((t) => t.view)) return 0 // a word only the live part has: no compacted document matches
    for (const t of terms) if (t.view) bound += t.factor * (K1 + 1) * (t.view.bodyMax / (t.view.bodyMax + smallestBodyNorm))
  }
  for (const terms of words) {
    for (const t of terms) {
      if (!t.view) continue
      const docs = t.view.headlineDocs
      for (let n = 0; n < docs.length; n++) {
        const doc = docs[n] as number
        if (matched[doc] !== 0) continue // taken already, dead, or live
        matched[doc] = TAKEN
        const total = scoreDoc(doc, words, headlineNorm, bodyNorm)
        if (total < 0) continue
        score[doc] = total
        hits[s.hitCount++] = doc
      }
    }
  }
  return bound
}

/** The document's score over every word, or -1 when it misses one. */
function scoreDoc(doc: number, words: readonly PlannedTerm[][], headlineNorm: Float64Array, bodyNorm: Float64Array): number {
  let total = 0
  for (const terms of words) {
    let found = false
    for (const t of terms) {
      if (!t.view) continue
      const packed = packedOf(t.view, doc)
      if (packed === 0) continue
      found = true
      const h = packed & 7
      const bt = packed >>> 3
      let add = bt === 0 ? 0 : bt / (bt + (bodyNorm[doc] as number))
      if (h !== 0) add += (HEADLINE_BOOST * h) / (h + (headlineNorm[doc] as number))
      total += t.factor * (K1 + 1) * add
    }
    if (!found) return -1
  }
  return total
}
