// What the outbox holds: the protocol's own changes (shared/sync/protocol.ts), so what was queued
// is byte for byte what travels, plus image uploads, which go by their own door (PUT
// /v1/assets/:ref) but must reach the server before the change that names them.
import { z } from 'zod'
import { AssetRefSchema, TimestampSchema } from '../../shared/article'
import { ChangeIdSchema, ChangeSchema, FailureSchema, type Change } from '../../shared/sync/protocol'

export const AssetUploadSchema = z.object({ id: ChangeIdSchema, kind: z.literal('asset.put'), asset: AssetRefSchema, madeAt: TimestampSchema })
export type AssetUpload = z.infer<typeof AssetUploadSchema>

export const QueuedSchema = z.union([ChangeSchema, AssetUploadSchema])
export type Queued = Change | AssetUpload

/** The article a queued item is about; an image belongs to none until a save names it. */
export function articleOf(item: Queued): string | null {
  return item.kind === 'asset.put' ? null : item.articleId
}

/**
 * Who made a change: the account (login on one server) signed in when it was queued. Only that
 * account's session sends it; under anyone else it waits (decision 0035).
 */
export const AuthorSchema = z.object({ server: z.string().min(1), login: z.string().min(1) })
export type Author = z.infer<typeof AuthorSchema>

export const sameAuthor = (a: Author | undefined, b: Author | undefined): boolean => a?.server === b?.server && a?.login === b?.login

export const OutboxEntrySchema = z.object({
  /** The change, whose `id` is its idempotency key: the same on every retry. */
  change: QueuedSchema,
  /** How often it was sent. Once sent the server may hold it, so it is never rewritten then. */
  attempts: z.number().int().nonnegative(),
  state: z.enum(['pending', 'refused', 'conflict']),
  /** The server's reason, kept until the user retries or discards the change. */
  failure: FailureSchema.optional(),
  /** Missing only on entries queued before changes were tagged; the next session claims them. */
  by: AuthorSchema.optional(),
  /**
   * The local rev of the article once this change was stored: reconcile (reconcile.ts) knows by it
   * that the store's current text is already on its way.
   */
  localRev: z.number().int().positive().optional()
})
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>

/** A change as a caller describes it; the outbox gives it its id and time. */
export type NewChange = Change extends infer C ? (C extends Change ? Omit<C, 'id' | 'madeAt'> : never) : never
export type NewQueued = NewChange | Omit<AssetUpload, 'id' | 'madeAt'>
