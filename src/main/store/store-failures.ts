// The store's refusals, built one way: a reason from src/shared/failures.ts and the values its
// words name. Nothing here is a sentence; the words live in src/shared/i18n/failures-id.ts and failures-en.ts.
import type { z } from 'zod'
import { issuesFromZod } from '../../shared/request-issues'
import { RedaksiFailure } from '../../shared/result'

export const notFound = (id: string): RedaksiFailure => new RedaksiFailure('store.article-not-found', { id })

export const conflict = (id: string, baseRev: number, currentRev: number): RedaksiFailure =>
  new RedaksiFailure('store.conflict', { id, baseRev, currentRev })

export const closed = (): RedaksiFailure => new RedaksiFailure('store.closed')

/** A draft the schema refuses, each issue pointing at its field (as if sent as a request's `draft`). */
export const invalidDraft = (issues: readonly z.core.$ZodIssue[]): RedaksiFailure =>
  new RedaksiFailure('store.invalid-draft', undefined, { issues: issuesFromZod(issues.map((i) => ({ ...i, path: ['draft', ...i.path] }))) })

/** An unexpected file-system failure: the path it concerns, with the cause kept for the log. */
export function ioFailure(path: string, cause: unknown): RedaksiFailure {
  return cause instanceof RedaksiFailure ? cause : new RedaksiFailure('store.io', { path }, { cause })
}
