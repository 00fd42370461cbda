import { fail, isResult, type Result } from '../shared/result'
import type { Channel } from '../shared/ipc'
import { createApi } from './api'
import { noticeSubscriber } from './browser-notices'

/**
 * The browser host's counterpart of the Electron preload: the same `window.redaksi`, carried
 * over fetch to 127.0.0.1. The host traded the printed URL's token for an HttpOnly session cookie
 * before this page loaded (decision 0073), so every same-origin fetch carries it and this script
 * never sees a secret.
 */
const KEEPALIVE_LIMIT = 60_000

const invoke = async (channel: Channel, request: unknown): Promise<Result<unknown>> => {
  try {
    const payload = JSON.stringify(request ?? {})
    const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: payload,
      // A save started as the tab closes must outlive the page; browsers cap such bodies at 64 KiB.
      keepalive: payload.length < KEEPALIVE_LIMIT
    })
    const body: unknown = await response.json()
    if (isResult(body)) return body
    return fail('request.internal', { channel })
  } catch {
    return fail('request.host-unreachable')
  }
}

// The menu's notices never come (a tab has no application menu); the store's do, as events.
Object.defineProperty(window, 'redaksi', { value: createApi(invoke, noticeSubscriber()), enumerable: true })
