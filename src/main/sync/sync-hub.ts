// Sync for one data folder: the session, the outbox, what sync remembers, and the engine while
// signed in. Without a session nothing here runs and every service answers as a lone store does.
import { hostname } from 'node:os'
import { join } from 'node:path'
import type { Article } from '../../shared/article'
import type { Language, SyncStatus } from '../../shared/ipc'
import { inLanguage, RedaksiFailure } from '../../shared/result'
import { STATUSES } from '../../shared/article'
import { listAllSummaries, type ArticleStore } from '../store'
import type { NoteStore } from '../workflow/note-store'
import { ArchiveFile } from './archive-file'
import { articleOf, sameAuthor, type Author, type OutboxEntry } from './change'
import { Outbox } from './outbox'
import { reconcile } from './reconcile'
import { StoreReplica, type ReplicaStore } from './replica-store'
import { ServerClient, serverOrigin } from './server-client'
import { SessionFile, type Account, type Session } from './session-file'
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
    const session = hub.session.get()
    if (session) {
      await hub.becomeAuthor(session)
      hub.startEngine()
    }
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
      author: authorOf(session),
      actorName: session.account.displayName,
      localArticles: async () => (await listAllSummaries(this.store, { status: [...STATUSES] })).map(({ id, rev }) => ({ id, rev })),
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
      evict: (id) => this.store.evict(id),
      accountAnswered: (account) => this.accountAnswered(session, account)
    }
  }

  /**
   * The role and name the server gives the account now replace the ones of the sign-in (decision
   * 0048), for this session only: a sign-in since then has its own answer.
   */
  private accountAnswered(asked: Session, account: Account): Promise<void> {
    return this.lock.run(async () => {
      const current = this.session.get()
      if (!current || current.token !== asked.token || current.account.id !== account.id || current.account.login !== account.login) return
      if (current.account.role === account.role && current.account.displayName === account.displayName) return
      await this.session.set({ ...current, account: { ...current.account, role: account.role, displayName: account.displayName } })
    })
  }

  /** After the user decided on a refusal: the next round asks who the account is now. */
  askAccount(): void {
    this.engine?.askAccount()
  }

  requireSession(): Session {
    const session = this.session.get()
    if (!session) throw new RedaksiFailure('sync.not-connected')
    return session
  }

  /** From now on changes are queued as this session's account's. */
  private async becomeAuthor(session: Session): Promise<void> {
    const author = authorOf(session)
    this.outbox.setAuthor(author)
    await this.outbox.claimUntagged(author)
  }

  private startEngine(): void {
    this.engine = new SyncEngine(this.parts(), this.options)
    if (this.options.background !== false) this.engine.start()
  }

  async login(server: string, login: string, password: string): Promise<SyncStatus> {
    const origin = serverOrigin(server)
    const { token, account } = await ServerClient.login(origin, login, password, `Redaksi di ${hostname()}`.slice(0, 120))
    await this.engine?.stop()
    // Under the lock: a local change is queued wholly under the old account or wholly under the new.
    await this.lock.run(async () => {
      const session = await this.session.set({ server: origin, token, account, connectedAt: this.now().toISOString() })
      await this.state.resetFor(origin)
      await this.becomeAuthor(session)
    })
    // The engine's first round reconciles the store (reconcile.ts): what was written while
    // nobody was signed in is queued now, as this account's.
    this.startEngine()
    await this.engine!.syncNow().catch(() => undefined)
    return this.status()
  }

  /**
   * Revokes the device token on the server (when it answers) and forgets it here. The account's
   * unsent changes stay queued under its name (the answer's `held` counts them) until it signs in again.
   */
  async logout(): Promise<SyncStatus> {
    const session = this.session.get()
    if (!session) return this.status()
    await this.engine?.stop()
    this.engine = null
    await new ServerClient(session.server, session.token).logout().catch(() => undefined)
    await this.lock.run(async () => {
      await this.session.clear()
      this.outbox.setAuthor(null)
    })
    return this.status()
  }

  /** One push and pull now; being offline is reported in the status, not thrown. */
  async syncNow(): Promise<SyncStatus> {
    this.requireSession()
    if (!this.engine) this.startEngine()
    await this.engine!.syncNow().catch(() => undefined)
    return this.status()
  }

  /**
   * Queues what the store holds and the server lacks (reconcile.ts); the engine does this in its
   * first round after every open and login. Returns how many changes it queued.
   */
  reconcile(): Promise<number> {
    return reconcile(this.parts())
  }

  kick(): void {
    this.engine?.kick()
  }

  status(language: Language = this.options.language?.() ?? 'id'): SyncStatus {
    const session = this.session.get()
    const state = this.state.get()
    const all = this.outbox.list()
    const author = session ? authorOf(session) : undefined
    const entries = session ? all.filter((e) => sameAuthor(e.by, author)) : []
    const held = heldFor(all.filter((e) => e.by && !sameAuthor(e.by, author)), language)
    const base = { offlineSince: null, lastSyncedAt: state.lastSyncedAt, problems: [], conflicts: [], lastFailure: null, waiting: 0, held }
    if (!session) return { ...base, phase: 'local', server: null, account: null, waiting: all.length }
    const problems = entries.filter((e) => e.state !== 'pending').map((e) => changeOf(e, language))
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

const authorOf = (session: Session): Author => ({ server: session.server, login: session.account.login })

function changeOf(e: OutboxEntry, language: Language): SyncStatus['problems'][number] {
  return { changeId: e.change.id, kind: e.change.kind, articleId: articleOf(e.change), state: e.state, ...(e.failure ? { failure: inLanguage(e.failure, language) } : {}) }
}

/** Entries of other accounts, grouped by account in the order each first appears. */
function heldFor(entries: OutboxEntry[], language: Language): SyncStatus['held'] {
  const groups = new Map<string, SyncStatus['held'][number]>()
  for (const e of entries) {
    const key = `${e.by!.server} ${e.by!.login}`
    const group = groups.get(key) ?? { server: e.by!.server, login: e.by!.login, count: 0, changes: [] }
    group.changes.push(changeOf(e, language))
    group.count++
    groups.set(key, group)
  }
  return [...groups.values()]
}
