// What sync remembers between runs: the last sequence number pulled, the server's rev of each
// article next to the local rev it was applied as, conflicts waiting for a person, and since when
// the server has been out of reach. Written durably on every change, like the outbox.
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { ArticleSchema } from '../../shared/article'
import { WriteQueue, writeFileDurably } from '../files'

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
  schemaVersion: z.literal(1),
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

const EMPTY: SyncState = { schemaVersion: 1, server: null, clientId: '', lastSeq: 0, replicas: {}, conflicts: {}, assets: {}, offlineSince: null, lastSyncedAt: null }

export class SyncStateFile {
  private state: SyncState = structuredClone(EMPTY)
  private readonly queue = new WriteQueue()

  private constructor(private readonly path: string) {}

  static async open(path: string): Promise<SyncStateFile> {
    const file = new SyncStateFile(path)
    let text: string | null = null
    try {
      text = await readFile(path, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    }
    if (text !== null) {
      let json: unknown = null
      try {
        json = JSON.parse(text)
      } catch {
        json = null
      }
      const parsed = StateSchema.safeParse(json)
      if (parsed.success) file.state = parsed.data
      // Conflicts hold someone's text: keep the file aside; a fresh state pulls everything again.
      else await rename(path, `${path}.damaged-${Date.now()}`)
    }
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
      await mkdir(dirname(this.path), { recursive: true })
      await writeFileDurably(this.path, JSON.stringify(next))
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
