// Review and approval, the part both sides need: roles, profiles, notes, and the status machine as
// one table. Pure, so the renderer greys out exactly the buttons main would refuse; main adds the
// checks that need more than the table (notes, findings, who wrote the piece) in src/main/workflow.
import { z } from 'zod'
import type { Article, ArticleSummary, Status } from './article'

export const ROLES = ['penulis', 'editor', 'redaktur-pelaksana'] as const
export const RoleSchema = z.enum(ROLES)
export type Role = z.infer<typeof RoleSchema>

export interface Profile {
  id: string
  name: string
  initials: string
  role: Role
}

export const WORKFLOW_ACTIONS = ['submit', 'start-review', 'return', 'approve', 'publish', 'spike', 'unspike', 'reopen'] as const
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

/** The status machine: from-status → action → to-status. A missing entry is an illegal move. */
export const TRANSITIONS: Readonly<Record<Status, Partial<Record<WorkflowAction, Status>>>> = {
  draft: { submit: 'submitted', spike: 'spiked' },
  returned: { submit: 'submitted', spike: 'spiked' },
  submitted: { 'start-review': 'in-review', return: 'returned', approve: 'approved', spike: 'spiked' },
  'in-review': { return: 'returned', approve: 'approved', spike: 'spiked' },
  approved: { publish: 'published', reopen: 'in-review', spike: 'spiked' },
  published: {},
  spiked: { unspike: 'draft' }
}

export function nextStatus(from: Status, action: WorkflowAction): Status | null {
  return TRANSITIONS[from][action] ?? null
}

/** Actions only an editor or a redaktur pelaksana may take. */
export const EDITOR_ACTIONS: ReadonlySet<WorkflowAction> = new Set(['start-review', 'return', 'approve', 'publish', 'reopen'])

/** Actions whose history entry must carry a note, so the writer sees why. */
export const NOTE_REQUIRED: ReadonlySet<WorkflowAction> = new Set(['return', 'reopen'])

export const isEditorRole = (role: Role): boolean => role !== 'penulis'

/** Names compared as people mean them: case, accents and spacing do not make another person. */
export function sameName(a: string, b: string): boolean {
  const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('id')
  return fold(a) === fold(b)
}

export function isPenulisOf(article: Pick<Article, 'penulis'>, profile: Pick<Profile, 'name'>): boolean {
  return article.penulis.some((name) => sameName(name, profile.name))
}

/** Statuses in which the piece is still the writer's own to withdraw or bring back. */
const WRITER_HELD: ReadonlySet<Status> = new Set(['draft', 'returned', 'spiked'])

/**
 * Why this profile may not take this action on this article, or null when the table and the
 * roles allow it. Findings and notes are main's to check; they need the stored article.
 */
export function refusal(
  article: Pick<Article, 'status' | 'penulis'>,
  profile: Pick<Profile, 'name' | 'role'>,
  action: WorkflowAction
): 'illegal' | 'role' | 'four-eyes' | 'not-own' | null {
  if (nextStatus(article.status, action) === null) return 'illegal'
  if (EDITOR_ACTIONS.has(action) && !isEditorRole(profile.role)) return 'role'
  if (action === 'approve' && isPenulisOf(article, profile)) return 'four-eyes'
  if ((action === 'spike' || action === 'unspike') && !isEditorRole(profile.role)) {
    if (!WRITER_HELD.has(article.status) || !isPenulisOf(article, profile)) return 'not-own'
  }
  return null
}

/** What the UI should offer this profile for this article, in the table's order. */
export function allowedActions(article: Pick<Article, 'status' | 'penulis'>, profile: Profile): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => refusal(article, profile, action) === null)
}

/** Statuses in which the article's content can no longer be edited. */
export const READ_ONLY_STATUSES: ReadonlySet<Status> = new Set(['approved', 'published'])

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
