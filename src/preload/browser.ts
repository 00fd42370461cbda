import { fail, isResult, type Result } from '../shared/result'
import type { Channel } from '../shared/ipc'
import { createApi } from './api'
import { noticeSubscriber } from './browser-notices'

/**
 * The browser host's counterpart of the Electron preload: the same `window.redaksi`, carried
 * over fetch to 127.0.0.1. The host hands out its per-run token in the page URL once; we keep it
 * for this tab and take it out of the address bar.
 */
const TOKEN_KEY = 'redaksi.token'
const KEEPALIVE_LIMIT = 60_000

function takeToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

const token = takeToken()

const invoke = async (channel: Channel, request: unknown): Promise<Result<unknown>> => {
  try {
    const payload = JSON.stringify(request ?? {})
    const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
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
Object.defineProperty(window, 'redaksi', { value: createApi(invoke, noticeSubscriber(token)), enumerable: true })
