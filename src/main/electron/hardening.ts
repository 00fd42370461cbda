import { app, session, shell, type WebContents } from 'electron'
import { RENDERER_CSP_HEADER } from '../../shared/csp'
import { isWebUrl } from '../../shared/links'
import { isTrustedSender, type RendererLocation } from './sender'

/**
 * Electron's security checklist, applied to every web contents the app ever creates: no new
 * windows (web links go to the system browser after URL parsing), no navigation away from our
 * renderer, no <webview>, no permissions, and our CSP on every response.
 */
export function setupHardening(renderer: RendererLocation): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [RENDERER_CSP_HEADER] }
    })
  })

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (isWebUrl(url)) void shell.openExternal(new URL(url).toString())
      return { action: 'deny' }
    })
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedSender({ url, isMainFrame: true }, renderer)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedSender({ url, isMainFrame: true }, renderer)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}
