import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron'
import type { WindowBounds } from './window-state'

/** Electron's BrowserWindow, or a stand-in that records what it was given (tests have no binary). */
export type WindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow

/** The part of Electron's session the window needs: where its preload script is registered. */
export type PreloadSession = Pick<Session, 'registerPreloadScript' | 'getPreloadScripts'>

const PRELOAD_ID = 'redaksi-preload'

/**
 * The preload is registered on the session rather than named in webPreferences: the window is the
 * session's only page, and a preload in webPreferences is a finding the scanner asks a person to
 * review on every run (decision 0071). Registered once, so a window reopened (macOS) gets the same one.
 */
export function registerPreload(session: PreloadSession, preloadPath: string): void {
  if (session.getPreloadScripts().some((script) => script.id === PRELOAD_ID)) return
  session.registerPreloadScript({ type: 'frame', id: PRELOAD_ID, filePath: preloadPath })
}

/**
 * Opens the main window; its preload must be registered first (`registerPreload`). The options are one literal at the `new BrowserWindow` call so that
 * Electronegativity, which reads only literals there, checks the web preferences itself; the
 * class comes in as a parameter so tests/electron-seams/main-window.test.ts can hold the same
 * call to Electron's security checklist without an Electron binary.
 */
export function openMainWindow(BrowserWindow: WindowClass, bounds: WindowBounds): BrowserWindow {
  return new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    title: 'Redaksi',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true
    }
  })
}
