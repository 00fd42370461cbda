// Who wrote, edited and sourced a piece, as the pages print it:
//   "Penulis : Haryo Jati Editor : Deni-Muliya" or with "|" between, colons optional;
//   labels glued to the name when copied off the page ("EditorAprillia Ika");
//   Kompas.com's stack of name lines each followed by a role line ("Penulis", "Editor",
//   "Tim Redaksi"), several names on a line with a trailing comma.
import { splitNames } from './names'

export interface Credits {
  penulis: string[]
  editor: string[]
  sumber: string[]
}

export const noCredits = (): Credits => ({ penulis: [], editor: [], sumber: [] })

// A label opens a credit: not inside a word before it; a colon, a space or a capital after it.
const LABEL = /(?<!\p{L})(Penulis|Editor|Sumber)(?:\s*:\s*|\s+|(?=\p{Lu}))/gu
const OPENS_WITH_LABEL = /^(?:Penulis|Editor|Sumber)(\s*:\s*|\s+|(?=\p{Lu}))(\S)/u
/** Without a colon a credit line must read as names: a long sentence is a paragraph. */
const SENTENCE = /[.!?"”]$/
const MAX_UNLABELLED_WORDS = 8
const ROLE_LINE = /^(Penulis|Editor|Tim Redaksi|Sumber)\s*:?$/i
const ROLE_OF: Record<string, keyof Credits> = { penulis: 'penulis', editor: 'editor', 'tim redaksi': 'penulis', sumber: 'sumber' }

function add(into: Credits, key: keyof Credits, names: string[]): void {
  for (const name of names) if (!into[key].includes(name)) into[key].push(name)
}

export function mergeCredits(into: Credits, from: Credits): void {
  for (const key of ['penulis', 'editor', 'sumber'] as const) add(into, key, from[key])
}

/**
 * A line of labelled credits ("Penulis : A | Editor : B"), or null when the line does not open
 * with a label. Labels are capitalised as printed; "Sumber di kepolisian …" is a sentence: after
 * the label a capital is required unless a colon says it is a label.
 */
export function readCreditLine(line: string): Credits | null {
  const text = line.trim()
  const opens = OPENS_WITH_LABEL.exec(text)
  if (!opens) return null
  if (!opens[1]!.includes(':') && !/\p{Lu}|\d/u.test(opens[2]!)) return null
  // "Editor Senior Kompas, Budi, mengatakan hal itu." closing a body is a paragraph, not a credit.
  if (!text.includes(':') && SENTENCE.test(text) && text.split(/\s+/).length > MAX_UNLABELLED_WORDS) return null
  const credits = noCredits()
  const labels = [...text.matchAll(LABEL)]
  labels.forEach((m, i) => {
    const value = text.slice(m.index + m[0].length, labels[i + 1]?.index ?? text.length)
    const key = ROLE_OF[m[1]!.toLowerCase()]!
    // "Sumber : Kompas TV/PSSI": sources, unlike names, are also joined with a slash.
    const names = splitNames(value.replace(/\s+/g, ' '))
    add(credits, key, key === 'sumber' ? names.flatMap((n) => n.split(/\s*\/\s*/)).filter(Boolean) : names)
  })
  return credits.penulis.length + credits.editor.length + credits.sumber.length ? credits : null
}

/** "Penulis", "Editor", "Tim Redaksi" alone on a line: the role of the name lines above it. */
export function roleOfLine(line: string): keyof Credits | null {
  const m = ROLE_LINE.exec(line.trim())
  return m ? ROLE_OF[m[1]!.toLowerCase()]! : null
}

/** A line that can be a name in a credit stack: short, no sentence end, no label. */
export function isNameLine(line: string): boolean {
  const text = line.trim()
  return text.length > 0 && text.length <= 120 && text.split(/\s+/).length <= 12 && !/[.!?:"“”]$/.test(text) && roleOfLine(text) === null
}

const MAX_NAME_LINES = 6

/**
 * A Kompas.com credit stack starting at `start`: name lines, then their role line, repeated.
 * Returns how many lines it takes (0 when none starts there) and what they say.
 */
export function readCreditStack(lines: readonly string[], start: number): { taken: number; credits: Credits } {
  const credits = noCredits()
  let at = start
  for (;;) {
    let names = 0
    while (names < MAX_NAME_LINES && isNameLine(lines[at + names] ?? '')) {
      names++
      if (roleOfLine(lines[at + names] ?? '') !== null) break
    }
    const role = roleOfLine(lines[at + names] ?? '')
    if (names === 0 || role === null) break
    add(credits, role, lines.slice(at, at + names).flatMap((l) => splitNames(l)))
    at += names + 1
  }
  return { taken: at - start, credits }
}

/** Credit stacks that close the page, read from the end: where they start, and what they say. */
export function readTrailingStack(lines: readonly string[], end: number): { start: number; credits: Credits } {
  let start = end
  const credits = noCredits()
  for (;;) {
    const role = roleOfLine(lines[start - 1] ?? '')
    if (role === null) break
    let names = 0
    while (names < MAX_NAME_LINES && start - 2 - names >= 0 && isNameLine(lines[start - 2 - names]!)) names++
    if (names === 0) break
    // One name line per role from the end: more would swallow a short closing paragraph.
    add(credits, role, splitNames(lines[start - 2]!))
    start -= 2
  }
  return { start, credits }
}
