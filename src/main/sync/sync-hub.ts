// Sync for one data folder: the session, the outbox, what sync remembers, and the engine while
// signed in. Without a session nothing here runs and every service answers as a lone store does.
import { hostname } from 'node:os'
import { join } from 'node:path'
import type { Article } from '../../shared/article'
import type { Language, SyncStatus } from '../../shared/ipc'
import { inLanguage, RedaksiFailure } from '../../shared/result'
import type { ArticleStore } from '../store'
import type { NoteStore } from '../workflow/note-store'
import { ArchiveFile } from './archive-file'
import { articleOf } from './change'
import { Outbox } from './outbox'
import { StoreReplica, type ReplicaStore } from './replica-store'
import { ServerClient, serverOrigin } from './server-client'
import { SessionFile, type Session } from './session-file'
import { SyncEngine, type EngineOptions } from './sync-engine'
import type { SyncParts } from './sync-parts'
import { SyncStateFile } from './sync-state-file'
import { WriteQueue } from '../files'

export interface SyncHubOptions extends EngineOptions {
  /** Start the background engine when signed in (the CLI syncs on demand instead). */
  background?: boolean
  now?: () => Date
  language?: () => Language
}

export class SyncHub {
  private engine: SyncEngine | null = null
  /** One local change and its queueing, or one server version being applied, at a time. */
  readonly lock = new WriteQueue()
  private constructor(
    readonly session: SessionFile,
    readonly outbox: Outbox,
    readonly state: SyncStateFile,
    readonly replica: ReplicaStore,
    private readonly store: ArticleStore,
    private readonly notes: NoteStore,
    private readonly options: SyncHubOptions,
    /** The part of the archive kept here, and the newsroom's names (decision 0037). */
    readonly archive: ArchiveFile
  ) {}

  /** `dir` is the data folder's `sync/` folder: beside settings.json, never inside the store. */
  static async open(dir: string, store: ArticleStore, notes: NoteStore, options: SyncHubOptions = {}): Promise<SyncHub> {
    const hub = new SyncHub(
      await SessionFile.open(join(dir, 'session.json')),
      await Outbox.open(join(dir, 'outbox.json'), options.now),
      await SyncStateFile.open(join(dir, 'state.json')),
      new StoreReplica(store),
      store,
      notes,
      options,
      await ArchiveFile.open(join(dir, 'archive.json'))
    )
    if (hub.session.get()) hub.startEngine()
    return hub
  }

  connected(): boolean {
    return this.session.get() !== null
  }

  private now(): Date {
    return this.options.now?.() ?? new Date()
  }

  parts(session: Session = this.requireSession()): SyncParts {
    return {
      client: new ServerClient(session.server, session.token),
      outbox: this.outbox,
      state: this.state,
      replica: this.replica,
      notes: this.notes,
      hasAsset: (ref) => this.store.hasAsset(ref),
      readAsset: (ref) => this.store.readAsset(ref),
      putAsset: (bytes, name) => this.store.putAsset(bytes, name),
      now: () => this.now(),
      lock: this.lock,
      archive: this.archive,
      evict: (id) => this.store.evict(id)
    }
  }

  requireSession(): Session {
    const session = this.session.get()
    if (!session) throw new RedaksiFailure('sync.not-connected')
    return session
  }

  private startEngine(): void {
    this.engine = new SyncEngine(this.parts(), this.options)
    if (this.options.background !== false) this.engine.start()
  }

  async login(server: string, login: string, password: string): Promise<SyncStatus> {
    const origin = serverOrigin(server)
    const { token, account } = await ServerClient.login(origin, login, password, `Redaksi di ${hostname()}`.slice(0, 120))
    await this.engine?.stop()
    await this.session.set({ server: origin, token, account, connectedAt: this.now().toISOString() })
    await this.state.resetFor(origin)
    this.startEngine()
    await this.engine!.syncNow().catch(() => undefined)
    return this.status()
  }

  /** Revokes the device token on the server (when it answers) and forgets it here. */
  async logout(): Promise<SyncStatus> {
    const session = this.session.get()
    if (!session) return this.status()
    await this.engine?.stop()
    this.engine = null
    await new ServerClient(session.server, session.token).logout().catch(() => undefined)
    await this.session.clear()
    return this.status()
  }

  /** One push and pull now; being offline is reported in the status, not thrown. */
  async syncNow(): Promise<SyncStatus> {
    this.requireSession()
    if (!this.engine) this.startEngine()
    await this.engine!.syncNow().catch(() => undefined)
    return this.status()
  }

  kick(): void {
    this.engine?.kick()
  }

  status(language: Language = this.options.language?.() ?? 'id'): SyncStatus {
    const session = this.session.get()
    const state = this.state.get()
    const base = { offlineSince: null, lastSyncedAt: state.lastSyncedAt, problems: [], conflicts: [], lastFailure: null, waiting: 0 }
    if (!session) return { ...base, phase: 'local', server: null, account: null, waiting: this.outbox.size }
    const entries = this.outbox.list()
    const problems = entries
      .filter((e) => e.state !== 'pending')
      .map((e) => ({
        changeId: e.change.id,
        kind: e.change.kind,
        articleId: articleOf(e.change),
        state: e.state,
        ...(e.failure ? { failure: inLanguage(e.failure, language) } : {})
      }))
    const conflicts = Object.values(state.conflicts).map((c) => ({ articleId: c.articleId, headline: c.local.headline, at: c.at }))
    const lastFailure = this.engine?.lastFailure ? inLanguage(this.engine.lastFailure, language) : null
    const phase: SyncStatus['phase'] = problems.some((p) => p.state === 'refused')
      ? 'refused'
      : conflicts.length > 0
        ? 'conflict'
        : this.engine?.signedOut
          ? 'signed-out'
          : state.offlineSince
            ? 'offline'
            : entries.length > 0
              ? 'pending'
              : 'synced'
    const { login, displayName, role } = session.account
    return { ...base, phase, server: session.server, account: { login, displayName, role }, waiting: entries.length, offlineSince: state.offlineSince, problems, conflicts, lastFailure }
  }

  /** The local copy of an article by its server id (for conflicts and the CLI). */
  localArticle(serverId: string): Promise<Article | null> {
    return this.replica.get(serverId)
  }

  async close(): Promise<void> {
    await this.engine?.stop()
    this.engine = null
  }
}
