// The article model shared by main, preload and renderer. Pure TypeScript and zod only: no Node,
// no DOM, so the renderer can validate a draft with the very same rules the store applies.
import { z } from 'zod'
import type { Body } from './editor/body-json'
import { bodyIssuePath } from './editor/body-issue-path'
import { BACA_JUGA, BacaJugaAttrsSchema, type BacaJugaAttrs } from './editor/nodes/baca-juga'
import { checkBody } from './editor/parse-body'

export { EMPTY_BODY, type Body, type BodyMark, type BodyNode } from './editor/body-json'

/**
 * Version of everything the store writes (index, article files, revisions, trash, tombstones).
 * v1: flat `byline` string, `publishedAt` string without zone (see docs/decisions/0002).
 * v2: `penulis[]`, `published { at, zone }`, revision ids.
 */
export const SCHEMA_VERSION = 2

/** The desks of a Kompas-style newsroom. A store may be opened with its own list. */
export const DEFAULT_SECTIONS = [
  'dunia',
  'nasional',
  'regional',
  'ekonomi',
  'olahraga',
  'megapolitan',
  'hukum',
  'politik',
  'teknologi',
  'lifestyle',
  'kesehatan',
  'pendidikan',
  'humaniora',
  'internasional',
  'opini'
] as const

export const STATUSES = [
  'draft',
  'submitted',
  'in-review',
  'returned',
  'approved',
  'published',
  'spiked'
] as const
export const StatusSchema = z.enum(STATUSES)
export type Status = z.infer<typeof StatusSchema>

/** Indonesia's three time zones and the UTC offset each one always has (no daylight saving). */
export const ZONE_OFFSETS = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' } as const
export const ZoneSchema = z.enum(['WIB', 'WITA', 'WIT'])
export type Zone = z.infer<typeof ZoneSchema>

// Full date-time with an explicit numeric offset: the offset is what ties the instant to its zone.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([+-]\d{2}:\d{2})$/
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/

// Date.parse rolls 31 February over into March; a newsroom date must exist on the calendar.
function isRealDate(s: string): boolean {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number)
  if (y === undefined || m === undefined || d === undefined) return false
  const day = new Date(Date.UTC(y, m - 1, d))
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d && !Number.isNaN(Date.parse(s))
}

export const TimestampSchema = z
  .string()
  .regex(ISO_INSTANT, 'must be an ISO-8601 date-time such as 2024-06-17T13:49:00.000Z')
  .refine(isRealDate, 'is not a real date')

export const PublishedSchema = z
  .object({
    at: z
      .string()
      .regex(ISO_WITH_OFFSET, 'must be an ISO-8601 date-time with its offset, e.g. 2024-06-17T20:49:00+07:00')
      .refine(isRealDate, 'is not a real date'),
    zone: ZoneSchema
  })
  .refine((p) => p.at.endsWith(ZONE_OFFSETS[p.zone]), {
    message: 'the offset of published.at must match its zone (WIB +07:00, WITA +08:00, WIT +09:00)',
    path: ['at']
  })
export type Published = z.infer<typeof PublishedSchema>

export const DatelineSchema = z.object({ city: z.string().max(120), outlet: z.string().max(120) })
export type Dateline = z.infer<typeof DatelineSchema>

/** A sha256 content hash plus extension, as the asset store names files: `<64 hex>.<ext>`. */
export const AssetRefSchema = z.string().regex(/^[0-9a-f]{64}(\.[a-z0-9]{1,10})?$/, 'is not an asset reference')

/** Longest alt text kept: a screen reader reads it whole, so a sentence or two (decision 0088). */
export const MAX_ALT_CHARS = 1000

export const FeaturedImageSchema = z.object({
  asset: AssetRefSchema.nullable(),
  caption: z.string().max(2000),
  credit: z.string().max(500),
  /**
   * What the photo shows, for someone who cannot see it (the img alt of every export); not the
   * caption, which says what the photo is about. Optional so files from before it read as they
   * are, with the same revision ids (decision 0088).
   */
  alt: z.string().max(MAX_ALT_CHARS).optional()
})
export type FeaturedImage = z.infer<typeof FeaturedImageSchema>

/**
 * The body, checked by the editor's own schema (shared/editor/parse-body.ts): shape, nodes and
 * marks, attributes, what may nest where, depth and size. Every door that takes a draft (IPC, the
 * store's save and restore, text and bundle import, the newsroom server) goes through this one
 * check, so nothing the editor cannot open is ever stored. Issues carry the path into the body.
 */
export const BodySchema = z.custom<Body>().transform((value, ctx) => {
  const checked = checkBody(value)
  if (checked.ok) return checked.body
  if (checked.issues.length === 0) ctx.addIssue({ code: 'custom', message: checked.reason, params: { bodyReason: checked.reason, ...checked.params } })
  for (const issue of checked.issues) {
    ctx.addIssue({
      code: 'custom',
      message: `${checked.reason}: ${issue.kind}`,
      path: bodyIssuePath(issue.at),
      params: { bodyReason: checked.reason, ...checked.params, kind: issue.kind, node: issue.at.node, ordinal: issue.at.ordinal, ...issue.params }
    })
  }
  return z.NEVER
})

export { BACA_JUGA, BacaJugaAttrsSchema, type BacaJugaAttrs }

export const HistoryEntrySchema = z.object({
  at: TimestampSchema,
  actor: z.string(),
  action: z.string(),
  from: StatusSchema.nullable(),
  to: StatusSchema,
  note: z.string().optional()
})
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>

const names = z.array(z.string().trim().min(1).max(200)).max(50)

/** What a renderer may send to create or save: everything the store does not own. */
export const ArticleDraftSchema = z.object({
  headline: z.string().max(500),
  section: z.string().min(1).max(60),
  published: PublishedSchema.nullable(),
  dateline: DatelineSchema,
  penulis: names,
  editor: names,
  sumber: names,
  featuredImage: FeaturedImageSchema.nullable(),
  body: BodySchema,
  tags: z.array(z.string().trim().min(1).max(100)).max(100)
})
export type ArticleDraft = z.infer<typeof ArticleDraftSchema>

/** The draft schema with `section` checked against a newsroom's own list of desks. */
export function draftSchemaFor(sections: readonly string[]) {
  return ArticleDraftSchema.extend({
    section: z.string().refine((s) => sections.includes(s), {
      message: `section must be one of: ${sections.join(', ')}`
    })
  })
}

/** Ids are 26-character, time-sortable, Crockford base32 (ULID layout): see decision 0002. */
export const ArticleIdSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'is not an article id')

/** CouchDB-style revision id: `<rev>-<hash of content>`. */
export const RevIdSchema = z.string().regex(/^\d+-[0-9a-f]{32}$/, 'is not a revision id')

export const ArticleSchema = ArticleDraftSchema.extend({
  id: ArticleIdSchema,
  status: StatusSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  rev: z.number().int().positive(),
  revId: RevIdSchema,
  history: z.array(HistoryEntrySchema)
})
export type Article = z.infer<typeof ArticleSchema>

/** What the index keeps for every article: enough to draw the list without opening files. */
export const ArticleSummarySchema = z.object({
  id: ArticleIdSchema,
  headline: z.string(),
  section: z.string(),
  status: StatusSchema,
  penulis: z.array(z.string()),
  updatedAt: TimestampSchema,
  rev: z.number().int().positive(),
  published: PublishedSchema.nullable()
})
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>

export function summarise(a: Article): ArticleSummary {
  return {
    id: a.id,
    headline: a.headline,
    section: a.section,
    status: a.status,
    penulis: a.penulis,
    updatedAt: a.updatedAt,
    rev: a.rev,
    published: a.published
  }
}
