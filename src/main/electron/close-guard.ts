import { app, dialog, type BrowserWindow } from 'electron'
import { messages } from '../../shared/i18n/messages'
import type { Language } from '../../shared/ipc'
import { sendNotice } from './ipc'

/** How long a renderer may take to flush before the user is asked what to do. */
const FLUSH_TIMEOUT_MS = 10_000

/**
 * Closing the window (or quitting) with unsaved work saves it first: the close is held, the
 * renderer flushes its pending saves and answers through app.closeReady, and only then does the
 * window close. If a save failed, or the renderer does not answer, the writer decides.
 */
export function guardClose(window: BrowserWindow, language: () => Language): { closeReady: (saved: boolean) => void } {
  let allowed = false
  let quitting = false
  let timer: ReturnType<typeof setTimeout> | null = null

  const onBeforeQuit = (): void => {
    quitting = true
  }
  app.on('before-quit', onBeforeQuit)
  window.once('closed', () => app.removeListener('before-quit', onBeforeQuit))

  const finish = (): void => {
    allowed = true
    window.close()
    if (quitting) app.quit()
  }

  const ask = async (): Promise<void> => {
    const t = messages[language()].app
    const { response } = await dialog.showMessageBox(window, {
      type: 'warning',
      buttons: [t.stayOpen, t.closeAnyway],
      defaultId: 0,
      cancelId: 0,
      message: t.unsavedOnClose
    })
    if (response === 1) finish()
    else quitting = false
  }

  window.on('close', (event) => {
    // A renderer that crashed, or has not loaded yet, holds no unsaved work and cannot answer.
    if (allowed || window.webContents.isCrashed() || window.webContents.isLoading()) return
    event.preventDefault()
    if (timer) return
    sendNotice(window.webContents, 'window.closing', {})
    timer = setTimeout(() => {
      timer = null
      void ask()
    }, FLUSH_TIMEOUT_MS)
  })

  return {
    closeReady: (saved) => {
      if (!timer) return
      clearTimeout(timer)
      timer = null
      if (saved) finish()
      else void ask()
    }
  }
}
