// One LISTEN connection per server process, fanned out to every SSE client of that process. Each
// process hears every other's NOTIFY through PostgreSQL, so a change through process 1 reaches a
// client listening on process 2 (decision 0020). When the connection drops (PostgreSQL restarted)
// it reconnects and tells every client the current seq, since notifications sent while it was
// away are lost: a pull then finds what it missed. A set-up that fails closes its connection and
// the next attempt waits longer (decision 0029).
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

/** Waits between LISTEN attempts: doubling from the first, capped, back to the first once listening. */
export const LISTEN_RETRY_MS = { first: 250, max: 8000 }

export class SyncEvents {
  private readonly listeners = new Set<Listener>()
  private client: PoolClient | null = null
  private stopped = false
  private retry: NodeJS.Timeout | null = null
  private wait = LISTEN_RETRY_MS.first

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
    let client: PoolClient | null = null
    try {
      client = (await this.pool.connect()) as PoolClient
      const mine = client
      mine.on('notification', (m) => {
        if (m.channel === SYNC_CHANNEL && m.payload && this.client === mine) this.emit(Number(m.payload))
      })
      mine.on('error', (err) => this.lost(mine, err))
      await mine.query(`listen ${SYNC_CHANNEL}`)
      // Whatever was committed while nobody listened: clients pull from their own last seq.
      const seq = await currentSeq(mine)
      if (this.stopped) return mine.release(true)
      this.client = mine
      this.wait = LISTEN_RETRY_MS.first
      this.emit(seq)
    } catch (err) {
      // A connection that could not be made to listen goes back to the pool closed, never kept:
      // held, it would be one pool slot fewer for every failed attempt.
      if (client && this.client !== client) client.release(err instanceof Error ? err : true)
      this.log.warn({ err, retryInMs: this.wait }, 'sync events: cannot listen; retrying')
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
    this.log.warn({ err, retryInMs: this.wait }, 'sync events: connection lost; reconnecting')
    client.release(err)
    this.schedule()
  }

  private schedule(): void {
    if (this.stopped || this.retry) return
    const wait = this.wait
    this.wait = Math.min(this.wait * 2, LISTEN_RETRY_MS.max)
    this.retry = setTimeout(() => {
      this.retry = null
      void this.start()
    }, wait)
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
