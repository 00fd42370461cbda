// A newsroom desk wired as openRedaksi wires it (store, settings, profiles, notes, sync hub, the
// services behind dispatch), and the script of every store operation the power-loss test records,
// each driven through the channel the app itself uses. Only the idle caches' timers are pushed out
// of the way, so that what is recorded is each operation's own writes, the same on every run.
import { join } from 'node:path'
import type { Article, ArticleDraft } from '../../../src/shared/article'
import type { Channel, RequestOf, ResponseOf } from '../../../src/shared/ipc'
import { createDispatch, type Dispatch } from '../../../src/main/services/dispatch'
import { createServices } from '../../../src/main/services/create-services'
import { SettingsFile } from '../../../src/main/settings/settings-file'
import { openArticleStore, userOpenReport, type ArticleStore, type StoreOptions } from '../../../src/main/store'
import { SyncHub } from '../../../src/main/sync'
import { NoteStore } from '../../../src/main/workflow/note-store'
import { ProfilesFile } from '../../../src/main/workflow/profiles-file'

const HOUR = 3_600_000
export const STORE_OPTIONS: StoreOptions = { indexFlushDelayMs: HOUR, searchPersistDelayMs: HOUR, searchUnloadAfterMs: HOUR }

export const deskPaths = (root: string) => ({
  data: join(root, 'data'),
  store: join(root, 'data', 'store'),
  settings: join(root, 'data', 'settings.json'),
  profiles: join(root, 'data', 'profiles.json')
})

export interface Desk {
  dispatch: Dispatch
  store: ArticleStore
  notes: NoteStore
  profiles: ProfilesFile
  close(): Promise<void>
}

export async function openDesk(root: string): Promise<Desk> {
  const paths = deskPaths(root)
  const store = await openArticleStore(paths.store, STORE_OPTIONS)
  const settings = await SettingsFile.open(paths.settings)
  const profiles = await ProfilesFile.open(paths.profiles)
  const notes = new NoteStore(paths.store)
  const sync = await SyncHub.open(join(paths.data, 'sync'), store, notes, { language: () => settings.get().language })
  const info = { name: 'Redaksi', version: '0.0.0-test', transport: 'browser' as const, storeDir: paths.store, filesDir: null, openReport: userOpenReport(store.openReport) }
  const services = createServices({ store, settings, profiles, notes, sync, info })
  const dispatch = createDispatch(services, (message, error) => console.error(message, error))
  return {
    dispatch,
    store,
    notes,
    profiles,
    close: async () => {
      await sync.close()
      await store.close()
    }
  }
}

export async function call<C extends Channel>(desk: Desk, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await desk.dispatch(channel, request)
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
  return result.value as ResponseOf<C>
}

function cleanDraft(headline: string, text: string): ArticleDraft {
  return {
    headline,
    section: 'megapolitan',
    published: null,
    dateline: { city: 'JAKARTA', outlet: 'KOMPAS.TV' },
    penulis: ['Haryo Jati'],
    editor: [],
    sumber: ['Antara'],
    featuredImage: null,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    tags: []
  }
}

/** What the script remembers between operations: the articles and profiles it made. */
interface Made {
  a?: Article
  b?: Article
  writer?: string
  editor?: string
}

export interface Operation {
  name: string
  run(desk: Desk, made: Made): Promise<void>
}

const move = async (desk: Desk, article: Article, action: RequestOf<'workflow.transition'>['action']): Promise<Article> =>
  call(desk, 'workflow.transition', { id: article.id, rev: article.rev, action })

/** A script runs on a desk opened before recording starts, or records the desk's first open too. */
export interface Script {
  name: string
  /** Recorded as operation 0: opening a store folder that does not exist yet. */
  opensNewStore: boolean
  ops: Operation[]
}

/** Every store operation, in an order where each leaves the next something to lose. */
const EVERY_OPERATION: Operation[] = [
  { name: 'add a profile', run: async (d, m) => void (m.writer = (await call(d, 'profiles.save', { profile: { name: 'Haryo Jati', initials: 'HJ', role: 'penulis' } })).id) },
  { name: 'switch profile', run: async (d, m) => void (await call(d, 'profiles.switch', { id: m.writer! })) },
  { name: 'create', run: async (d, m) => void (m.a = await call(d, 'articles.create', { draft: cleanDraft('Banjir Rendam Permukiman di Jakarta Timur', 'Banjir merendam ratusan rumah warga.') })) },
  { name: 'save', run: async (d, m) => void (m.a = await call(d, 'articles.save', { id: m.a!.id, rev: m.a!.rev, draft: cleanDraft('Banjir Rendam Ratusan Rumah di Jakarta Timur', 'Banjir merendam ratusan rumah warga sejak Senin.') })) },
  { name: 'add a note', run: async (d, m) => void (await call(d, 'notes.add', { articleId: m.a!.id, body: 'Tolong cek jumlah rumah dengan BPBD.' })) },
  { name: 'status change (submit)', run: async (d, m) => void (m.a = await move(d, m.a!, 'submit')) },
  { name: 'add a second profile', run: async (d, m) => void (m.editor = (await call(d, 'profiles.save', { profile: { name: 'Deni Muliya', initials: 'DM', role: 'editor' } })).id) },
  { name: 'switch profile back', run: async (d, m) => void (await call(d, 'profiles.switch', { id: m.editor! })) },
  { name: 'status change (approve)', run: async (d, m) => void (m.a = await move(d, m.a!, 'approve')) },
  { name: 'create a second', run: async (d, m) => void (m.b = await call(d, 'articles.create', { draft: cleanDraft('Harga Cabai Naik Jelang Lebaran', 'Harga cabai rawit naik dua kali lipat.') })) },
  { name: 'save the second', run: async (d, m) => void (m.b = await call(d, 'articles.save', { id: m.b!.id, rev: m.b!.rev, draft: cleanDraft('Harga Cabai Rawit Naik Jelang Lebaran', 'Harga cabai rawit naik dua kali lipat pekan ini.') })) },
  {
    name: 'restore a revision',
    run: async (d, m) => {
      const first = (await call(d, 'articles.revisions', { id: m.b!.id })).find((r) => r.rev === 1)!
      m.b = await call(d, 'articles.restoreRevision', { id: m.b!.id, revId: first.revId, rev: m.b!.rev })
    }
  },
  { name: 'add a note on the second', run: async (d, m) => void (await call(d, 'notes.add', { articleId: m.b!.id, body: 'Judul sudah sesuai.' })) },
  { name: 'spike', run: async (d, m) => void (m.b = await call(d, 'articles.spike', { id: m.b!.id, rev: m.b!.rev })) },
  { name: 'unspike', run: async (d, m) => void (m.b = await move(d, m.b!, 'unspike')) },
  { name: 'spike again', run: async (d, m) => void (m.b = await call(d, 'articles.spike', { id: m.b!.id, rev: m.b!.rev })) },
  // The app has no channel for emptying the trash yet: the store's own call, as the CLI would make it.
  { name: 'empty trash', run: async (d) => void (await d.store.emptyTrash()) },
  {
    name: 'change a profile',
    run: async (d, m) => void (await call(d, 'profiles.save', { profile: { id: m.editor!, name: 'Deni Muliya', initials: 'DEM', role: 'redaktur-pelaksana' } }))
  }
]

export const SCRIPTS: Script[] = [
  { name: 'every store operation', opensNewStore: false, ops: EVERY_OPERATION },
  {
    // The first run: the store, its folders and lock are made, and a piece is written before
    // anything else (no profile yet, so nothing else has synced the data folder).
    name: 'first run',
    opensNewStore: true,
    ops: [EVERY_OPERATION[2]!, EVERY_OPERATION[3]!, EVERY_OPERATION[0]!]
  }
]

export type { Made }
