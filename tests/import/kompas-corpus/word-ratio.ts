// How many of a page's words the text export keeps. Words are whitespace-separated tokens with a
// letter or digit (a slash separates words too: "Kompas TV/PSSI"), compared in lower case without
// the punctuation around them. The page's noise lines (its expected.json lists them) are left out;
// so are, in `labelled`, the page's labels that the export prints in one layout whatever the
// page's was, and that the fields check instead: the date line (`published`), a kompas.tv
// breadcrumb ("Kompas TV nasional wawancara": `section`) and role lines ("Penulis", "Tim
// Redaksi" alone: `penulis`, `editor`). Kept words are
// the longest common subsequence of the two (the body's order), plus words the export moved
// (the Kompas layout prints the credits after the body, where a page may print them above).

/** The page's date line: the first of its opening lines that prints a time with its zone. */
const DATE_LINE = /\d{1,2}[:.]\d{2}\s?(?:WIB|WITA|WIT)/
const BREADCRUMB = /^Kompas\s?TV\s/i
const ROLE_LINE = /^(?:Penulis|Editor|Tim Redaksi)$/

export function words(text: string): string[] {
  return text
    .split(/[\s/]+/)
    .map((w) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '')
}

/** The page's words without its noise lines; `labelled` leaves out its labels as well. */
export function sourceWords(source: string, noise: readonly string[], labelled: boolean): string[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const dateLine = lines.slice(0, 12).findIndex((l) => DATE_LINE.test(l))
  const isLabel = (l: string, i: number): boolean => i === dateLine || (i < 4 && BREADCRUMB.test(l)) || ROLE_LINE.test(l.trim())
  const kept = lines.filter((l, i) => !noise.includes(l.trim()) && !(labelled && isLabel(l, i)))
  return words(kept.join('\n'))
}

/** Length of the longest common subsequence, and which source words it used. */
function lcs(a: readonly string[], b: readonly string[]): boolean[] {
  const n = a.length
  const m = b.length
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1))
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!)
  const used = new Array<boolean>(n).fill(false)
  const usedB = new Array<boolean>(m).fill(false)
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      used[i] = true
      usedB[j] = true
      i++
      j++
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++
    else j++
  }
  return [...used, ...usedB]
}

export interface WordRatio {
  source: number
  kept: number
  ratio: number
  lost: string[]
}

export function wordRatio(source: readonly string[], exported: readonly string[]): WordRatio {
  const both = lcs(source, exported)
  const inOrder = both.slice(0, source.length)
  const left = new Map<string, number>()
  exported.forEach((w, j) => {
    if (!both[source.length + j]) left.set(w, (left.get(w) ?? 0) + 1)
  })
  const lost: string[] = []
  let kept = 0
  source.forEach((w, i) => {
    if (inOrder[i]) kept++
    else if ((left.get(w) ?? 0) > 0) {
      left.set(w, left.get(w)! - 1)
      kept++
    } else lost.push(w)
  })
  return { source: source.length, kept, ratio: source.length ? kept / source.length : 1, lost }
}
