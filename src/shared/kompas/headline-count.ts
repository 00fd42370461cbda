// How long a headline is, counted once for the editor's counter and the house-style rule, so the
// two never disagree: characters as a reader sees them (graphemes: an emoji with its variation
// selector is one, not UTF-16 units or code points), leading and trailing spaces not counted.
const graphemes = new Intl.Segmenter('id', { granularity: 'grapheme' })

/** The headline's characters, trimmed, each with its index in the trimmed text. */
export function headlineCharacters(headline: string): Intl.SegmentData[] {
  return [...graphemes.segment(headline.trim())]
}

export function headlineLength(headline: string): number {
  return headlineCharacters(headline).length
}
