import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Notice, NoticeOf } from '../../shared/ipc'

/** Hands a notice to whoever shows the renderer. */
export type NoticeSink = <N extends Notice>(notice: N, payload: NoticeOf<N>) => void
/** Where notices come from (the store's onChange, in the composition root); returns how to stop. */
export type NoticeSource = (send: NoticeSink) => () => void

// A comment line now and then: a tab left open overnight keeps its stream, and a closed one is
// found (the write fails) instead of piling up.
const PING_MS = 15_000

/**
 * Main → renderer notices for browser tabs, as server-sent events on `GET /events`: what Electron
 * sends over IPC. One line per notice, `event: <name>` and `data: <payload JSON>`; the bridge
 * reads it with fetch (the token travels in a header, never in a URL).
 */
export class NoticeStream {
  private readonly tabs = new Set<ServerResponse>()
  private readonly stopSource: () => void
  private readonly ping: ReturnType<typeof setInterval>

  constructor(source?: NoticeSource) {
    this.stopSource = source ? source((notice, payload) => this.send(notice, payload)) : () => undefined
    this.ping = setInterval(() => this.write(': ping\n\n'), PING_MS)
    this.ping.unref()
  }

  open(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff'
    })
    // Sent at once, so the tab knows it is connected before the first notice.
    response.write(': connected\n\n')
    this.tabs.add(response)
    request.once('close', () => this.tabs.delete(response))
  }

  send<N extends Notice>(notice: N, payload: NoticeOf<N>): void {
    this.write(`event: ${notice}\ndata: ${JSON.stringify(payload)}\n\n`)
  }

  close(): void {
    clearInterval(this.ping)
    this.stopSource()
    for (const tab of this.tabs) tab.end()
    this.tabs.clear()
  }

  private write(text: string): void {
    for (const tab of this.tabs) tab.write(text)
  }
}
