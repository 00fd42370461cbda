// The house-style checker: every rule over a draft, findings in reading order.
import type { ArticleDraft } from '../article'
import type { CheckContext, Finding, Location, Rule } from './findings'
import { bacaJugaPlacement } from './rules/baca-juga-placement'
import { bacaJugaTarget } from './rules/baca-juga-target'
import { captionCredit } from './rules/caption-credit'
import { creditsPresent } from './rules/credits-present'
import { datelinePresent } from './rules/dateline-present'
import { dayMatchesDate } from './rules/day-matches-date'
import { dikutipDariSumber } from './rules/dikutip-dari-sumber'
import { emptyParagraph } from './rules/empty-paragraph'
import { headlineLength } from './rules/headline-length'
import { imageAlt } from './rules/image-alt'
import { pullQuote } from './rules/pull-quote'
import { spelling } from './rules/spelling'
import { timeZone } from './rules/time-zone'

export const RULES: readonly Rule[] = [
  headlineLength,
  datelinePresent,
  creditsPresent,
  captionCredit,
  imageAlt,
  dayMatchesDate,
  timeZone,
  dikutipDariSumber,
  bacaJugaPlacement,
  bacaJugaTarget,
  emptyParagraph,
  pullQuote,
  spelling
]

// The order the page reads in: headline, section line, photo, dateline and body, then the credits.
// A record, so adding a field to Location fails to compile until it has its place here.
const PAGE_ORDER: Record<Location['field'], number> = {
  headline: 0,
  section: 1,
  published: 2,
  featuredImage: 3,
  'featuredImage.alt': 3.5,
  'featuredImage.caption': 4,
  'featuredImage.credit': 5,
  dateline: 6,
  body: 7,
  penulis: 8,
  editor: 9,
  sumber: 10,
  tags: 11
}

// One comparison per key, without building arrays: a worst-case body sorts 250,000 findings.
export function compareFindings(a: Finding, b: Finding): number {
  const wa = a.where
  const wb = b.where
  const d =
    PAGE_ORDER[wa.field] - PAGE_ORDER[wb.field] ||
    (wa.field === 'body' ? wa.block : 0) - (wb.field === 'body' ? wb.block : 0) ||
    (wa.from ?? -1) - (wb.from ?? -1) ||
    (wa.to ?? -1) - (wb.to ?? -1)
  if (d !== 0) return d
  if (a.severity !== b.severity) return a.severity === 'blocking' ? -1 : 1
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0
}

/** Runs every rule (or the given ones) and sorts what they find by where it is in the article. */
export function checkArticle(article: ArticleDraft, context: CheckContext, rules: readonly Rule[] = RULES): Finding[] {
  return rules.flatMap((rule) => rule.check(article, context)).sort(compareFindings)
}

/** Whether "submit" must stop. */
export function hasBlocking(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'blocking')
}

const NODE_NAMES: Record<string, string> = { paragraph: 'paragraph', bacaJuga: 'Baca Juga', heading: 'heading', blockquote: 'quote', bulletList: 'list', orderedList: 'numbered list', pullQuote: 'pull quote' }

/** "featuredImage.caption", "paragraph 1" (the lead), "Baca Juga 2": where a finding is, for people. */
export function findingWhere(finding: Pick<Finding, 'where'>): string {
  const where = finding.where
  if (where.field !== 'body') return where.field
  return `${NODE_NAMES[where.node] ?? where.node} ${where.ordinal}`
}
