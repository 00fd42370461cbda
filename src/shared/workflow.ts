// Review and approval, the part both sides need: roles, profiles, notes, and the status machine as
// one table. Pure, so the renderer greys out exactly the buttons main would refuse; main adds the
// checks that need more than the table (notes, findings, who wrote the piece) in src/main/workflow.
import { z } from 'zod'
import type { Article, ArticleDraft, ArticleSummary, HistoryEntry, Status } from './article'

export const ROLES = ['penulis', 'editor', 'redaktur-pelaksana'] as const
export const RoleSchema = z.enum(ROLES)
export type Role = z.infer<typeof RoleSchema>

export interface Profile {
  id: string
  name: string
  initials: string
  role: Role
}

export const WORKFLOW_ACTIONS = ['submit', 'withdraw', 'start-review', 'return', 'approve', 'publish', 'spike', 'unspike', 'reopen', 'correct'] as const
export const WorkflowActionSchema = z.enum(WORKFLOW_ACTIONS)
export type WorkflowAction = z.infer<typeof WorkflowActionSchema>

export interface Note {
  id: string
  articleId: string
  /** The note this one answers; null for a thread's first note. */
  parentId: string | null
  /** The author's profile name, as history records actors. */
  author: string
  body: string
  at: string
  resolved: boolean
  resolvedBy?: string
  resolvedAt?: string
}

/** A queue row: the summary plus when it was (re)submitted, which is what the queue waits on. */
export type QueueItem = ArticleSummary & { submittedAt: string }

/**
 * The status machine: from-status → action → to-status. A missing entry is an illegal move.
 * `withdraw` is the writer taking her piece back from the desk; `correct` reopens a published
 * piece for a correction (ralat), which then goes through the desk again (decision 0047).
 */
export const TRANSITIONS: Readonly<Record<Status, Partial<Record<WorkflowAction, Status>>>> = {
  draft: { submit: 'submitted', spike: 'spiked' },
  returned: { submit: 'submitted', spike: 'spiked' },
  submitted: { withdraw: 'draft', 'start-review': 'in-review', return: 'returned', approve: 'approved', spike: 'spiked' },
  'in-review': { withdraw: 'draft', return: 'returned', approve: 'approved', spike: 'spiked' },
  approved: { publish: 'published', reopen: 'in-review', spike: 'spiked' },
  published: { correct: 'returned' },
  spiked: { unspike: 'draft' }
}

export function nextStatus(from: Status, action: WorkflowAction): Status | null {
  return TRANSITIONS[from][action] ?? null
}

/** Actions only an editor or a redaktur pelaksana may take. */
export const EDITOR_ACTIONS: ReadonlySet<WorkflowAction> = new Set(['start-review', 'return', 'approve', 'publish', 'reopen', 'correct'])

/** Actions whose history entry must carry a note, so the writer (and, for a ralat, the reader) sees why. */
export const NOTE_REQUIRED: ReadonlySet<WorkflowAction> = new Set(['return', 'reopen', 'correct'])

export const isEditorRole = (role: Role): boolean => role !== 'penulis'

/** Names compared as people mean them: case, accents and spacing do not make another person. */
export function sameName(a: string, b: string): boolean {
  const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('id')
  return fold(a) === fold(b)
}

export function isPenulisOf(article: Pick<Article, 'penulis'>, profile: Pick<Profile, 'name'>): boolean {
  return article.penulis.some((name) => sameName(name, profile.name))
}

/**
 * History actions that change the piece's content: creating it, editing body or fields (one
 * `edit` entry each time the piece changes hands), changing the byline, restoring a version.
 */
export const CONTENT_ACTIONS: ReadonlySet<string> = new Set(['create', 'edit', 'byline', 'restore'])

/** Statuses in which the piece is in the writer's hands (to edit, withdraw from the desk or spike). */
const WRITER_HELD: ReadonlySet<Status> = new Set(['draft', 'returned', 'spiked'])

/**
 * Where a person stands to a piece, read from its history, never from the editable byline
 * (decision 0046). An author created, submitted or edited it and may not approve it; a writer
 * created it or edited it while it was in the writer's hands, and may withdraw it; only its
 * creator may spike it (a colleague who typed in her draft is a co-writer, not its owner).
 */
export interface Standing {
  author: boolean
  writer: boolean
  creator: boolean
}

export function standingOf(article: Pick<Article, 'history' | 'penulis'>, profile: Pick<Profile, 'name'>): Standing {
  const mine = article.history.filter((h) => sameName(h.actor, profile.name))
  const created = mine.some((h) => h.action === 'create')
  const edited = mine.some((h) => CONTENT_ACTIONS.has(h.action))
  const submitted = mine.some((h) => h.action === 'submit' || h.action === 'resubmit')
  // A byline that names you still keeps you from approving; it never gives a right.
  const author = created || edited || submitted || isPenulisOf(article, profile)
  const writer = created || mine.some((h) => CONTENT_ACTIONS.has(h.action) && h.from !== null && WRITER_HELD.has(h.from))
  return { author, writer, creator: created }
}

export type RefusalKind = 'illegal' | 'role' | 'four-eyes' | 'not-own' | 'was-published'

/** What the table needs of the piece itself: where it is, and whether readers have had it. */
export interface PieceState {
  status: Status
  /** Published at least once: a piece reopened for a ralat is back in the writer's hands, not hers to throw away. */
  published: boolean
}

export const wasPublished = (article: Pick<Article, 'history'>): boolean => article.history.some((h) => h.action === 'publish')

/**
 * The one table of who may do what: the status machine, roles, four eyes and "own piece", given
 * where the person stands. The app feeds it the history (`refusal`); the newsroom server its
 * provenance verdict. Findings and notes are main's and the server's to check.
 */
export function refusalFor(piece: PieceState, standing: Standing, role: Role, action: WorkflowAction): RefusalKind | null {
  if (nextStatus(piece.status, action) === null) return 'illegal'
  if (EDITOR_ACTIONS.has(action) && !isEditorRole(role)) return 'role'
  if (action === 'approve' && standing.author) return 'four-eyes'
  if (action === 'withdraw' && !standing.writer) return 'not-own'
  if ((action === 'spike' || action === 'unspike') && !isEditorRole(role)) {
    if (!WRITER_HELD.has(piece.status) || !standing.creator) return 'not-own'
    // Readers have had it: taking it away is the desk's call, with its own note, never a writer's tidy-up.
    if (action === 'spike' && piece.published) return 'was-published'
  }
  return null
}

/** Why this profile may not take this action on this article, or null when the table allows it. */
export function refusal(article: Pick<Article, 'status' | 'penulis' | 'history'>, profile: Pick<Profile, 'name' | 'role'>, action: WorkflowAction): RefusalKind | null {
  return refusalFor({ status: article.status, published: wasPublished(article) }, standingOf(article, profile), profile.role, action)
}

/** What the UI should offer this profile for this article, in the table's order. */
export function allowedActions(article: Pick<Article, 'status' | 'penulis' | 'history'>, profile: Profile): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => refusal(article, profile, action) === null)
}

/** Statuses in which the article's content can no longer be edited by anyone. */
export const READ_ONLY_STATUSES: ReadonlySet<Status> = new Set(['approved', 'published'])

/** Statuses in which the piece is on the desk: only editors change it until it is withdrawn or returned. */
export const ON_THE_DESK: ReadonlySet<Status> = new Set(['submitted', 'in-review'])

/**
 * Why this person may not change the piece's content now (the same answer for the editor's
 * read-only page, main's articles.save and the server's save): approved and published pieces are
 * read-only to all; a submitted piece or one in review only to those who are not editors.
 */
export function editRefusal(status: Status, profile: Pick<Profile, 'role'> | null): 'read-only' | 'on-the-desk' | null {
  if (READ_ONLY_STATUSES.has(status)) return 'read-only'
  if (ON_THE_DESK.has(status) && !(profile && isEditorRole(profile.role))) return 'on-the-desk'
  return null
}

const sameNames = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((n, i) => sameName(n, b[i]!))

/**
 * The history entry a save that changes the content adds, or null. A changed byline is always
 * recorded (old → new names), so nobody swaps names unseen; otherwise one `edit` entry marks each
 * time the piece changes hands, and further saves by the same person add nothing.
 */
export function editEntryFor(
  history: readonly Pick<HistoryEntry, 'action' | 'actor'>[],
  before: Pick<ArticleDraft, 'penulis'>,
  after: Pick<ArticleDraft, 'penulis'>,
  actor: string
): { action: 'edit' | 'byline'; note?: string } | null {
  if (!sameNames(before.penulis, after.penulis)) {
    const names = (list: readonly string[]): string => (list.length ? list.join(', ') : '—')
    return { action: 'byline', note: `${names(before.penulis)} → ${names(after.penulis)}` }
  }
  const last = history[history.length - 1]
  if (last && CONTENT_ACTIONS.has(last.action) && sameName(last.actor, actor)) return null
  return { action: 'edit' }
}

/** A correction that has been published: its note and when the piece was reopened for it. */
export interface Correction {
  note: string
  at: string
}

/**
 * The corrections a published text carries, oldest first, read from history: every `correct`
 * entry that a later `publish` followed. One still under way is not yet the reader's.
 */
export function publishedCorrections(history: readonly HistoryEntry[]): Correction[] {
  const lastPublish = history.map((h) => h.action).lastIndexOf('publish')
  return history
    .slice(0, Math.max(lastPublish, 0))
    .filter((h) => h.action === 'correct' && h.note !== undefined && h.note.trim() !== '')
    .map((h) => ({ note: h.note!.trim(), at: h.at }))
}

/** What profiles.save accepts: a name people recognise, and initials for the avatar. */
export const ProfileInputSchema = z
  .object({
    id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'id berisi karakter yang tidak sah').optional(),
    name: z.string().trim().min(1).max(100),
    initials: z
      .string()
      .trim()
      .regex(/^\p{L}{1,4}$/u, 'inisial harus 1–4 huruf')
      .transform((s) => s.toLocaleUpperCase('id')),
    role: RoleSchema
  })
  .strict()

/** Why a revision snapshot was taken: editing (throttled), an event that always keeps one, or the server's version arriving. */
export type RevisionReason = 'create' | 'edit' | 'status' | 'restore' | 'migration' | 'remote'

/** One point in an article's past, as the compare view lists it. */
export interface RevisionSummary {
  revId: string
  rev: number
  /** When this version was saved (the article's updatedAt at the time). */
  savedAt: string
  reason: RevisionReason
  /** Who made this version. */
  savedBy: string
  headline: string
  status: Status
  words: number
}
