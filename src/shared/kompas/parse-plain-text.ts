// Reads the Kompas plain-text layout (plain-text.ts writes it) into a draft. Tolerant of what real
// pages vary in: "Penulis:" without spaces, "Baca juga", several editors or sources, WITA and WIT,
// no caption, KOMPAS.com as outlet, page noise around the article. Baca Juga blocks come back
// unresolved (articleId null); linking them to stored articles needs the store, so main does it.
import { ArticleDraftSchema, BACA_JUGA, type ArticleDraft, type BodyNode, type Published } from '../article'
import type { ImportNote } from '../exchange'
import { issuesFromZod } from '../request-issues'
import type { FailureIssue, FailureParams } from '../result'
import { PULL_QUOTE, type PullQuoteAttrs } from '../editor/nodes/pull-quote'
import { splitDateline } from './dateline'
import { splitNames } from './names'
import { HARI, parseTanggal } from './tanggal'
import { checkBody, type BodyReason } from '../editor/parse-body'

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

// Lines a page scrape leaves around an article: quote markers, "TERBARU" and similar rails.
const NOISE = /^(?:[>\s]+|TERBARU|TERPOPULER|BERITA TERKAIT|REKOMENDASI|POPULER|BACA SELANJUTNYA)$/i
const SECTION_LINE = /^(\S.*?)\s*\|\s*(.+)$/
const BRAND = /^(?:kompas(?:\.com|\.id|\.tv|tv)?|kompastv)$/i
const BACA_JUGA_LINE = /^Baca\s+juga\s*:\s*(.*)$/i
// "Kutipan: “…” — Nama, Jabatan" (serializers/plain-text.ts writes it); the dash may be – or -.
const PULL_QUOTE_LINE = /^Kutipan\s*:\s*[“"](.*)[”"](?:\s*[—–-]\s*(.*))?$/i
const CREDIT_LABEL = /(Penulis|Editor|Sumber)\s*:\s*/gi
const CREDIT_LINE = /^(?:Penulis|Editor|Sumber)\s*:/i
const CAPTION_CREDIT = /\((?:Sumber|Foto)\s*:\s*/gi

// Only ASCII blanks: a non-breaking space at the end of a line is part of the text.
const trimEndAscii = (line: string): string => line.replace(/[ \t]+$/, '')
const isBlank = (line: string): boolean => line.trim() === ''

function withoutNoise(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map(trimEndAscii)
  const isEdge = (line: string): boolean => isBlank(line) || NOISE.test(line.trim())
  let start = 0
  let end = lines.length
  while (start < end && isEdge(lines[start]!)) start++
  while (end > start && isEdge(lines[end - 1]!)) end--
  return lines.slice(start, end)
}

function blocksOf(lines: string[]): string[][] {
  const blocks: string[][] = []
  let current: string[] = []
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length) blocks.push(current)
      current = []
    } else current.push(line)
  }
  if (current.length) blocks.push(current)
  return blocks
}

interface SectionLine {
  section: string | null
  published: Published | null
  dateText: string | null
}

/** "Kompas dunia | 17 Juni 2024, 20:49 WIB", also with a weekday or without the time part. */
function readSectionLine(line: string): SectionLine | null {
  const m = SECTION_LINE.exec(line.trim())
  const left = (m ? m[1]! : line.trim()).split(/\s+/)
  if (!BRAND.test(left[0] ?? '') && !m) return null
  const words = BRAND.test(left[0] ?? '') ? left.slice(1) : left
  const section = words.join(' ').toLowerCase() || null
  if (!m) return { section, published: null, dateText: null }
  const dateText = m[2]!.trim().replace(new RegExp(`^(?:${HARI.join('|')}),?\\s+`, 'i'), '')
  const published = parseTanggal(dateText)
  // A pipe with something other than a date after it is not the section line.
  if (!published && !BRAND.test(left[0] ?? '')) return null
  return { section, published, dateText }
}

function readCaption(text: string): { caption: string; credit: string } {
  let at = -1
  let labelEnd = -1
  for (const m of text.matchAll(CAPTION_CREDIT)) {
    at = m.index
    labelEnd = m.index + m[0].length
  }
  if (at < 0 || !text.endsWith(')')) return { caption: text.trim(), credit: '' }
  return { caption: text.slice(0, at).trim(), credit: text.slice(labelEnd, -1).trim() }
}

function readCredits(lines: string[]): { penulis: string[]; editor: string[]; sumber: string[] } {
  const out = { penulis: [] as string[], editor: [] as string[], sumber: [] as string[] }
  const text = lines.join('\n')
  const labels = [...text.matchAll(CREDIT_LABEL)]
  labels.forEach((m, i) => {
    const value = text.slice(m.index + m[0].length, labels[i + 1]?.index ?? text.length)
    const key = m[1]!.toLowerCase() as keyof typeof out
    out[key].push(...splitNames(value.replace(/\s+/g, ' ')))
  })
  return out
}

function paragraph(lines: string[]): BodyNode {
  const content: BodyNode[] = []
  lines.forEach((line, i) => {
    if (i > 0) content.push({ type: 'hardBreak' })
    if (line) content.push({ type: 'text', text: line })
  })
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' }
}

/** "Nama, Jabatan": the name up to the first comma, the role after it. */
function pullQuoteAttrs(quote: string, who: string): PullQuoteAttrs {
  const comma = who.indexOf(',')
  const name = comma < 0 ? who : who.slice(0, comma)
  const role = comma < 0 ? '' : who.slice(comma + 1)
  return { quote: quote.trim(), name: name.trim(), role: role.trim() }
}

function bodyOf(blocks: string[][]): BodyNode[] {
  const nodes: BodyNode[] = []
  for (const block of blocks) {
    let lines: string[] = []
    const flush = (): void => {
      if (lines.length) nodes.push(paragraph(lines))
      lines = []
    }
    for (const line of block) {
      const baca = BACA_JUGA_LINE.exec(line.trim())
      const quote = PULL_QUOTE_LINE.exec(line.trim())
      if (baca) {
        flush()
        nodes.push({ type: BACA_JUGA, attrs: { articleId: null, title: baca[1]!.trim() } })
      } else if (quote) {
        flush()
        nodes.push({ type: PULL_QUOTE, attrs: pullQuoteAttrs(quote[1]!, quote[2] ?? '') })
      } else lines.push(line)
    }
    flush()
  }
  return nodes
}

export function parsePlainText(text: string, options: PlainTextOptions): ParsedPlainText {
  const lines = withoutNoise(text)
  if (lines.length === 0) return { ok: false, reason: 'import.empty' }
  const warnings: ImportNote[] = []

  // The section line sits right below the headline; look for it among the first lines only.
  const sectionIndex = lines.slice(0, 12).findIndex((line, i) => i > 0 && readSectionLine(line) !== null)
  const headlineEnd = sectionIndex > 0 ? sectionIndex : lines.findIndex(isBlank)
  const headline = lines
    .slice(0, headlineEnd < 0 ? 1 : headlineEnd)
    .filter((l) => !isBlank(l))
    .map((l) => l.trim())
    .join(' ')
  let rest = blocksOf(lines.slice(headlineEnd < 0 ? 1 : headlineEnd))

  let meta: SectionLine = { section: null, published: null, dateText: null }
  let captionText: string | null = null
  if (sectionIndex > 0) {
    const [first = [], ...after] = rest
    meta = readSectionLine(first[0]!)!
    if (first.length > 1) captionText = first.slice(1).join(' ')
    else if (after[0]?.length === 1 && /\((?:Sumber|Foto)\s*:.*\)$/i.test(after[0][0]!)) {
      captionText = after[0][0]!
      after.shift()
    }
    rest = after
  }

  // Credits close the article: the trailing blocks made only of Penulis/Editor/Sumber lines.
  let creditStart = rest.length
  while (creditStart > 0 && CREDIT_LINE.test(rest[creditStart - 1]![0]!.trim())) creditStart--
  const credits = readCredits(rest.slice(creditStart).flat())
  const body = bodyOf(rest.slice(0, creditStart))

  if (sectionIndex <= 0 && creditStart === rest.length) {
    return { ok: false, reason: 'import.not-kompas' }
  }
  if (!headline) return { ok: false, reason: 'import.no-headline' }
  if (!body.some((n) => n.type === 'paragraph')) return { ok: false, reason: 'import.no-body' }

  let section = options.defaultSection
  if (meta.section && options.sections.includes(meta.section)) section = meta.section
  else if (sectionIndex > 0) warnings.push({ note: 'unknown-section', params: { section: meta.section ?? '', used: section } })
  if (meta.dateText && !meta.published) warnings.push({ note: 'unreadable-date', params: { date: meta.dateText } })

  let dateline = { city: '', outlet: options.defaultOutlet }
  const lead = body.findIndex((n) => n.type === 'paragraph')
  const leadText = body[lead]?.content?.[0]
  if (lead === 0 && leadText?.type === 'text') {
    const split = splitDateline(leadText.text ?? '')
    if (split) {
      dateline = split.dateline
      if (split.rest) leadText.text = split.rest
      else body[0]!.content!.shift()
    }
  }

  const caption = captionText === null ? null : readCaption(captionText)
  const draft: ArticleDraft = {
    headline,
    section,
    published: meta.published,
    dateline,
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
