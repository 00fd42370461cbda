import type { AppInfo } from '../../shared/ipc'
import type { ArticleStore } from '../store/article-store'
import type { SettingsFile } from '../settings/settings-file'
import { articleServices } from './articles'
import type { Services } from './services'

export interface ServiceDeps {
  store: ArticleStore
  settings: SettingsFile
  info: AppInfo
  /** Told when the language changes, so the desktop menu can follow. */
  onSettingsChanged?: () => void
}

export function createServices(deps: ServiceDeps): Services {
  return {
    'app.info': async () => deps.info,
    'settings.get': async () => deps.settings.get(),
    'settings.update': async (change) => {
      const settings = await deps.settings.update(change)
      deps.onSettingsChanged?.()
      return settings
    },
    ...articleServices(deps.store)
  }
}
