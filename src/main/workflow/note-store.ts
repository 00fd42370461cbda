// Editor notes, one file per article under <storeDir>/notes. Notes are talk about the article, not
// its content: writing one must not bump the article's rev (and so must not conflict with the
// writer's open editor). Every write goes through one queue, durably, like the store's own files.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { Note } from '../../shared/workflow'
import { JsonFile, WriteQueue, type JsonFileKind, PRIVATE_DIR_MODE } from '../files'
import { newArticleId } from '../store'
import { RedaksiFailure } from '../../shared/result'

const NoteSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  parentId: z.string().nullable(),
  author: z.string(),
  body: z.string(),
  at: z.string(),
  resolved: z.boolean(),
  resolvedBy: z.string().optional(),
  resolvedAt: z.string().optional()
})
const NotesFileSchema = z.object({ notes: z.array(NoteSchema) })

/** Refuse rather than overwrite: a damaged thread is the editors' words, not ours to drop. */
const NOTES_FILE: JsonFileKind<z.infer<typeof NotesFileSchema>> = { version: 1, schema: NotesFileSchema, onDamage: 'refuse' }

/**
 * Told of a local note change before it is written, and answers how to take that back if the
 * write then fails. Sync queues the change here (write-ahead), so that a crash between the two
 * leaves a queued note the server will send back, never a note only this machine has.
 */
export type NoteIntent = (change: { kind: 'add' | 'resolve'; note: Note }) => Promise<(() => Promise<void>) | undefined>

export class NoteStore {
  private readonly queue = new WriteQueue()
  private readonly dir: string
  private intent: NoteIntent | null = null

  constructor(
    storeDir: string,
    private readonly now: () => Date = () => new Date()
  ) {
    this.dir = join(storeDir, 'notes')
  }

  setIntent(intent: NoteIntent | null): void {
    this.intent = intent
  }

  /** The change announced to the intent first, then written; taken back if the write fails. */
  private async writeChange(articleId: string, notes: Note[], change: { kind: 'add' | 'resolve'; note: Note }): Promise<void> {
    const undo = await this.intent?.(change)
    try {
      await this.write(articleId, notes)
    } catch (err) {
      await undo?.().catch(() => undefined)
      throw err
    }
  }

  /** Oldest first: a thread reads in the order it was written. */
  async list(articleId: string): Promise<Note[]> {
    return this.read(articleId)
  }

  add(articleId: string, author: string, body: string, parentId?: string): Promise<Note> {
    return this.queue.run(async () => {
      const notes = await this.read(articleId)
      if (parentId !== undefined && !notes.some((n) => n.id === parentId)) {
        throw new RedaksiFailure('note.not-found', { id: parentId })
      }
      // ULID-shaped ids, like articles': the newsroom server takes a note's id from the app that wrote it.
      const note: Note = { id: newArticleId(this.now()), articleId, parentId: parentId ?? null, author, body, at: this.now().toISOString(), resolved: false }
      await this.writeChange(articleId, [...notes, note], { kind: 'add', note })
      return note
    })
  }

  resolve(articleId: string, noteId: string, resolved: boolean, by: string): Promise<Note> {
    return this.queue.run(async () => {
      const notes = await this.read(articleId)
      const found = notes.find((n) => n.id === noteId)
      if (!found) throw new RedaksiFailure('note.not-found', { id: noteId })
      const { resolvedBy: _by, resolvedAt: _at, ...open } = found
      const next: Note = resolved ? { ...open, resolved: true, resolvedBy: by, resolvedAt: this.now().toISOString() } : { ...open, resolved: false }
      await this.writeChange(articleId, notes.map((n) => (n.id === noteId ? next : n)), { kind: 'resolve', note: next })
      return next
    })
  }

  /** Writes the server's copy of a note exactly (sync): a new one is added, a known one replaced. */
  applyRemote(articleId: string, note: Note): Promise<Note> {
    return this.queue.run(async () => {
      const notes = await this.read(articleId)
      const kept: Note = { ...note, articleId }
      const next = notes.some((n) => n.id === note.id) ? notes.map((n) => (n.id === note.id ? kept : n)) : [...notes, kept]
      await this.write(articleId, next)
      return kept
    })
  }

  private file(articleId: string): JsonFile<{ notes: Note[] }> {
    // Ids reach here validated by the contract (letters, digits, _ and -), so this stays in the folder.
    const refused = (): RedaksiFailure => new RedaksiFailure('note.damaged', { id: articleId })
    return new JsonFile(join(this.dir, `${articleId}.json`), NOTES_FILE, { refusal: refused, newer: refused })
  }

  private async read(articleId: string): Promise<Note[]> {
    const read = await this.file(articleId).read()
    return read.state === 'ok' ? read.data.notes : []
  }

  private async write(articleId: string, notes: Note[]): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: PRIVATE_DIR_MODE })
    await this.file(articleId).write({ notes })
  }
}
