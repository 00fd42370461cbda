import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import type { WindowBounds } from './window-state'

/** Electron's BrowserWindow, or a stand-in that records what it was given (tests have no binary). */
export type WindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow

/**
 * Opens the main window. The options are one literal at the `new BrowserWindow` call so that
 * Electronegativity, which reads only literals there, checks the web preferences itself; the
 * class comes in as a parameter so tests/electron-seams/main-window.test.ts can hold the same
 * call to Electron's security checklist without an Electron binary.
 */
export function openMainWindow(BrowserWindow: WindowClass, preloadPath: string, bounds: WindowBounds): BrowserWindow {
  return new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    title: 'Redaksi',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
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
