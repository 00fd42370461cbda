// Keeps one signed-in data folder in step with its server: push the outbox, pull since the last
// sequence number, then wait for a live event, a new change, or the next retry. Offline is a normal
// state, not an error: the round is retried with a growing pause (same change ids every time).
import { SYNC_EVENT, SyncEventSchema } from '../../shared/sync/protocol'
import { failedWith, isFailure, type Failure } from '../../shared/result'
import { readEvents } from './event-stream'
import { pullAll } from './apply-pulled'
import { pushOutbox } from './push'
import { reconcile } from './reconcile'
import { sameAuthor } from './change'
import type { SyncParts } from './sync-parts'

export interface EngineOptions {
  /** First pause after a failed round; doubles up to `maxBackoffMs`. */
  backoffMs?: number
  maxBackoffMs?: number
  /** A pull now and then even without events (a proxy that drops the stream says nothing); 5 s by default. */
  idlePullMs?: number
}

/** How often a round asks who the account is now, when nothing else gives a reason to (decision 0048). */
const ACCOUNT_EVERY_MS = 60_000

const OFFLINE_REASONS = ['sync.offline', 'sync.database'] as const
const SIGNED_OUT_REASONS = ['auth.no-token', 'auth.token-expired', 'auth.token-revoked', 'auth.disabled'] as const

export class SyncEngine {
  private running = false
  private wake: (() => void) | null = null
  private wakeListener: (() => void) | null = null
  private kicked = false
  private backoff = 0
  private round: Promise<void> | null = null
  private readonly abort = new AbortController()
  private loops: Promise<void>[] = []
  /** Why the last round failed, when it was not being offline (the user must act). */
  lastFailure: Failure | null = null
  signedOut = false
  /** Whether this engine has matched the store against the outbox yet (once per open and login). */
  private reconciled = false
  /** When the account was last asked for (0: not yet), and whether the next round must ask. */
  private accountAskedAt = 0
  private accountDue = true

  constructor(
    private readonly parts: SyncParts,
    private readonly options: EngineOptions = {},
    private readonly onChange: () => void = () => undefined
  ) {}

  start(): void {
    if (this.running) return
    this.running = true
    this.parts.outbox.onChange(() => this.kick())
    this.loops = [this.loop(), this.listen()]
  }

  async stop(): Promise<void> {
    this.running = false
    this.abort.abort()
    this.kick()
    await Promise.allSettled(this.loops)
    await this.round?.catch(() => undefined)
  }

  /** Asks for a round as soon as the current one (if any) is done. */
  kick(): void {
    this.kicked = true
    this.wake?.()
  }

  /** The next round asks the server who the account is now (after the user decided on a refusal). */
  askAccount(): void {
    this.accountDue = true
    this.kick()
  }

  /** One push and pull now; rounds never overlap. Throws what the round failed with. */
  syncNow(): Promise<void> {
    const previous = this.round ?? Promise.resolve()
    const next = previous.catch(() => undefined).then(() => this.once())
    this.round = next
    return next
  }

  private async once(): Promise<void> {
    try {
      if (!this.reconciled) {
        await reconcile(this.parts)
        this.reconciled = true
      }
      await pushOutbox(this.parts)
      await pullAll(this.parts)
      await this.refreshAccount()
      // A pull can settle a conflict's server side; anything queued meanwhile goes out next round.
      const at = this.parts.now().toISOString()
      await this.parts.state.update((s) => {
        s.offlineSince = null
        s.lastSyncedAt = at
      })
      this.lastFailure = null
      this.signedOut = false
      // Back from offline: listen again now rather than after the listener's own pause.
      if (this.backoff > 0) this.wakeListener?.()
      this.backoff = 0
    } catch (err) {
      if (failedWith(err, ...OFFLINE_REASONS)) {
        if (this.parts.state.get().offlineSince === null) {
          const at = this.parts.now().toISOString()
          await this.parts.state.update((s) => void (s.offlineSince = at)).catch(() => undefined)
        }
      } else if (failedWith(err, ...SIGNED_OUT_REASONS)) {
        this.signedOut = true
        this.lastFailure = err.failure
      } else if (isFailure(err)) {
        this.lastFailure = err.failure
      }
      const base = this.options.backoffMs ?? 1000
      this.backoff = Math.min(this.options.maxBackoffMs ?? 30_000, this.backoff === 0 ? base : this.backoff * 2)
      throw err
    } finally {
      this.onChange()
    }
  }

  /**
   * The role the app acts with is the one the sign-in answered; an admin may have changed it since.
   * Asked at the first round, back from offline, while a refusal waits, after the user's decision
   * on one, and once a minute. Failing to ask changes nothing: the server decides pushes anyway.
   */
  private async refreshAccount(): Promise<void> {
    if (!this.parts.accountAnswered) return
    const now = this.parts.now().getTime()
    const refusalWaits = this.parts.outbox.list().some((e) => e.state === 'refused' && sameAuthor(e.by, this.parts.author))
    if (!this.accountDue && this.backoff === 0 && !refusalWaits && now - this.accountAskedAt < ACCOUNT_EVERY_MS) return
    this.accountDue = false
    this.accountAskedAt = now
    const account = await this.parts.client.me().catch(() => null)
    if (account) await this.parts.accountAnswered(account)
  }

  private async loop(): Promise<void> {
    while (this.running) {
      this.kicked = false
      // Signed out: nothing will succeed until the user signs in again (a new engine then).
      if (!this.signedOut) await this.syncNow().catch(() => undefined)
      if (!this.running) return
      if (!this.kicked) await this.sleep(this.backoff > 0 ? this.backoff : (this.options.idlePullMs ?? 5000))
    }
  }

  /** The live feed: pull on every event newer than what we have; reconnect when it drops. */
  private async listen(): Promise<void> {
    while (this.running) {
      try {
        const stream = await this.parts.client.events(this.abort.signal)
        // Connected: whatever happened while we were not listening is pulled now.
        this.kick()
        for await (const event of readEvents(stream)) {
          if (event.event !== SYNC_EVENT) continue
          const parsed = SyncEventSchema.safeParse(safeJson(event.data))
          if (parsed.success && parsed.data.seq > this.parts.state.get().lastSeq) this.kick()
        }
      } catch {
        // Offline or dropped: the round loop reports it; here we only wait and listen again.
      }
      if (this.running) await this.sleepFor(Math.max(this.backoff, this.options.backoffMs ?? 1000))
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms)
      function done(): void {
        clearTimeout(timer)
        resolve()
      }
      this.wake = () => {
        this.wake = null
        done()
      }
    })
  }

  private sleepFor(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer)
        this.wakeListener = null
        resolve()
      }
      const timer = setTimeout(done, ms)
      this.wakeListener = done
      this.abort.signal.addEventListener('abort', done, { once: true })
    })
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
