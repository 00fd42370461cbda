// A copied page as lines: line ends of any system, a byte-order mark, blanks at line ends, and
// the page's own furniture around the article (quote markers, "TERBARU" rails) taken away. Blank
// lines are not kept as lines: pages separate paragraphs by a blank line, a line break or both,
// so a blank line only tells whether a line may continue the one above (blankBefore).
export interface PageLine {
  text: string
  /** 1-based line number in the file, to name the line in the import report. */
  number: number
  blankBefore: boolean
}

// Lines a page scrape leaves around an article: quote markers, "TERBARU" and similar rails.
const NOISE = /^(?:[>\s]+|TERBARU|TERPOPULER|BERITA TERKAIT|REKOMENDASI|POPULER|BACA SELANJUTNYA)$/i

// Only ASCII blanks: a non-breaking space at the end of a line is part of the text.
const trimEndAscii = (line: string): string => line.replace(/[ \t]+$/, '')
export const isNoise = (line: string): boolean => NOISE.test(line.trim())

export function pageLines(text: string): PageLine[] {
  const raw = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map(trimEndAscii)
  const lines: PageLine[] = []
  let blankBefore = true
  raw.forEach((line, i) => {
    if (line.trim() === '') blankBefore = true
    else {
      lines.push({ text: line, number: i + 1, blankBefore })
      blankBefore = false
    }
  })
  let start = 0
  let end = lines.length
  while (start < end && isNoise(lines[start]!.text)) start++
  while (end > start && isNoise(lines[end - 1]!.text)) end--
  return lines.slice(start, end)
}

/** A line that carries on the one above it rather than starting a paragraph: "…\nbaris dua". */
export function continuesAbove(line: PageLine): boolean {
  return !line.blankBefore && /^[\p{Ll},.;:)\]]/u.test(line.text.trim())
}
