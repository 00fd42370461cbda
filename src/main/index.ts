import { startDesktopApp } from './electron/app'

// Composition root of the desktop app. The browser host (browser-host.ts) composes the same
// services without Electron.
startDesktopApp()
