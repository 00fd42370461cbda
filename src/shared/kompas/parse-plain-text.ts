// Reads a Kompas article as text (plain-text.ts writes it; readers copy it off the page) into a
// draft. Pages differ in layout (section-line.ts), in how they separate paragraphs (page-lines.ts),
// in how they print credits (byline.ts), captions (caption.ts) and related links
// (related-links.ts). Nothing is dropped but the page furniture around the article: a line that
// cannot be placed stays in the body, and the warnings name it. Baca Juga blocks come back
// unresolved (articleId null); linking them to stored articles needs the store, so main does it.
import { ArticleDraftSchema, type ArticleDraft } from '../article'
import type { ImportNote } from '../exchange'
import { issuesFromZod } from '../request-issues'
import type { FailureIssue, FailureParams } from '../result'
import { checkBody, type BodyReason } from '../editor/parse-body'
import { bodyNodes } from './body-lines'
import { mergeCredits, type Credits } from './byline'
import { readCaption, type Caption } from './caption'
import { splitDateline } from './dateline'
import { readPageHeader } from './page-header'
import { readPage, type PageLine } from './page-lines'
import { readBacaJuga } from './related-links'
import { readTrailingCredits } from './trailing-credits'

export interface PlainTextOptions {
  /** Desks the section line may name; anything else becomes `defaultSection`, with a warning. */
  sections: readonly string[]
  defaultSection: string
  /** The outlet a dateline-less article gets. */
  defaultOutlet: string
}

export type ParsedPlainText =
  | { ok: true; draft: ArticleDraft; warnings: ImportNote[] }
  | {
      ok: false
      /** Why the text is no article, as a failure reason the importer raises with the file's name. */
      reason: 'import.empty' | 'import.not-kompas' | 'import.no-headline' | 'import.no-body' | 'import.invalid-article' | BodyReason
      params?: FailureParams
      issues?: Omit<FailureIssue, 'message'>[]
    }

/** How far below the header the lead with its dateline may start (a caption, a stray line). */
const LEAD_WITHIN = 3

interface Lead {
  dateline: { city: string; outlet: string } | null
  /** Body lines, the dateline taken off the lead. */
  lines: PageLine[]
  /** Lines above the lead that are neither caption nor body. */
  unplaced: PageLine[]
  caption: string | null
}

/** The lead is the first line that opens with a dateline, near the top of the body. */
function findLead(lines: PageLine[], captionWanted: boolean, bareCaption: string | null): Lead {
  const at = lines.slice(0, LEAD_WITHIN).findIndex((l) => splitDateline(l.text.trim()) !== null)
  if (at < 0) return { dateline: null, lines: bareCaption !== null ? lines.slice(1) : lines, unplaced: [], caption: bareCaption }
  const split = splitDateline(lines[at]!.text.trim())!
  const lead = split.rest ? [{ ...lines[at]!, text: split.rest }] : []
  // The dateline alone on its line: the lead is the next line, a paragraph of its own.
  const after = lines.slice(at + 1).map((l, i) => (i === 0 && !split.rest ? { ...l, blankBefore: true } : l))
  const above = lines.slice(0, at)
  const caption = captionWanted && above.length === 1 ? above[0]!.text.trim() : null
  return { dateline: split.dateline, lines: [...(caption === null ? above : []), ...lead, ...after], unplaced: caption === null ? above : [], caption }
}

export function parsePlainText(text: string, options: PlainTextOptions): ParsedPlainText {
  const { lines, leftOut, rail } = readPage(text)
  if (lines.length === 0) return { ok: false, reason: 'import.empty' }
  const warnings: ImportNote[] = []

  const header = readPageHeader(lines)
  const tail = readTrailingCredits(lines, header.bodyStart)
  const credits: Credits = header.credits
  mergeCredits(credits, tail.credits)
  const lead = findLead(lines.slice(header.bodyStart, tail.start), header.caption === null && header.meta !== null, header.bareCaption)
  const bodyLines = [...header.above, ...lead.lines, ...tail.after]
  const body = bodyNodes(bodyLines)

  const hasCredits = credits.penulis.length + credits.editor.length + credits.sumber.length > 0
  if (!header.meta && !hasCredits && !lead.dateline) return { ok: false, reason: 'import.not-kompas' }
  if (!header.headline) return { ok: false, reason: 'import.no-headline' }
  if (!body.some((n) => n.type === 'paragraph')) return { ok: false, reason: 'import.no-body' }

  const meta = header.meta
  let section = options.defaultSection
  const desk = header.breadcrumb?.find((w) => options.sections.includes(w))
  if (meta?.section && options.sections.includes(meta.section)) section = meta.section
  else if (desk) section = desk
  else if (header.breadcrumb) warnings.push({ note: 'unknown-section', params: { section: header.breadcrumb.join(' '), used: section } })
  else if (meta?.layout === 'kompas-tv-amp') warnings.push({ note: 'unknown-section', params: { section: meta.section ?? '', used: section } })
  if (meta?.dateText && !meta.published) warnings.push({ note: 'unreadable-date', params: { date: meta.dateText } })

  const unplaced = [...header.above, ...lead.unplaced, ...tail.after.filter((l) => readBacaJuga(l.text) === null)]
  if (leftOut.length) warnings.push({ note: 'page-tail-left-out', params: { count: leftOut.length, rail: rail ?? '', lines: leftOut.map((l) => l.number).join(', ') } })
  if (unplaced.length) warnings.push({ note: 'unplaced-lines', params: { count: unplaced.length, lines: unplaced.map((l) => l.number).join(', ') } })

  const caption: Caption | null = header.caption ?? (lead.caption === null ? null : readCaption(lead.caption))
  const draft: ArticleDraft = {
    headline: header.headline,
    section,
    published: meta?.published ?? null,
    dateline: lead.dateline ?? { city: '', outlet: options.defaultOutlet },
    ...credits,
    featuredImage: caption ? { asset: null, ...caption } : null,
    body: { type: 'doc', content: body },
    tags: []
  }
  const checked = ArticleDraftSchema.safeParse(draft)
  if (checked.success) return { ok: true, draft: checked.data, warnings }
  // The draft schema checks the body too; only a refusal is asked again, for the body's own words
  // (too many Baca Juga, too large) rather than "not valid".
  const bodyCheck = checkBody(draft.body)
  if (!bodyCheck.ok) return { ok: false, reason: bodyCheck.reason, params: bodyCheck.params, issues: bodyCheck.issues }
  return { ok: false, reason: 'import.invalid-article', issues: issuesFromZod(checked.error.issues.map((i) => ({ ...i, path: ['draft', ...i.path] }))) }
}
