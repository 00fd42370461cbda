import { dirname, join, resolve } from 'node:path'
import type { AppInfo } from '../shared/ipc'
import type { StoreOpenReport } from '../shared/open-report'
import type { DataPaths } from './paths'
import { createDispatch, type Dispatch } from './services/dispatch'
import { createServices, type ServiceDeps } from './services/create-services'
import type { Services } from './services/services'
import { SettingsFile } from './settings/settings-file'
import { openArticleStore, userOpenReport, type ArticleStore } from './store'
import { NoteStore } from './workflow/note-store'
import { ProfilesFile } from './workflow/profiles-file'
import { SyncHub, type SyncHubOptions } from './sync'
import { warmSpellerSoon } from './spelling/indonesian-speller'

// The dictionary is loaded this long after start-up, before the first article asks (decision 0117).
const SPELLER_WARM_AFTER_MS = 1500

export interface Redaksi {
  services: Services
  dispatch: Dispatch
  store: ArticleStore
  settings: SettingsFile
  sync: SyncHub
  openReport: StoreOpenReport
  close(): Promise<void>
}

/** Opens the store and settings and wires the services: shared by the desktop app and the browser host. */
export async function openRedaksi(
  paths: DataPaths,
  info: Omit<AppInfo, 'storeDir' | 'openReport' | 'filesDir'>,
  hooks: Pick<ServiceDeps, 'onSettingsChanged' | 'onCloseReady' | 'desktop'> & { filesDir?: string; warmSpeller?: boolean } = {},
  syncOptions: SyncHubOptions = {}
): Promise<Redaksi> {
  const store = await openArticleStore(paths.storeDir)
  // The reasons are diagnostics for whoever reads the log; the user is told through `openReport`.
  for (const damaged of store.openReport.quarantined) {
    console.warn(`[redaksi] moved a damaged file aside: ${damaged.file} (${damaged.articleId ?? 'unknown article'}): ${damaged.reason}`)
  }
  const openReport = userOpenReport(store.openReport)
  const settings = await SettingsFile.open(paths.settingsFile)
  // Profiles belong to this computer, like settings; notes travel with the store's articles.
  const profiles = await ProfilesFile.open(join(dirname(paths.settingsFile), 'profiles.json'))
  const notes = new NoteStore(paths.storeDir)
  // The session and outbox belong to this data folder, like profiles; a store copied elsewhere
  // carries no token. Nothing runs here until someone signs in.
  const sync = await SyncHub.open(join(dirname(paths.settingsFile), 'sync'), store, notes, { language: () => settings.get().language, ...syncOptions })
  // Without the desktop's dialogs, exports go inside the files folder: by default the data folder.
  const filesDir = hooks.desktop ? null : resolve(hooks.filesDir ?? dirname(paths.settingsFile))
  const { filesDir: _given, warmSpeller = false, ...serviceHooks } = hooks
  const services = createServices({ store, settings, profiles, notes, sync, info: { ...info, storeDir: paths.storeDir, openReport, filesDir }, ...serviceHooks })
  const dispatch = createDispatch(
    services,
    (message, error) => console.error(`[redaksi] ${message}`, error),
    () => settings.get().language
  )
  // The app's windows ask for it: a CLI command or a test's child process loads it only if it checks spelling.
  const stopWarming = warmSpeller ? warmSpellerSoon(SPELLER_WARM_AFTER_MS) : () => undefined
  const close = async (): Promise<void> => {
    stopWarming()
    await sync.close()
    await store.close()
  }
  return { services, dispatch, store, settings, sync, openReport, close }
}
