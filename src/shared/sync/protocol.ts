// The newsroom sync protocol: what an app and the server say to each other over HTTP. Pure zod,
// shared by the app's outbox (src/main/sync) and the server (src/server/sync), so both sides read
// the same wire with the same rules. Ideas from CouchDB's `_changes?since=` (one sequence, latest
// state per document), Replicache's push/pull (client-made mutation ids, server-authoritative
// order) and Linear's sync ids; see docs/decisions/0020–0022.
//
//   POST /v1/push     { clientId, changes }        → { results }        (one result per change)
//   GET  /v1/pull?since=N&limit=M[&own=1&desks=a,b&days=N] → { entries, last, more }
//   GET  /v1/events   text/event-stream; `data: {"seq":N}` after every committed change
//   PUT  /v1/assets/:ref  raw bytes (content-addressed, idempotent) → { ref, size, created }
//   GET  /v1/assets/:ref  raw bytes
//   GET  /v1/articles/:id                          → { article, notes }
//   GET  /v1/search?q=…&limit=N                    → { hits }
//   GET  /v1/names                                 → { penulis, editor, sumber }
//
// Every request carries `Authorization: Bearer <device token>`; the token says who acts, never the
// body. A failed request answers the HTTP status of its failure's code with `{ ok: false, error }`.
import { z } from 'zod'
import {
  ArticleDraftSchema,
  ArticleIdSchema,
  ArticleSchema,
  ArticleSummarySchema,
  AssetRefSchema,
  TimestampSchema
} from '../article'
import { ERROR_CODES, isFailureReason } from '../failures'
import { WorkflowActionSchema, type Note } from '../workflow'
import type { Failure } from '../result'
import { MAX_IMAGE_BYTES } from '../ipc'
import { MAX_DRAFT_JSON_BYTES } from '../article-size'
import { MAX_SCOPE_DAYS, MAX_SCOPE_DESKS, type ArchiveScope } from './scope'

export const SYNC_PROTOCOL_VERSION = 1

/** Most changes one push may carry; an outbox with more pushes in several requests, in order. */
export const MAX_PUSH_CHANGES = 100
/**
 * Bytes one push may carry: one change with the largest draft the schema accepts, and its
 * envelope. The client fills a push up to this and never past it unless a single change alone
 * needs it, so no article the app can hold is refused at the server's door (decision 0044).
 */
export const MAX_PUSH_BYTES = MAX_DRAFT_JSON_BYTES + 64 * 1024
export const DEFAULT_PULL_LIMIT = 500
export const MAX_PULL_LIMIT = 1000

/** A change id is made by the client (ULID layout, as article ids) and is its idempotency key. */
export const ChangeIdSchema = ArticleIdSchema
/** One installation of the app (one outbox); chosen once and kept with the store. */
export const ClientIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'is not a client id')
/** A server revision number: 1 after create, +1 for every applied save or status move. */
export const ServerRevSchema = z.number().int().positive()

const NoteIdSchema = ArticleIdSchema
const noteBody = z.string().trim().min(1).max(5000)

// Each kind is strict: a field the protocol does not know (an `actor`, an `author`, a forged
// `account`) makes the change refused as `sync.bad-change`, never silently believed.
const common = { id: ChangeIdSchema, articleId: ArticleIdSchema, madeAt: TimestampSchema }

export const ArticleCreateChangeSchema = z
  .object({ ...common, kind: z.literal('article.create'), baseRev: z.null(), payload: z.object({ draft: ArticleDraftSchema }).strict() })
  .strict()
export const ArticleSaveChangeSchema = z
  .object({ ...common, kind: z.literal('article.save'), baseRev: ServerRevSchema, payload: z.object({ draft: ArticleDraftSchema }).strict() })
  .strict()
export const WorkflowChangeSchema = z
  .object({
    ...common,
    kind: z.literal('workflow.transition'),
    baseRev: ServerRevSchema,
    payload: z
      .object({ action: WorkflowActionSchema, note: z.string().max(5000).optional(), overrideWarnings: z.boolean().optional() })
      .strict()
  })
  .strict()
export const NoteAddChangeSchema = z
  .object({
    ...common,
    kind: z.literal('note.add'),
    baseRev: z.null(),
    payload: z.object({ noteId: NoteIdSchema, body: noteBody, parentId: NoteIdSchema.nullable() }).strict()
  })
  .strict()
export const NoteResolveChangeSchema = z
  .object({
    ...common,
    kind: z.literal('note.resolve'),
    baseRev: z.null(),
    payload: z.object({ noteId: NoteIdSchema, resolved: z.boolean() }).strict()
  })
  .strict()

/**
 * A change is a command made on a known server revision, never a whole-document merge.
 * `baseRev` is the last server revision of the article this client had stored when the change
 * was made (null where the revision does not matter: create, notes). Changes this same client
 * pushed earlier for the article do not make it stale (decision 0022), so an offline chain
 * save → save → submit all carry the same baseRev.
 */
export const ChangeSchema = z.discriminatedUnion('kind', [
  ArticleCreateChangeSchema,
  ArticleSaveChangeSchema,
  WorkflowChangeSchema,
  NoteAddChangeSchema,
  NoteResolveChangeSchema
])
export type Change = z.infer<typeof ChangeSchema>
export type ChangeKind = Change['kind']
export const CHANGE_KINDS = ['article.create', 'article.save', 'workflow.transition', 'note.add', 'note.resolve'] as const satisfies readonly ChangeKind[]

/**
 * The push request. Each change is checked on its own: a malformed change is refused with its
 * issues and the others still apply, so only a change without a readable id fails the request.
 */
export const PushRequestSchema = z
  .object({
    clientId: ClientIdSchema,
    changes: z.array(z.looseObject({ id: ChangeIdSchema })).min(1).max(MAX_PUSH_CHANGES)
  })
  .strict()
export type PushRequest = { clientId: string; changes: Change[] }

export const NoteSchema: z.ZodType<Note> = z.object({
  id: NoteIdSchema,
  articleId: ArticleIdSchema,
  parentId: NoteIdSchema.nullable(),
  author: z.string(),
  body: z.string(),
  at: TimestampSchema,
  resolved: z.boolean(),
  resolvedBy: z.string().optional(),
  resolvedAt: TimestampSchema.optional()
})

/** A failure as it travels; its reason is checked against the one list. */
export const FailureSchema: z.ZodType<Failure> = z.object({
  code: z.enum(ERROR_CODES),
  reason: z.string().refine(isFailureReason, 'is not a known failure reason'),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  issues: z.array(z.any()).optional(),
  findings: z.array(z.any()).optional(),
  message: z.string()
}) as unknown as z.ZodType<Failure>

/**
 * One thing the server holds, at the sequence number of its latest change. Pull answers only the
 * latest state of each (like CouchDB's changes feed): an article edited five times since `since`
 * comes once. The article carries its server rev, revId and history, so the client stores exactly
 * the server's version.
 */
export const SyncEntrySchema = z.discriminatedUnion('kind', [
  z.object({ seq: z.number().int().positive(), kind: z.literal('article'), article: ArticleSchema }),
  z.object({ seq: z.number().int().positive(), kind: z.literal('note'), note: NoteSchema })
])
export type SyncEntry = z.infer<typeof SyncEntrySchema>

/**
 * What happened to one change. `applied` carries the entry as it stood right after the change
 * (the same shape pull answers). `refused` means the server will never apply this change; the
 * client keeps the content and shows the reason. `conflict` means the article moved on under a
 * save: `server` is the current version, the client keeps both. A change id pushed again answers
 * its first result again, whatever it was, and is never applied twice; a fixed retry is a new
 * change with a new id.
 */
export const ChangeResultSchema = z.discriminatedUnion('status', [
  z.object({ id: ChangeIdSchema, status: z.literal('applied'), entry: SyncEntrySchema }),
  z.object({ id: ChangeIdSchema, status: z.literal('refused'), failure: FailureSchema }),
  z.object({ id: ChangeIdSchema, status: z.literal('conflict'), server: ArticleSchema, failure: FailureSchema })
])
export type ChangeResult = z.infer<typeof ChangeResultSchema>

export const PushResponseSchema = z.object({ results: z.array(ChangeResultSchema) })
export type PushResponse = z.infer<typeof PushResponseSchema>

export { ArchiveScopeSchema, isWholeArchive, MAX_SCOPE_DAYS, MAX_SCOPE_DESKS, normalScope, sameScope, scopeQuery, type ArchiveScope } from './scope'

const DeskListSchema = z
  .string()
  .max(MAX_SCOPE_DESKS * 65)
  .transform((s) => s.split(',').map((d) => d.trim()).filter(Boolean))
  .pipe(z.array(z.string().min(1).max(64)).max(MAX_SCOPE_DESKS))

export const PullQuerySchema = z
  .object({
    since: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
    // Added after version 1 (decision 0024): a pull without them is the whole archive, as before.
    own: z.enum(['1', '0']).optional(),
    desks: DeskListSchema.optional(),
    days: z.coerce.number().int().min(1).max(MAX_SCOPE_DAYS).optional()
  })
  .strict()

/** The scope a parsed pull query names. */
export function scopeOfQuery(q: { own?: '1' | '0' | undefined; desks?: string[] | undefined; days?: number | undefined }): ArchiveScope {
  return {
    ...(q.own === '1' ? { own: true } : {}),
    ...(q.desks && q.desks.length > 0 ? { desks: q.desks } : {}),
    ...(q.days !== undefined ? { days: q.days } : {})
  }
}

/**
 * A scoped pull only: an article changed since `since` that is outside the asked scope, so a
 * client holding an older copy may drop it. `mine` says the account created or submitted it (a
 * client never drops its own pieces).
 */
export const OutsideEntrySchema = z.object({ seq: z.number().int().positive(), kind: z.literal('outside'), id: ArticleIdSchema, mine: z.boolean() })
export type OutsideEntry = z.infer<typeof OutsideEntrySchema>
export const PullEntrySchema = z.union([SyncEntrySchema, OutsideEntrySchema])
export type PullEntry = z.infer<typeof PullEntrySchema>

/** `last` is the seq to ask `since` next time; `more` says another page is waiting now. */
export const PullResponseSchema = z.object({ entries: z.array(PullEntrySchema), last: z.number().int().min(0), more: z.boolean() })
export type PullResponse = z.infer<typeof PullResponseSchema>

/** The data of each server-sent event: a change committed at `seq`; pull to get it. */
export const SyncEventSchema = z.object({ seq: z.number().int().min(0) })
export type SyncEvent = z.infer<typeof SyncEventSchema>
/** The SSE event name; a comment line (`: ping`) keeps idle connections open. */
export const SYNC_EVENT = 'seq'

export const AssetPutResponseSchema = z.object({ ref: AssetRefSchema, size: z.number().int().min(0), created: z.boolean() })
export type AssetPutResponse = z.infer<typeof AssetPutResponseSchema>
/** Largest image the server keeps: the same limit as the app's image import. */
export const MAX_ASSET_BYTES = MAX_IMAGE_BYTES

export const ArticleResponseSchema = z.object({ article: ArticleSchema, notes: z.array(NoteSchema) })
export type ArticleResponse = z.infer<typeof ArticleResponseSchema>

export const SearchQuerySchema = z
  .object({ q: z.string().trim().min(1).max(200), limit: z.coerce.number().int().min(1).max(100).default(20) })
  .strict()
export const SearchResponseSchema = z.object({
  hits: z.array(z.object({ article: ArticleSummarySchema, rank: z.number() }))
})
export type SearchResponse = z.infer<typeof SearchResponseSchema>

export const NamesResponseSchema = z.object({ penulis: z.array(z.string()), editor: z.array(z.string()), sumber: z.array(z.string()) })
export type NamesResponse = z.infer<typeof NamesResponseSchema>

/** Every failed request: the shared envelope, with the HTTP status of the failure's code. */
export const HttpErrorSchema = z.object({ ok: z.literal(false), error: FailureSchema })
