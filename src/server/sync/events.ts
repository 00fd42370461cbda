// One LISTEN connection per server process, fanned out to every SSE client of that process. Each
// process hears every other's NOTIFY through PostgreSQL, so a change through process 1 reaches a
// client listening on process 2 (decision 0020). When the connection drops (PostgreSQL restarted)
// it reconnects and tells every client the current seq, since notifications sent while it was
// away are lost: a pull then finds what it missed.
import type { DbClient, DbPool } from './db'
import { SYNC_CHANNEL } from './db'

type Listener = (seq: number) => void

interface Log {
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
}

type PoolClient = DbClient & {
  on(event: 'notification', f: (m: { channel: string; payload?: string | undefined }) => void): unknown
  on(event: 'error', f: (err: Error) => void): unknown
}

export class SyncEvents {
  private readonly listeners = new Set<Listener>()
  private client: PoolClient | null = null
  private stopped = false
  private retry: NodeJS.Timeout | null = null

  constructor(
    private readonly pool: DbPool,
    private readonly log: Log
  ) {}

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  get size(): number {
    return this.listeners.size
  }

  async start(): Promise<void> {
    if (this.stopped) return
    try {
      const client = (await this.pool.connect()) as PoolClient
      client.on('notification', (m) => {
        if (m.channel === SYNC_CHANNEL && m.payload) this.emit(Number(m.payload))
      })
      client.on('error', (err) => this.lost(client, err))
      await client.query(`listen ${SYNC_CHANNEL}`)
      this.client = client
      // Whatever was committed while nobody listened: clients pull from their own last seq.
      this.emit(await currentSeq(this.pool))
    } catch (err) {
      this.log.warn({ err }, 'sync events: cannot listen; retrying')
      this.schedule()
    }
  }

  async stop(): Promise<void> {
    this.stopped = true
    if (this.retry) clearTimeout(this.retry)
    const client = this.client
    this.client = null
    if (client) {
      await client.query(`unlisten ${SYNC_CHANNEL}`).catch(() => undefined)
      client.release(true)
    }
  }

  private lost(client: PoolClient, err: Error): void {
    if (this.client !== client) return
    this.client = null
    this.log.warn({ err }, 'sync events: connection lost; reconnecting')
    client.release(err)
    this.schedule()
  }

  private schedule(): void {
    if (this.stopped || this.retry) return
    this.retry = setTimeout(() => {
      this.retry = null
      void this.start()
    }, 500)
    this.retry.unref()
  }

  private emit(seq: number): void {
    for (const listener of this.listeners) listener(seq)
  }
}

export async function currentSeq(db: Pick<DbPool, 'query'>): Promise<number> {
  const { rows } = await db.query<{ seq: string }>('select seq from sync_counter')
  return Number(rows[0]?.seq ?? 0)
}
