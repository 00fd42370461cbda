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

import { isFurniture, isRail } from './page-furniture'

// Only ASCII blanks: a non-breaking space at the end of a line is part of the text.
const trimEndAscii = (line: string): string => line.replace(/[ \t]+$/, '')
// A date line the copy glued to the next element: "… 12:12 WIBBaca Juga: …".
const GLUED_AFTER_ZONE = /^(.*\d[:.]\d{2} (?:WIB|WITA|WIT))(\p{Lu}\p{Ll}.*)$/u

/** A line this long is a paragraph, not a headline or a label. */
const PROSE = 120

export interface Page {
  lines: PageLine[]
  /** Lines after a rail of other stories that are not known furniture either: left out, and said. */
  leftOut: PageLine[]
  /** The rail heading that ended the article, as printed. */
  rail: string | null
}

export function readPage(text: string): Page {
  const raw = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map(trimEndAscii)
  const lines: PageLine[] = []
  let blankBefore = true
  const leftOut: PageLine[] = []
  let rail: string | null = null
  raw.forEach((line, i) => {
    if (line.trim() === '') blankBefore = true
    else if (rail !== null || isRail(line) || isFurniture(line)) {
      if (rail !== null && !isRail(line) && !isFurniture(line)) leftOut.push({ text: line, number: i + 1, blankBefore })
      // A rail heading opens other stories; one above the body (a sidebar copied first) does
      // not end the article: only a rail after a line of prose does.
      if (rail === null && isRail(line) && lines.some((l) => l.text.length >= PROSE)) rail = line.trim()
    } else {
      const glued = GLUED_AFTER_ZONE.exec(line)
      if (glued) lines.push({ text: glued[1]!, number: i + 1, blankBefore }, { text: glued[2]!, number: i + 1, blankBefore: false })
      else lines.push({ text: line, number: i + 1, blankBefore })
      blankBefore = false
    }
  })
  return { lines, leftOut, rail }
}

/** The page's article lines (readPage without what it left out). */
export const pageLines = (text: string): PageLine[] => readPage(text).lines

/** A line that carries on the one above it rather than starting a paragraph: "…\nbaris dua". */
export function continuesAbove(line: PageLine): boolean {
  return !line.blankBefore && /^[\p{Ll},.;:)\]]/u.test(line.text.trim())
}
