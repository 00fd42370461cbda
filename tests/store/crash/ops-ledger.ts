// What the operation crash trials' parent knows: every operation a child acknowledged (its `ack`
// lines), and the one it announced and never acknowledged because the kill came first.
import type { Status } from '../../../src/shared/article'
import type { Note, Profile, Role } from '../../../src/shared/workflow'
import type { Session } from '../../../src/main/sync/session-file'

export const CRASH_MODES = ['unspike', 'empty-trash', 'notes', 'profiles', 'mixed'] as const
export type CrashMode = (typeof CRASH_MODES)[number]

/** The notes trials are signed in to a server that never answers (port 9 is discard): queued only. */
export const OFFLINE_SESSION: Session = {
  server: 'http://127.0.0.1:9',
  token: 'crash-trial-token',
  account: { id: 'acc-bima', login: 'bima', displayName: 'Bima Putra', role: 'editor' },
  connectedAt: '2026-01-01T00:00:00.000Z'
}

export type Intent =
  | { op: 'create'; headline: string }
  | { op: 'save'; id: string; headline: string }
  | { op: 'spike' | 'unspike'; id: string }
  | { op: 'empty'; inTrash: Array<{ id: string; revisions: number }> }
  | { op: 'note-add'; articleId: string; body: string }
  | { op: 'note-resolve'; articleId: string; noteId: string; resolved: boolean }
  | { op: 'profile-save'; input: { id?: string; name: string; initials: string; role: Role } }
  | { op: 'profile-switch'; id: string }
export type Op = Intent['op']

export interface AckedArticle {
  id: string
  rev: number
  revId: string
  status: Status
  headline: string
  /** Made by a change that always keeps a snapshot of its result (all but saves). */
  snapshotted: boolean
}

export interface NoteOp {
  kind: 'note.add' | 'note.resolve'
  noteId: string
  resolved?: boolean
}

export interface OpFigures {
  acked: number
  /** Trials whose kill came while this operation was in flight (announced, not acknowledged). */
  killedMid: number
  /** Of those, how many were found whole after the reopen (the rest found not at all). */
  landed: number
}

type Ack =
  | { op: 'create' | 'save' | 'spike' | 'unspike'; article: Omit<AckedArticle, 'snapshotted'> }
  | { op: 'empty'; removed: string[] }
  | { op: 'note-add' | 'note-resolve'; note: Note }
  | { op: 'profile-save'; profile: Profile }
  | { op: 'profile-switch'; currentId: string }

export class Ledger {
  readonly articles = new Map<string, AckedArticle>()
  /** Emptied from the trash: id → the rev its tombstone must carry. */
  readonly deleted = new Map<string, number>()
  readonly notes = new Map<string, Note>()
  /** Every note change that must be in the outbox, in order (signed-in trials). */
  readonly noteOps: NoteOp[] = []
  readonly profiles = new Map<string, Profile>()
  currentId: string | null = null
  readonly figures = new Map<Op, OpFigures>()

  figure(op: Op): OpFigures {
    const found = this.figures.get(op) ?? { acked: 0, killedMid: 0, landed: 0 }
    this.figures.set(op, found)
    return found
  }

  /** Applies a trial's acknowledgements; answers the operation left in flight, if any. */
  read(lines: string[]): Intent | null {
    let inflight: Intent | null = null
    for (const line of lines) {
      const space = line.indexOf(' ')
      const kind = line.slice(0, space)
      const body = JSON.parse(line.slice(space + 1)) as Intent | Ack
      if (kind === 'intent') inflight = body as Intent
      else if (kind === 'ack') {
        this.apply(body as Ack)
        this.figure(body.op).acked++
        inflight = null
      } else throw new Error(`unexpected line from the crash child: ${line}`)
    }
    if (inflight) this.figure(inflight.op).killedMid++
    return inflight
  }

  private apply(ack: Ack): void {
    switch (ack.op) {
      case 'create':
      case 'save':
      case 'spike':
      case 'unspike':
        this.articles.set(ack.article.id, { ...ack.article, snapshotted: ack.op !== 'save' })
        return
      case 'empty':
        for (const id of ack.removed) this.forget(id)
        return
      case 'note-add':
      case 'note-resolve':
        this.notes.set(ack.note.id, ack.note)
        this.noteOps.push(ack.op === 'note-add' ? { kind: 'note.add', noteId: ack.note.id } : { kind: 'note.resolve', noteId: ack.note.id, resolved: ack.note.resolved })
        return
      case 'profile-save':
        this.profiles.set(ack.profile.id, ack.profile)
        return
      case 'profile-switch':
        this.currentId = ack.currentId
    }
  }

  /**
   * The article was emptied from the trash: its tombstone is one rev past its last. Its notes are
   * no longer asked after: emptying is the store's, which leaves the notes folder alone, and no
   * channel lists the notes of an article that is gone.
   */
  forget(id: string): void {
    const last = this.articles.get(id)
    if (!last) throw new Error(`emptied an article the ledger never saw: ${id}`)
    this.deleted.set(id, last.rev + 1)
    this.articles.delete(id)
    for (const [noteId, note] of this.notes) if (note.articleId === id) this.notes.delete(noteId)
  }
}
