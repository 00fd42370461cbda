// The inner loop of a search: one term's postings added to the per-document scores. This is where a
// search spends its time (decision 0103: ~80% of its CPU before this file), so it is written for
// V8 rather than for reading: typed arrays only, no calls, no allocation, a one-byte fast path for
// the varints (most gaps and counts are below 128), and BM25's length normalisation read from
// arrays computed once per change of the averages instead of per posting.

export const K1 = 1.2
export const B = 0.7
export const HEADLINE_BOOST = 2
/** `matched` of a document that was removed: never equal to a word's number, so never scored. */
export const DEAD = 0xffff
/** Words in one query: `matched` counts words up to this and DEAD stays out of reach. */
export const MAX_WORDS = 0xfffd

/** Per-document work arrays of one search; kept between searches so a search allocates nothing. */
export interface Scratch {
  score: Float64Array
  /** How many query words the document has matched so far (DEAD for a removed one). */
  matched: Uint16Array
  /** The documents that matched the last word, in the order they reached it. */
  hits: Int32Array
  hitCount: number
}

/** K1 · (1 − B + B · length / average) for every document: BM25's denominator minus the count. */
export function lengthNorms(lengths: readonly number[], average: number, into: Float64Array): Float64Array {
  const out = into.length >= lengths.length ? into : new Float64Array(Math.ceil(lengths.length * 1.25))
  const a = (K1 * B) / average
  const c = K1 * (1 - B)
  for (let doc = 0; doc < lengths.length; doc++) out[doc] = c + a * (lengths[doc] as number)
  return out
}

/**
 * Adds query word `w`'s term with postings bytes[start, end) to the scores of the documents that
 * matched every earlier word, weighted by `factor` (the expansion's weight times the term's idf).
 * A document reaching word `w` for the first time counts as matched one word more; with `last`, it
 * is also listed in `hits`. Returns how many documents reached word `w` through this term.
 */
export function scoreTerm(
  s: Scratch,
  w: number,
  last: boolean,
  factor: number,
  headlineNorm: Float64Array,
  bodyNorm: Float64Array,
  bytes: Uint8Array,
  start: number,
  end: number
): number {
  const { score, matched, hits } = s
  const f = factor * (K1 + 1)
  const next = w + 1
  let reached = 0
  let hitCount = s.hitCount
  let p = start
  let doc = 0
  while (p < end) {
    let b = bytes[p++] as number
    let gap = b
    if (b >= 0x80) {
      gap = b & 0x7f
      for (let shift = 7; b & 0x80; shift += 7) {
        b = bytes[p++] as number
        gap |= (b & 0x7f) << shift
      }
    }
    b = bytes[p++] as number
    let packed = b
    if (b >= 0x80) {
      packed = b & 0x7f
      for (let shift = 7; b & 0x80; shift += 7) {
        b = bytes[p++] as number
        packed |= (b & 0x7f) << shift
      }
    }
    doc += gap
    const m = matched[doc] as number
    if (m === w) {
      matched[doc] = next
      reached++
      if (last) hits[hitCount++] = doc
    } else if (m !== next) continue
    const h = packed & 7
    const bt = packed >>> 3
    let add = bt === 0 ? 0 : bt / (bt + (bodyNorm[doc] as number))
    if (h !== 0) add += (HEADLINE_BOOST * h) / (h + (headlineNorm[doc] as number))
    score[doc] = (score[doc] as number) + f * add
  }
  s.hitCount = hitCount
  return reached
}
