import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell, type OpenDialogOptions } from 'electron'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Language } from '../../shared/ipc'
import { messages } from '../../shared/i18n/messages'
import { failureText, isFailure } from '../../shared/result'
import { dataPaths } from '../paths'
import { openRedaksi, type Redaksi } from '../redaksi'
import type { DesktopHooks } from '../services/desktop'
import { SettingsFile } from '../settings/settings-file'
import { guardClose } from './close-guard'
import { setupHardening } from './hardening'
import { sendNotice, setupIpc } from './ipc'
import { menuTemplate } from './menu-template'
import type { RendererLocation } from './sender'
import { openMainWindow, registerPreload } from './main-window'
import { readWindowState, writeWindowState } from './window-state'

const here = fileURLToPath(new URL('.', import.meta.url))
const rendererIndex = join(here, '../renderer/index.html')
const preloadPath = join(here, '../preload/index.cjs')
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL

/** The folder picker and the system browser, for the services (the browser host has neither). */
function desktopHooks(currentWindow: () => BrowserWindow | null): DesktopHooks {
  return {
    chooseFolder: async () => {
      const options: OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] }
      const window = currentWindow()
      const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return picked.canceled ? null : (picked.filePaths[0] ?? null)
    },
    // shell.openPath hands the file to the system's handler for .html: the default browser.
    openInBrowser: async (path) => (await shell.openPath(path)) === ''
  }
}

const renderer: RendererLocation = devServerUrl
  ? { kind: 'dev-server', origin: devServerUrl }
  : { kind: 'file', url: pathToFileURL(rendererIndex).toString() }

/** The desktop app: one window over the services that the browser host serves too. */
export function startDesktopApp(): void {
  // A second launch (a double click while Redaksi runs) brings the open window forward instead
  // of opening the same store from two processes.
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  let window: BrowserWindow | null = null
  let redaksi: Redaksi | null = null
  let closeGuard: { closeReady: (saved: boolean) => void } | null = null
  const windowStateFile = join(app.getPath('userData'), 'window-state.json')

  const refreshMenu = (): void => {
    if (!redaksi) return
    const language = redaksi.settings.get().language
    const template = menuTemplate(
      {
        newArticle: () => void newArticle(),
        exportArticle: () => window && sendNotice(window.webContents, 'menu.command', { command: 'export' }),
        exportApproved: () => window && sendNotice(window.webContents, 'menu.command', { command: 'export-approved' }),
        importFiles: () => window && sendNotice(window.webContents, 'menu.command', { command: 'import' }),
        setLanguage: (next: Language) => void redaksi?.services['settings.update']({ language: next })
      },
      { language, isMac: process.platform === 'darwin', isDev: !app.isPackaged }
    )
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
    if (window) sendNotice(window.webContents, 'language.changed', { language })
  }

  // The new page, which stores the article once something is typed there (decision 0076).
  const newArticle = (): void => {
    if (window) sendNotice(window.webContents, 'menu.command', { command: 'new-article' })
  }

  const createWindow = async (): Promise<void> => {
    const state = await readWindowState(windowStateFile, screen.getAllDisplays().map((d) => d.workArea))
    registerPreload(session.defaultSession, preloadPath)
    window = openMainWindow(BrowserWindow, state.bounds)
    if (state.maximized) window.maximize()
    closeGuard = guardClose(window, () => redaksi?.settings.get().language ?? 'id')
    window.once('ready-to-show', () => window?.show())
    window.on('close', () => {
      if (!window) return
      void writeWindowState(windowStateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() })
    })
    window.on('closed', () => {
      window = null
    })
    if (renderer.kind === 'dev-server') await window.loadURL(renderer.origin)
    else await window.loadFile(rendererIndex)
  }

  app.on('second-instance', () => {
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  // The store flushes its index and drains its write queue before the process ends.
  let storeClosed = false
  app.on('will-quit', (event) => {
    if (storeClosed || !redaksi) return
    event.preventDefault()
    void redaksi.close().finally(() => {
      storeClosed = true
      app.quit()
    })
  })

  void app.whenReady().then(async () => {
    setupHardening(renderer)
    const paths = dataPaths(app.getPath('userData'), process.argv)
    try {
      redaksi = await openRedaksi(
        paths,
        { name: app.getName(), version: app.getVersion(), transport: 'electron' },
        {
          onSettingsChanged: () => refreshMenu(),
          onCloseReady: (saved) => closeGuard?.closeReady(saved),
          desktop: desktopHooks(() => window),
          warmSpeller: true
        }
      )
    } catch (error) {
      // A store that cannot be opened (another Redaksi, or `npm run browser`, holds it; a disk
      // error) must say so rather than leave the writer with no window at all.
      // Said in the user's language: the settings file is readable even when the store is not.
      const language = (await SettingsFile.open(paths.settingsFile)).get().language
      // (The store's own lock errors keep their words until it throws RedaksiFailure: the lock's
      // holder is in them and in no param yet.)
      const why = isFailure(error) ? failureText(error.failure, language) : error instanceof Error ? error.message : String(error)
      dialog.showErrorBox(messages[language].app.cannotOpen, `${why}\n\n${paths.storeDir}`)
      storeClosed = true
      app.quit()
      return
    }
    setupIpc(ipcMain, redaksi.dispatch, renderer)
    // The list and an open article read again when sync (or this machine) changed a stored piece.
    redaksi.store.onChange((change) => window && sendNotice(window.webContents, 'articles.changed', { ids: [change.id], origin: change.origin }))
    refreshMenu()
    await createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow()
    })
  })
}
