import type { AppInfo } from '../../shared/ipc'
import { DialogFolders } from '../export/dialog-folders'
import { FilesFolder } from '../export/files-folder'
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
import { archiveServices, connectedProfiles, recorder, syncedIdentity, syncServices, type SyncHub } from '../sync'

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
  /** The newsroom server's side (issue 9); a store that has never signed in behaves as alone. */
  sync: SyncHub
}

export function createServices(deps: ServiceDeps): Services {
  // Signed in to a server, the account acts; otherwise the current local profile, as before.
  const identity = syncedIdentity(deps.sync.session, deps.profiles)
  // The desktop app writes only where its dialog pointed; the browser host only inside its files
  // folder (info.filesDir), and then no dialog grants anything.
  const filesDir = deps.info.filesDir
  const dialogFolders = filesDir === null ? new DialogFolders() : null
  const exchange = exchangeServices(deps.store, {
    folders: filesDir === null ? dialogFolders! : new FilesFolder(filesDir, deps.info.storeDir),
    onWritten: (files) => dialogFolders?.wrote(files),
    outlet: async () => deps.settings.get().outlet,
    actor: () => identity.current()?.name
  })
  const workflow = workflowServices(deps.store, deps.settings, identity)
  const articles = articleServices(deps.store, deps.settings, identity)
  const services: Services = {
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
    ...articles,
    ...imageServices(deps.store),
    ...exchange,
    ...desktopServices(deps.desktop, dialogFolders),
    ...connectedProfiles(deps.sync, profileServices(deps.profiles)),
    ...workflow,
    // The list's "buang" is the workflow's spike: the same table, roles and history, never a side door.
    'articles.spike': ({ id, rev }) => workflow['workflow.transition']({ id, rev, action: 'spike' }),
    ...noteServices(deps.store, deps.notes, identity),
    ...syncServices(deps.sync, deps.store, identity),
    // Search and names reach past the local store when connected (decision 0038).
    ...archiveServices(deps.sync, deps.store, articles)
  }
  // Each change is written locally first, then queued for the server while signed in.
  const queued = recorder({ outbox: deps.sync.outbox, state: deps.sync.state, replica: deps.sync.replica, store: deps.store, connected: () => deps.sync.connected(), lock: deps.sync.lock })
  deps.notes.setIntent(queued.noteIntent)
  return { ...services, ...queued.wrap(services) }
}
