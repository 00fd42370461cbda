import type { Notice, Subscribe } from '../shared/ipc'
import { readEvents } from '../shared/event-stream-text'
import { NOTICE_NAMES } from '../shared/ipc-names'

// The longest wait before connecting again after the host went away (it restarts in tests, and a
// laptop sleeps); the first retry comes after a second.
const MAX_RETRY_MS = 30_000

type Listener = (payload: unknown) => void

/**
 * `window.redaksi.on` for a browser tab: main's notices arrive as server-sent events on
 * `GET /events`, read with fetch so that the token goes in the Authorization header (EventSource
 * can only put it in the URL). Connects on the first subscription and again after a drop.
 */
export function noticeSubscriber(token: string): Subscribe {
  const listeners = new Map<Notice, Set<Listener>>()
  let connected = false

  const deliver = (event: string, data: string): void => {
    if (!(NOTICE_NAMES as readonly string[]).includes(event)) return
    let payload: unknown
    try {
      payload = JSON.parse(data)
    } catch {
      return
    }
    for (const listener of listeners.get(event as Notice) ?? []) listener(payload)
  }

  const connect = async (wait: number): Promise<void> => {
    let next = wait
    try {
      const response = await fetch('/events', { headers: { authorization: `Bearer ${token}` } })
      if (!response.ok || !response.body) return
      next = 1000
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffer = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer = readEvents(buffer + value, deliver)
      }
    } catch {
      // The host is gone for now, or the tab is leaving: try again below.
    }
    setTimeout(() => void connect(Math.min(next * 2, MAX_RETRY_MS)), next)
  }

  return (notice, listener) => {
    if (!(NOTICE_NAMES as readonly string[]).includes(notice)) throw new Error(`Unknown notice: ${String(notice)}`)
    // Without a token the host would answer 401 anyway; the API calls say so to the user.
    if (!connected && token !== '') {
      connected = true
      void connect(1000)
    }
    const set = listeners.get(notice) ?? new Set<Listener>()
    listeners.set(notice, set)
    set.add(listener)
    return () => {
      set.delete(listener)
    }
  }
}
