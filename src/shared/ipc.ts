import { z } from 'zod'
import {
  ArticleDraftSchema,
  AssetRefSchema,
  RevIdSchema,
  StatusSchema,
  type Article,
  type ArticleSummary
} from './article'
import {
  exchangeRequests,
  type ExportedContent,
  type ExportedFiles,
  type ExportJobStatus,
  type ImportOutcome
} from './exchange'
import type { Result } from './result'
import type { SyncStatus } from './sync-status'
import type { FindingList } from './kompas/finding-list'
import { MAX_TARGETS_ASKED, type TargetState } from './kompas/check-context'
import {
  ProfileInputSchema,
  WorkflowActionSchema,
  type Note,
  type Profile,
  type QueueItem,
  type RevisionSummary
} from './workflow'

/**
 * The whole contract between the renderer and main, in one map: channel name → request schema
 * and response type. Main's handlers, the preload's `window.redaksi`, the browser bridge and the
 * `Window` typing are all derived from it, so nothing here is kept in sync by hand.
 */

/** Carries the response type without a runtime value, so the map stays plain data. */
function channel<Response>() {
  return <Request extends z.ZodType>(request: Request) => ({
    request,
    response: undefined as unknown as Response
  })
}

const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'id berisi karakter yang tidak sah')
const Rev = z.number().int().nonnegative()

import { Language, SettingsChangeSchema, type Settings } from './settings'
import { ArchiveScopeSchema, type ArchiveScope } from './sync/scope'
import type { StoreOpenReport } from './open-report'
import { MAX_IMAGE_BYTES } from './image-bytes'

export { Language, SettingsChangeSchema, type Settings }

export interface AppInfo {
  name: string
  version: string
  storeDir: string
  transport: 'electron' | 'browser'
  /**
   * The browser host's files folder, inside which every export goes (`--files-dir`); null where
   * exports go into a folder the system's dialog returned (the desktop app).
   */
  filesDir: string | null
  /** What opening the store set aside or repaired, shown once as a notice. */
  openReport: StoreOpenReport
}


/** Names used in earlier articles, most used first, for the penulis, editor and sumber fields. */
export interface NameSuggestions {
  penulis: string[]
  editor: string[]
  sumber: string[]
}

// What the sync channels answer lives in sync-status.ts; re-exported so callers keep one import.
export type { SyncAccount, SyncChange, SyncPhase, SyncStatus } from './sync-status'

/**
 * A search hit (issue 9, decision 0038): a stored article's summary, or — `onServer: true` — one
 * the newsroom server holds and this machine does not keep; opening it asks `sync.fetch` first.
 */
export type SearchHit = ArticleSummary & { onServer?: true }

/** Search over the local store and the server. `server` says whether the server was asked. */
export interface ArchiveSearch {
  hits: SearchHit[]
  /** `asked`: its hits are in; `skipped`: connected but out of reach, local hits only; `local`: no server. */
  server: 'asked' | 'skipped' | 'local'
}

export { MAX_IMAGE_BYTES } from './image-bytes'
const MAX_IMAGE_BASE64 = Math.ceil(MAX_IMAGE_BYTES / 3) * 4

export interface ArticlePage {
  items: ArticleSummary[]
  total: number
}

export const contract = {
  'app.info': channel<AppInfo>()(z.object({}).strict()),
  /** The renderer's answer to `window.closing`: pending saves are flushed (or failed). */
  'app.closeReady': channel<null>()(z.object({ saved: z.boolean() }).strict()),
  'settings.get': channel<Settings>()(z.object({}).strict()),
  'settings.update': channel<Settings>()(SettingsChangeSchema),
  'articles.list': channel<ArticlePage>()(
    z
      .object({
        status: StatusSchema.optional(),
        section: z.string().max(64).optional(),
        author: z.string().max(200).optional(),
        offset: z.number().int().nonnegative().max(1_000_000).optional(),
        limit: z.number().int().positive().max(500).optional(),
        sort: z.enum(['updated-desc', 'updated-asc']).optional()
      })
      .strict()
  ),
  'articles.search': channel<SearchHit[]>()(
    z.object({ text: z.string().max(500), limit: z.number().int().positive().max(200).optional() }).strict()
  ),
  'articles.create': channel<Article>()(z.object({ draft: ArticleDraftSchema.partial().optional() }).strict()),
  'articles.get': channel<Article>()(z.object({ id: Id }).strict()),
  'articles.save': channel<Article>()(z.object({ id: Id, rev: Rev, draft: ArticleDraftSchema }).strict()),
  'articles.spike': channel<Article>()(z.object({ id: Id, rev: Rev }).strict()),
  /** Deletes a draft nothing was typed in and that never went to the desk (decision 0076); refuses anything else. */
  'articles.discardEmpty': channel<null>()(z.object({ id: Id, rev: Rev }).strict()),
  'articles.names': channel<NameSuggestions>()(z.object({}).strict()),
  /**
   * What the Baca Juga blocks of an open article need of their targets, for all of them in one call
   * and from the summaries in memory (decision 0113): each found id's state; an id left out is not
   * in the store. The house-style check at submit still reads each target's file (workflow).
   */
  'articles.targets': channel<Record<string, TargetState>>()(z.object({ ids: z.array(Id).min(1).max(MAX_TARGETS_ASKED) }).strict()),
  'assets.put': channel<{ asset: string }>()(
    z
      .object({
        fileName: z.string().min(1).max(255),
        // Base64 keeps one encoding for both transports; 25 MB of image is ~34 MB of text.
        base64: z.string().max(MAX_IMAGE_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'bukan base64')
      })
      .strict()
  ),
  'assets.get': channel<{ base64: string; mimeType: string }>()(z.object({ asset: AssetRefSchema }).strict()),

  // Export and import (issue 6): main writes to the folders the user picked; the renderer names
  // formats and ids. import.text/import.bundle serve the browser transport, where the renderer
  // reads the file itself. Schemas and types live in exchange.ts.
  'export.article': channel<ExportedFiles>()(exchangeRequests.exportArticle),
  'export.content': channel<ExportedContent>()(exchangeRequests.exportContent),
  'export.batch': channel<ExportJobStatus>()(exchangeRequests.exportBatch),
  'export.progress': channel<ExportJobStatus>()(exchangeRequests.exportJob),
  'export.cancel': channel<ExportJobStatus>()(exchangeRequests.exportJob),
  // Imports come as the file's bytes, which the renderer read from a file the user picked or
  // dropped: no channel takes a path to read (decision 0074).
  'import.text': channel<ImportOutcome>()(exchangeRequests.importText),
  'import.bundle': channel<ImportOutcome>()(exchangeRequests.importBundle),
  /** The system's folder picker; null where there is none (the browser host) or when cancelled. */
  'desktop.chooseFolder': channel<string | null>()(z.object({}).strict()),
  /** Opens an HTML file this session exported in the system browser; false where there is none. */
  'desktop.openExported': channel<boolean>()(z.object({ path: z.string().min(1).max(4096) }).strict()),

  // Review and approval (issue 5): profiles, status moves, the queue, house-style findings of the
  // stored article, editor notes, and revisions for the compare view. Rules in shared/workflow.ts.
  'profiles.list': channel<{ profiles: Profile[]; currentId: string | null }>()(z.object({}).strict()),
  'profiles.save': channel<Profile>()(z.object({ profile: ProfileInputSchema }).strict()),
  'profiles.switch': channel<Profile>()(z.object({ id: Id }).strict()),
  'workflow.transition': channel<Article>()(
    z
      .object({
        id: Id,
        rev: Rev,
        action: WorkflowActionSchema,
        note: z.string().max(5000).optional(),
        overrideWarnings: z.boolean().optional()
      })
      .strict()
  ),
  'workflow.queue': channel<{ items: QueueItem[] }>()(z.object({}).strict()),
  'workflow.check': channel<FindingList>()(z.object({ id: Id }).strict()),
  'notes.list': channel<Note[]>()(z.object({ articleId: Id }).strict()),
  'notes.add': channel<Note>()(
    z.object({ articleId: Id, body: z.string().trim().min(1).max(5000), parentId: Id.optional() }).strict()
  ),
  'notes.resolve': channel<Note>()(z.object({ articleId: Id, noteId: Id, resolved: z.boolean() }).strict()),
  'articles.revisions': channel<RevisionSummary[]>()(z.object({ id: Id }).strict()),
  'articles.revision': channel<Article>()(z.object({ id: Id, revId: RevIdSchema }).strict()),
  /** Which of these words the Indonesian dictionary does not know, with suggestions. */
  'spelling.check': channel<{ misspelled: { word: string; suggestions: string[] }[] }>()(
    z.object({ words: z.array(z.string().min(1).max(64)).max(5000) }).strict()
  ),
  /** Makes an earlier version current again; the restore is itself a new revision. */
  'articles.restoreRevision': channel<Article>()(z.object({ id: Id, revId: RevIdSchema, rev: Rev }).strict()),

  // The newsroom server (issue 9): sign in and out, the sync state the app always shows, and what
  // the user decides about refused and conflicting changes. A store without a server answers
  // `phase: 'local'` and refuses the rest with sync.not-connected.
  'sync.status': channel<SyncStatus>()(z.object({}).strict()),
  'sync.login': channel<SyncStatus>()(
    z.object({ server: z.string().trim().min(1).max(500), login: z.string().trim().min(1).max(100), password: z.string().min(1).max(1000) }).strict()
  ),
  'sync.logout': channel<SyncStatus>()(z.object({}).strict()),
  'sync.now': channel<SyncStatus>()(z.object({}).strict()),
  /** Both versions of a conflicting article, for the compare view. */
  'sync.conflict': channel<{ server: Article; local: Article }>()(z.object({ articleId: Id }).strict()),
  /**
   * Settles a conflict: take the server's version, keep the local one (sent again on the server's
   * rev), a hand-merged draft, or both as two articles (the local text becomes a new article).
   */
  'sync.resolve': channel<Article>()(
    z.discriminatedUnion('take', [
      z.object({ articleId: Id, take: z.enum(['server', 'local', 'both']) }).strict(),
      z.object({ articleId: Id, take: z.literal('merged'), draft: ArticleDraftSchema }).strict()
    ])
  ),
  /** Sends a refused change again (after the user fixed what the reason named). */
  'sync.retry': channel<SyncStatus>()(z.object({ changeId: Id }).strict()),
  /** Gives a refused change up: the server's version of the article replaces the local one. */
  'sync.discard': channel<SyncStatus>()(z.object({ changeId: Id }).strict()),
  // The part of the archive kept here, and search beyond it (decisions 0037, 0038). A store without
  // a server answers its own hits (`server: 'local'`) and the whole-archive scope.
  /** Local hits first, then the server's for pieces not kept here (`onServer: true`). */
  'sync.search': channel<ArchiveSearch>()(z.object({ text: z.string().max(500), limit: z.number().int().positive().max(200).optional() }).strict()),
  /** Brings a server hit into the local store (with its notes), as a pull would; returns it. */
  'sync.fetch': channel<Article>()(z.object({ id: Id }).strict()),
  'sync.scope': channel<ArchiveScope>()(z.object({}).strict()),
  /** A different scope pulls again from 0; what falls outside is dropped unless own or unsent. */
  'sync.setScope': channel<ArchiveScope>()(ArchiveScopeSchema)
} as const

/** Re-exported: the compare view names revisions next to the channels that return them. */
export type { Note, Profile, QueueItem, RevisionSummary }

export type Contract = typeof contract
export type Channel = keyof Contract
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>
/** The request as a handler sees it: validated and with defaults applied. */
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>
export type ResponseOf<C extends Channel> = Contract[C]['response']

export const channels = Object.keys(contract) as Channel[]

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}

/** Main → renderer notices: the menu asks the UI to show something, the store says what changed. */
export const noticeSchemas = {
  'article.opened': z.object({ id: Id }),
  'language.changed': z.object({ language: Language }),
  /** A menu item that opens a dialog in the UI (the dialog then calls the services). */
  'menu.command': z.object({ command: z.enum(['export', 'export-approved', 'import', 'new-article']) }),
  /** The desktop window is about to close: flush pending saves, then answer app.closeReady. */
  'window.closing': z.object({}),
  /**
   * Stored articles changed (sync applied the server's version: `remote`; a save or a decision on
   * this machine: `local`), so the list and an open article can read them again. Sent by both
   * hosts: Electron over IPC, the browser host over its server-sent events.
   */
  'articles.changed': z.object({ ids: z.array(Id).min(1).max(1000), origin: z.enum(['local', 'remote']) })
} as const
export type Notice = keyof typeof noticeSchemas
export type NoticeOf<N extends Notice> = z.infer<(typeof noticeSchemas)[N]>
export const notices = Object.keys(noticeSchemas) as Notice[]

type Namespace<C extends string> = C extends `${infer N}.${string}` ? N : never
type MethodsOf<N extends string> = {
  [C in Channel as C extends `${N}.${infer M}` ? M : never]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>
}

/** `window.redaksi`: `articles.save` in the contract is `redaksi.articles.save(…)` here. */
export type RedaksiApi = { [N in Namespace<Channel>]: MethodsOf<N> } & {
  on<N extends Notice>(notice: N, listener: (payload: NoticeOf<N>) => void): () => void
}

/** One function both transports implement: Electron's ipcRenderer.invoke, or fetch to the host. */
export type Invoke = (channel: Channel, request: unknown) => Promise<Result<unknown>>
export type Subscribe = (notice: Notice, listener: (payload: unknown) => void) => () => void
