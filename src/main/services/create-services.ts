import { resolve } from 'node:path'
import type { AppInfo } from '../../shared/ipc'
import type { ArticleStore } from '../store'
import type { SettingsFile } from '../settings/settings-file'
import { articleServices } from './articles'
import { desktopServices, type DesktopHooks } from './desktop'
import { misspelled } from '../spelling/indonesian-speller'
import { exchangeServices } from './exchange'
import { imageServices } from './images'
import { noteServices } from './notes'
import { profileServices } from './profiles'
import { workflowServices } from './workflow'
import type { NoteStore } from '../workflow/note-store'
import type { ProfilesFile } from '../workflow/profiles-file'
import type { Services } from './services'

export interface ServiceDeps {
  store: ArticleStore
  settings: SettingsFile
  profiles: ProfilesFile
  notes: NoteStore
  info: AppInfo
  /** Told when the language changes, so the desktop menu can follow. */
  onSettingsChanged?: () => void
  /** The renderer flushed its saves after `window.closing`; only the desktop app asks. */
  onCloseReady?: (saved: boolean) => void
  /** Native dialogs and the system browser; absent in the browser host. */
  desktop?: DesktopHooks
}

export function createServices(deps: ServiceDeps): Services {
  const exchange = exchangeServices(deps.store, {
    outlet: async () => deps.settings.get().outlet,
    actor: () => deps.profiles.current()?.name
  })
  const workflow = workflowServices(deps.store, deps.settings, deps.profiles)
  // Folders written to by an export this session: the only places "open in the browser" may open.
  const exportedDirs = new Set<string>()
  return {
    'app.info': async () => deps.info,
    'spelling.check': async ({ words }) => ({ misspelled: await misspelled(words) }),
    'app.closeReady': async ({ saved }) => {
      deps.onCloseReady?.(saved)
      return null
    },
    'settings.get': async () => deps.settings.get(),
    'settings.update': async (change) => {
      const settings = await deps.settings.update(change)
      deps.onSettingsChanged?.()
      return settings
    },
    ...articleServices(deps.store, deps.settings, deps.profiles),
    ...imageServices(deps.store),
    ...exchange,
    'export.article': async (request) => {
      const result = await exchange['export.article'](request)
      exportedDirs.add(resolve(request.outDir))
      return result
    },
    'export.batch': async (request) => {
      const result = await exchange['export.batch'](request)
      exportedDirs.add(resolve(request.outDir))
      return result
    },
    ...desktopServices(deps.desktop, exportedDirs),
    ...profileServices(deps.profiles),
    ...workflow,
    // The list's "buang" is the workflow's spike: the same table, roles and history, never a side door.
    'articles.spike': ({ id, rev }) => workflow['workflow.transition']({ id, rev, action: 'spike' }),
    ...noteServices(deps.store, deps.notes, deps.profiles)
  }
}
