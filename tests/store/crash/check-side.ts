// After a kill, beside the articles: every acknowledged note is in its article's thread exactly as
// acknowledged, and (signed in) queued in the outbox before it was written, so no note exists on
// this machine alone; every acknowledged profile holds its fields and the current one is the last
// switched to. The one change in flight may be found whole or not at all, never anything else.
import { isDeepStrictEqual } from 'node:util'
import type { Note } from '../../../src/shared/workflow'
import type { Outbox } from '../../../src/main/sync/outbox'
import type { NoteStore } from '../../../src/main/workflow/note-store'
import type { ProfilesFile } from '../../../src/main/workflow/profiles-file'
import type { Intent, Ledger, NoteOp } from './ops-ledger'

type Problems = string[]

export async function checkNotes(notes: NoteStore, articleIds: Iterable<string>, ledger: Ledger, intent: Intent | null, problems: Problems): Promise<boolean> {
  let landed = false
  const seen = new Set<string>()
  for (const articleId of articleIds) {
    let thread: Note[]
    try {
      thread = await notes.list(articleId)
    } catch (err) {
      problems.push(`notes of ${articleId} do not open: ${String(err)}`)
      continue
    }
    for (const note of thread) {
      seen.add(note.id)
      const acked = ledger.notes.get(note.id)
      if (acked && isDeepStrictEqual(acked, note)) continue
      const resolving = intent?.op === 'note-resolve' && intent.noteId === note.id && note.resolved === intent.resolved
      const adding = !acked && intent?.op === 'note-add' && intent.articleId === articleId && intent.body === note.body
      if (resolving || adding) {
        ledger.notes.set(note.id, note)
        landed = true
      } else {
        problems.push(`note ${note.id} on ${articleId} is ${JSON.stringify(note)}, acknowledged ${JSON.stringify(acked ?? null)}`)
      }
    }
  }
  for (const [id, note] of ledger.notes) if (!seen.has(id)) problems.push(`acknowledged note ${id} on ${note.articleId} is missing`)
  return landed
}

/**
 * Write-ahead: the outbox holds every acknowledged note change in order, plus at most the one in
 * flight. Answers whether that one was queued (it may be queued and not yet written: by design).
 */
export function checkNoteQueue(outbox: Outbox, ledger: Ledger, intent: Intent | null, problems: Problems): boolean {
  const queued: Array<{ op: NoteOp; body: string | null }> = []
  for (const { change: c } of outbox.list()) {
    if (c.kind === 'note.add') queued.push({ op: { kind: c.kind, noteId: c.payload.noteId }, body: c.payload.body })
    if (c.kind === 'note.resolve') queued.push({ op: { kind: c.kind, noteId: c.payload.noteId, resolved: c.payload.resolved }, body: null })
  }
  const expected = ledger.noteOps
  if (!isDeepStrictEqual(queued.slice(0, expected.length).map((q) => q.op), expected)) {
    problems.push(`outbox holds notes ${JSON.stringify(queued.map((q) => q.op))}, acknowledged ${JSON.stringify(expected)}`)
    return false
  }
  const extra = queued.slice(expected.length)
  const [first] = extra
  const inflightQueued =
    extra.length === 1 &&
    first !== undefined &&
    ((intent?.op === 'note-add' && first.op.kind === 'note.add' && first.body === intent.body) ||
      (intent?.op === 'note-resolve' && first.op.kind === 'note.resolve' && first.op.noteId === intent.noteId && first.op.resolved === intent.resolved))
  if (extra.length && !inflightQueued) problems.push(`outbox holds note changes nobody made: ${JSON.stringify(extra.map((q) => q.op))}`)
  if (inflightQueued) expected.push(first.op)
  // A note written here must have been queued first.
  for (const note of ledger.notes.values()) {
    if (!expected.some((op) => op.kind === 'note.add' && op.noteId === note.id)) problems.push(`note ${note.id} is on this machine only: never queued`)
  }
  return inflightQueued
}

export function checkProfiles(profiles: ProfilesFile, ledger: Ledger, intent: Intent | null, problems: Problems): boolean {
  let landed = false
  const { profiles: found, currentId } = profiles.list()
  const seen = new Set<string>()
  for (const p of found) {
    seen.add(p.id)
    const acked = ledger.profiles.get(p.id)
    if (acked && isDeepStrictEqual(acked, p)) continue
    const saving = intent?.op === 'profile-save' ? intent.input : null
    const same = saving && saving.name === p.name && saving.initials === p.initials && saving.role === p.role
    if (same && (saving.id === undefined ? !acked : saving.id === p.id)) {
      ledger.profiles.set(p.id, p)
      landed = true
    } else {
      problems.push(`profile ${p.id} is ${JSON.stringify(p)}, acknowledged ${JSON.stringify(acked ?? null)}`)
    }
  }
  for (const id of ledger.profiles.keys()) if (!seen.has(id)) problems.push(`acknowledged profile ${id} is missing`)
  if (currentId !== ledger.currentId) {
    if (intent?.op === 'profile-switch' && intent.id === currentId) {
      ledger.currentId = currentId
      landed = true
    } else {
      problems.push(`current profile is ${currentId}, last switched to ${ledger.currentId}`)
    }
  }
  return landed
}
