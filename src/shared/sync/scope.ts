// The part of the archive a client keeps, shared by the pull query, the app's setting and the
// settings screen. Its own file so the IPC contract can name it without the whole protocol.
import { z } from 'zod'

/**
 * The part of the archive a client keeps (decision 0024): everything when no field is given, else
 * the union of what the fields name — pieces the account created or submitted (`own`, judged from
 * the server's provenance), pieces of these desks (`desks`, sections), pieces touched in the last
 * `days` days. Notes follow their article.
 */
export const MAX_SCOPE_DAYS = 3650
export const MAX_SCOPE_DESKS = 50
export const ArchiveScopeSchema = z
  .object({
    own: z.boolean().optional(),
    desks: z.array(z.string().trim().min(1).max(64)).max(MAX_SCOPE_DESKS).optional(),
    days: z.number().int().min(1).max(MAX_SCOPE_DAYS).optional()
  })
  .strict()
export type ArchiveScope = z.infer<typeof ArchiveScopeSchema>

/** Whether a scope keeps everything (no field names a part). */
export function isWholeArchive(scope: ArchiveScope): boolean {
  return scope.own !== true && (scope.desks ?? []).length === 0 && scope.days === undefined
}

/** One spelling per scope: desks sorted and once each, `own: false` and empty desks left out. */
export function normalScope(scope: ArchiveScope): ArchiveScope {
  const desks = [...new Set((scope.desks ?? []).map((d) => d.trim()).filter(Boolean))].sort()
  return { ...(scope.own === true ? { own: true } : {}), ...(desks.length > 0 ? { desks } : {}), ...(scope.days !== undefined ? { days: scope.days } : {}) }
}

export function sameScope(a: ArchiveScope, b: ArchiveScope): boolean {
  return JSON.stringify(normalScope(a)) === JSON.stringify(normalScope(b))
}

/** The scope as query parameters of a pull (`own=1&desks=a,b&days=N`); empty for everything. */
export function scopeQuery(scope: ArchiveScope): string {
  const parts: string[] = []
  if (scope.own === true) parts.push('own=1')
  if ((scope.desks ?? []).length > 0) parts.push(`desks=${scope.desks!.map(encodeURIComponent).join(',')}`)
  if (scope.days !== undefined) parts.push(`days=${scope.days}`)
  return parts.join('&')
}

