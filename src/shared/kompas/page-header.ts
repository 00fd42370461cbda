// What stands above a Kompas body: the headline, the section/date line, and (in any order) the
// credits and the photo caption. Pages put them differently (section-line.ts names the three
// layouts); this finds where the body starts and what above it could not be placed.
import { mergeCredits, noCredits, readCreditLine, readCreditStack, type Credits } from './byline'
import { readCreditedCaption, type Caption } from './caption'
import { continuesAbove, type PageLine } from './page-lines'
import { readBreadcrumb, readSectionLine, type SectionLine } from './section-line'

/** How far down the page the section line may sit (page furniture above the headline). */
const MAX_SECTION_LINE = 20

export interface PageHeader {
  headline: string
  meta: SectionLine | null
  /** The words of a kompas.tv breadcrumb above the headline, where the desk is named. */
  breadcrumb: string[] | null
  credits: Credits
  caption: Caption | null
  /** A line under an AMP section line that names no credit: the caption, if the lead follows. */
  bareCaption: string | null
  /** Index of the first line below the header. */
  bodyStart: number
  /** Lines above the headline, kept for the body (and the report). */
  above: PageLine[]
}

export function readPageHeader(lines: readonly PageLine[]): PageHeader {
  const texts = lines.map((l) => l.text.trim())
  let sectionIndex = -1
  let meta: SectionLine | null = null
  for (let i = 0; i < Math.min(lines.length, MAX_SECTION_LINE); i++) {
    meta = readSectionLine(texts[i]!)
    // On the first line only a full date line counts ("Kompas dunia" there may be a headline).
    if (meta && i === 0 && !meta.published) meta = null
    if (meta) {
      sectionIndex = i
      break
    }
  }

  // The headline is the line above the section line, with lines it carries on from; without a
  // section line, the first line and what continues it.
  let headlineEnd = sectionIndex > 0 ? sectionIndex - 1 : 0
  if (sectionIndex <= 0) while (headlineEnd + 1 < lines.length && continuesAbove(lines[headlineEnd + 1]!)) headlineEnd++
  let headlineStart = headlineEnd
  while (headlineStart > 0 && continuesAbove(lines[headlineStart]!)) headlineStart--
  // A page copied from its date line on has no headline: nothing above may be taken for one.
  const headline = sectionIndex === 0 ? '' : texts.slice(headlineStart, headlineEnd + 1).join(' ')
  const breadcrumb = headlineStart > 0 ? readBreadcrumb(texts[headlineStart - 1]!) : null
  if (breadcrumb) headlineStart--

  const credits = noCredits()
  let caption: Caption | null = null
  let bareCaption: string | null = null
  let at = sectionIndex > 0 ? sectionIndex + 1 : headlineEnd + 1
  for (;;) {
    const line = texts[at]
    if (line === undefined) break
    const credit = readCreditLine(line)
    // "Penulis A", "|", "EditorB": older Kompas.com pages put the separator on a line of its own.
    if (line === '|' && readCreditLine(texts[at + 1] ?? '')) {
      at++
      continue
    }
    if (credit) {
      mergeCredits(credits, credit)
      at++
      continue
    }
    const stack = readCreditStack(texts, at)
    if (stack.taken) {
      mergeCredits(credits, stack.credits)
      at += stack.taken
      continue
    }
    const credited: Caption | null = caption ? null : readCreditedCaption(line)
    if (credited) {
      caption = credited
      at++
      continue
    }
    break
  }
  // The fixture's layout: the caption in the section line's own block, a blank line below it.
  const next = lines[at]
  if (sectionIndex > 0 && at === sectionIndex + 1 && !caption && next && !next.blankBefore && lines[at + 1]?.blankBefore) bareCaption = texts[at]!

  return { headline, meta, breadcrumb, credits, caption, bareCaption, bodyStart: at, above: lines.slice(0, headlineStart) }
}
