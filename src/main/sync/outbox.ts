// The outbox: every change made while connected, in the order it was made, until the server has
// answered it. A change is acknowledged to the user only once it is on disk (the whole queue is
// rewritten durably: temp file, fsync, rename, fsync of the folder), so a crash or a pulled plug
// loses nothing the app said it kept. One writer queue, like the store's.
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { JsonFile, PRIVATE_DIR_MODE, WriteQueue, type JsonFileKind } from '../files'
import { newArticleId } from '../store'
import type { Failure } from '../../shared/result'
import type { ArticleDraft } from '../../shared/article'
import { articleOf, OutboxEntrySchema, sameAuthor, type Author, type NewQueued, type OutboxEntry, type Queued } from './change'

// Unsent work is the user's: a damaged file is moved aside for someone to recover, never overwritten.
const OUTBOX_FILE: JsonFileKind<{ entries: OutboxEntry[] }> = { version: 1, schema: z.object({ entries: z.array(OutboxEntrySchema) }), onDamage: 'reset' }

type OutboxDraft = ArticleDraft

const stamp = (localRev: number | undefined): { localRev?: number } => (localRev === undefined ? {} : { localRev })

export class Outbox {
  private entries: OutboxEntry[] = []
  private readonly queue = new WriteQueue()
  private readonly listeners = new Set<() => void>()
  private readonly file: JsonFile<{ entries: OutboxEntry[] }>
  /** The signed-in account: every change queued now is its change (set by the hub). */
  private author: Author | undefined

  private constructor(
    private readonly path: string,
    private readonly now: () => Date
  ) {
    this.file = new JsonFile(path, OUTBOX_FILE, { now })
  }

  static async open(path: string, now: () => Date = () => new Date()): Promise<Outbox> {
    const outbox = new Outbox(path, now)
    const found = await outbox.file.read()
    if (found.state === 'ok') outbox.entries = found.data.entries
    return outbox
  }

  /** Everything not yet answered, oldest first (refused changes included, marked). */
  list(): OutboxEntry[] {
    return this.entries.map((e) => structuredClone(e))
  }

  get size(): number {
    return this.entries.length
  }

  /** Who the changes queued from now on belong to; null while nobody is signed in. */
  setAuthor(author: Author | null): void {
    this.author = author ?? undefined
  }

  /** Entries from before changes were tagged go to the first account signed in since. */
  claimUntagged(author: Author): Promise<void> {
    return this.queue.run(async () => {
      if (this.entries.every((e) => e.by)) return
      await this.write(this.entries.map((e) => (e.by ? e : { ...e, by: author })))
    })
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Queues a change. A save coalesces into the article's last queued save (or create) when that one
   * was never sent: the server has not seen it, so only the newest text needs to travel. Once sent,
   * the server may have applied it under its id, so a new change gets a new id.
   */
  enqueue(item: NewQueued, meta: { localRev?: number } = {}): Promise<OutboxEntry> {
    return this.queue.run(async () => {
      const by = this.author
      const last = this.lastFor(item.kind === 'asset.put' ? null : item.articleId)
      // Never into another account's change: the text would travel under the wrong name.
      if (item.kind === 'article.save' && last && last.state === 'pending' && last.attempts === 0 && sameAuthor(last.by, by)) {
        if (last.change.kind === 'article.save' || last.change.kind === 'article.create') {
          const merged = { ...last, change: { ...last.change, payload: { draft: item.payload.draft } }, ...stamp(meta.localRev) } as OutboxEntry
          await this.write(this.entries.map((e) => (e.change.id === last.change.id ? merged : e)))
          return structuredClone(merged)
        }
      }
      const at = this.now()
      const change = { ...item, id: newArticleId(at), madeAt: at.toISOString() } as Queued
      const entry: OutboxEntry = { change, attempts: 0, state: 'pending', ...(by ? { by } : {}), ...stamp(meta.localRev) }
      await this.write([...this.entries, entry])
      return structuredClone(entry)
    })
  }

  /** Recorded before sending, so a crash mid-push still knows these may be on the server. */
  markSent(changeIds: readonly string[]): Promise<void> {
    const ids = new Set(changeIds)
    return this.queue.run(() => this.write(this.entries.map((e) => (ids.has(e.change.id) ? { ...e, attempts: e.attempts + 1 } : e))))
  }

  /** The server applied these (or had already): they leave the queue. */
  acknowledge(changeIds: readonly string[]): Promise<void> {
    const ids = new Set(changeIds)
    return this.queue.run(() => this.write(this.entries.filter((e) => !ids.has(e.change.id))))
  }

  /** The server said no (refused) or that the article moved on (conflict): kept, with why. */
  mark(changeId: string, state: 'refused' | 'conflict', failure: Failure): Promise<void> {
    return this.queue.run(() => this.write(this.entries.map((e) => (e.change.id === changeId ? { ...e, state, failure } : e))))
  }

  /**
   * Sends a refused or conflicting change again, on the rev the user now builds on, possibly
   * changed. It gets a new id: the server answers an old id with its old answer.
   */
  retry(changeId: string, patch: { baseRev?: number | null; draft?: OutboxDraft; localRev?: number } = {}): Promise<OutboxEntry | null> {
    return this.queue.run(async () => {
      const found = this.entries.find((e) => e.change.id === changeId)
      if (!found) return null
      const at = this.now()
      let change = { ...found.change, id: newArticleId(at), madeAt: at.toISOString() } as Queued
      if (patch.baseRev !== undefined && change.kind !== 'asset.put') change = { ...change, baseRev: patch.baseRev } as Queued
      if (patch.draft && (change.kind === 'article.save' || change.kind === 'article.create')) change = { ...change, payload: { draft: patch.draft } }
      const next: OutboxEntry = { change, attempts: 0, state: 'pending', ...(found.by ? { by: found.by } : {}), ...stamp(patch.localRev ?? found.localRev) }
      await this.write(this.entries.map((e) => (e.change.id === changeId ? next : e)))
      return structuredClone(next)
    })
  }

  /** Changes waiting behind a settled one now build on the server's rev the user chose. */
  rebaseWaiting(articleId: string, baseRev: number): Promise<void> {
    return this.queue.run(() =>
      this.write(
        this.entries.map((e) =>
          articleOf(e.change) === articleId && e.attempts === 0 && e.change.kind !== 'asset.put' && e.change.baseRev !== null
            ? ({ ...e, change: { ...e.change, baseRev } } as OutboxEntry)
            : e
        )
      )
    )
  }

  /** Only on the user's word: the change is given up. Returns what was removed. */
  discard(predicate: (entry: OutboxEntry) => boolean): Promise<OutboxEntry[]> {
    return this.queue.run(async () => {
      const removed = this.entries.filter(predicate)
      if (removed.length > 0) await this.write(this.entries.filter((e) => !predicate(e)))
      return removed
    })
  }

  private lastFor(articleId: string | null): OutboxEntry | undefined {
    if (articleId === null) return undefined
    for (let i = this.entries.length - 1; i >= 0; i--) if (articleOf(this.entries[i]!.change) === articleId) return this.entries[i]
    return undefined
  }

  /** Memory changes only after the file is on disk, so a failed write leaves both as they were. */
  private async write(next: OutboxEntry[]): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true, mode: PRIVATE_DIR_MODE })
    await this.file.write({ entries: next })
    this.entries = next
    for (const listener of this.listeners) listener()
  }
}

