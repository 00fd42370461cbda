import type { AppInfo } from '../shared/ipc'
import type { DataPaths } from './paths'
import { createDispatch, type Dispatch } from './services/dispatch'
import { createServices } from './services/create-services'
import type { Services } from './services/services'
import { SettingsFile } from './settings/settings-file'
import { openArticleStore, type ArticleStore } from './store/article-store'

export interface Redaksi {
  services: Services
  dispatch: Dispatch
  store: ArticleStore
  settings: SettingsFile
  close(): Promise<void>
}

/** Opens the store and settings and wires the services: shared by the desktop app and the browser host. */
export async function openRedaksi(
  paths: DataPaths,
  info: Omit<AppInfo, 'storeDir'>,
  hooks: { onSettingsChanged?: () => void } = {}
): Promise<Redaksi> {
  const store = await openArticleStore(paths.storeDir)
  for (const damaged of store.openReport.quarantined) {
    console.warn(`[redaksi] moved a damaged file aside: ${damaged.file} (${damaged.articleId ?? 'unknown article'}): ${damaged.reason}`)
  }
  const settings = await SettingsFile.open(paths.settingsFile)
  const services = createServices({ store, settings, info: { ...info, storeDir: paths.storeDir }, ...hooks })
  const dispatch = createDispatch(services, (message, error) => console.error(`[redaksi] ${message}`, error))
  return { services, dispatch, store, settings, close: () => store.close() }
}
