import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { channels, type Notice, type NoticeOf } from '../../shared/ipc'
import { fail } from '../../shared/result'
import type { Dispatch } from '../services/dispatch'
import { isTrustedSender, type RendererLocation } from './sender'

/** The part of ipcMain we use; taking it as a parameter lets a test hold the wiring to account. */
export type IpcRegistry = Pick<IpcMain, 'handle' | 'removeHandler'>

/** One ipcMain handler per contract channel; each checks its sender before anything else. */
export function setupIpc(ipc: IpcRegistry, dispatch: Dispatch, renderer: RendererLocation): () => void {
  for (const channel of channels) {
    ipc.handle(channel, async (event: IpcMainInvokeEvent, request: unknown) => {
      const frame = event.senderFrame
      const trusted = isTrustedSender(frame && { url: frame.url, isMainFrame: frame.parent === null }, renderer)
      if (!trusted) return fail('request.untrusted-sender')
      return dispatch(channel, request)
    })
  }
  return () => {
    for (const channel of channels) ipc.removeHandler(channel)
  }
}

export function sendNotice<N extends Notice>(contents: WebContents, notice: N, payload: NoticeOf<N>): void {
  contents.send(`notice:${notice}`, payload)
}
