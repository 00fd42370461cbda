// What sync remembers between runs: the last sequence number pulled, the server's rev of each
// article next to the local rev it was applied as, conflicts waiting for a person, and since when
// the server has been out of reach. Written durably on every change, like the outbox.
import { randomBytes } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { ArticleSchema } from '../../shared/article'
import { JsonFile, PRIVATE_DIR_MODE, WriteQueue, type JsonFileKind } from '../files'

const ReplicaSchema = z.object({ serverRev: z.number().int().nonnegative(), localRev: z.number().int().nonnegative() })
export type Replica = z.infer<typeof ReplicaSchema>

export const ConflictSchema = z.object({
  articleId: z.string(),
  /** The version the server kept (someone else's change got there first). */
  server: ArticleSchema,
  /** This machine's version, as it was when the server said no. */
  local: ArticleSchema,
  reason: z.string(),
  at: z.string()
})
export type Conflict = z.infer<typeof ConflictSchema>

const StateSchema = z.object({
  server: z.string().nullable(),
  /** This installation's id on the server: its changes never count as stale against each other. */
  clientId: z.string(),
  lastSeq: z.number().int().nonnegative(),
  replicas: z.record(z.string(), ReplicaSchema),
  conflicts: z.record(z.string(), ConflictSchema),
  /** Images the server already has: content-addressed, so one upload is enough forever. */
  assets: z.record(z.string(), z.literal(true)),
  offlineSince: z.string().nullable(),
  lastSyncedAt: z.string().nullable()
})
export type SyncState = z.infer<typeof StateSchema>

// Conflicts hold someone's text: a damaged file is moved aside; a fresh state pulls everything again.
const SYNC_STATE_FILE: JsonFileKind<SyncState> = { version: 1, schema: StateSchema, onDamage: 'reset' }

const EMPTY: SyncState = { server: null, clientId: '', lastSeq: 0, replicas: {}, conflicts: {}, assets: {}, offlineSince: null, lastSyncedAt: null }

export class SyncStateFile {
  private state: SyncState = structuredClone(EMPTY)
  private readonly queue = new WriteQueue()

  private readonly file: JsonFile<SyncState>

  private constructor(private readonly path: string) {
    this.file = new JsonFile(path, SYNC_STATE_FILE)
  }

  static async open(path: string): Promise<SyncStateFile> {
    const file = new SyncStateFile(path)
    const found = await file.file.read()
    if (found.state === 'ok') file.state = found.data
    return file
  }

  get(): Readonly<SyncState> {
    return this.state
  }

  replica(articleId: string): Replica | undefined {
    return this.state.replicas[articleId]
  }

  /** Applies `change` to a copy and writes it; memory follows only once it is on disk. */
  update(change: (draft: SyncState) => void): Promise<SyncState> {
    return this.queue.run(async () => {
      const next = structuredClone(this.state)
      change(next)
      await mkdir(dirname(this.path), { recursive: true, mode: PRIVATE_DIR_MODE })
      await this.file.write(next)
      this.state = next
      return next
    })
  }

  /** A different server is a different history: start over, keeping nothing of the old one. */
  async resetFor(server: string): Promise<void> {
    if (this.state.server === server) return
    await this.update((s) => Object.assign(s, structuredClone(EMPTY), { server, clientId: `app-${randomBytes(12).toString('hex')}` }))
  }
}
