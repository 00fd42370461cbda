// Editor notes: anyone on the desk may write one; the note's author or an editor resolves it.
import { failure } from '../../shared/result'
import type { Note } from '../../shared/workflow'
import type { Change } from '../../shared/sync/protocol'
import { actsAsEditor, type Actor } from './actor'
import type { DecideContext, NoteOutcome } from './decision'

type NoteAdd = Extract<Change, { kind: 'note.add' }>
type NoteResolve = Extract<Change, { kind: 'note.resolve' }>

/** A note as the server keeps it: the wire note plus the account that wrote it. */
export interface StoredNote {
  note: Note
  authorAccount: string
}

export function decideNoteAdd(change: NoteAdd, existing: StoredNote | null, parent: StoredNote | null, actor: Actor, ctx: DecideContext): NoteOutcome {
  const { noteId, parentId, body } = change.payload
  if (existing) return { kind: 'refused', failure: failure('sync.note-exists', { id: noteId }) }
  if (parentId !== null && (parent === null || parent.note.articleId !== change.articleId)) {
    return { kind: 'refused', failure: failure('note.not-found', { id: parentId }) }
  }
  const note: Note = { id: noteId, articleId: change.articleId, parentId, author: actor.name, body: body.trim(), at: ctx.now.toISOString(), resolved: false }
  return { kind: 'write', note, authorAccount: actor.accountId }
}

export function decideNoteResolve(change: NoteResolve, existing: StoredNote | null, actor: Actor, ctx: DecideContext): NoteOutcome {
  const { noteId, resolved } = change.payload
  if (existing === null || existing.note.articleId !== change.articleId) return { kind: 'refused', failure: failure('note.not-found', { id: noteId }) }
  if (existing.authorAccount !== actor.accountId && !actsAsEditor(actor)) return { kind: 'refused', failure: failure('sync.not-note-author', { id: noteId }) }
  const { resolvedBy: _b, resolvedAt: _a, ...open } = existing.note
  const note: Note = resolved ? { ...open, resolved: true, resolvedBy: actor.name, resolvedAt: ctx.now.toISOString() } : { ...open, resolved: false }
  return { kind: 'write', note, authorAccount: existing.authorAccount }
}
