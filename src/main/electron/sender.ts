/**
 * Whether an IPC message comes from our own renderer: the top frame of our window, showing our
 * index.html (or, in development, the dev server's origin). A frame that navigated elsewhere, an
 * iframe, or another window's page gets nothing from the services.
 */
export interface SenderFrame {
  url: string
  isMainFrame: boolean
}

export type RendererLocation = { kind: 'file'; url: string } | { kind: 'dev-server'; origin: string }

export function isTrustedSender(frame: SenderFrame | null | undefined, renderer: RendererLocation): boolean {
  if (!frame || !frame.isMainFrame) return false
  let url: URL
  try {
    url = new URL(frame.url)
  } catch {
    return false
  }
  if (renderer.kind === 'dev-server') return url.origin === new URL(renderer.origin).origin
  const expected = new URL(renderer.url)
  return url.protocol === 'file:' && url.pathname === expected.pathname
}
