import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { RENDERER_CSP_HEADER } from '../../shared/csp'
import { fail, failedWith, inLanguage, RedaksiFailure, type FailureReason, type Language, type Result } from '../../shared/result'
import type { Dispatch } from '../services/dispatch'
import { NoticeStream, type NoticeSource } from './notice-stream'
import { capConnections } from './connection-slots'
import { HEADERS_TIMEOUT_MS, MAX_CONNECTIONS, MAX_REQUEST_BYTES, REQUEST_TIMEOUT_MS, TIMEOUT_CHECK_MS } from './limits'
import { HostSession } from './session'
import { injectBridge, readStaticFile } from './static-files'

export interface BrowserHostOptions {
  dispatch: Dispatch
  rendererDir: string
  /** 0 asks the system for a free port. */
  port?: number
  /** Fixed only in tests; otherwise a fresh random token per run. */
  token?: string
  /** The language of the host's own refusals (dispatch words the services' answers itself). */
  language?: () => Language
  /** Main → renderer notices, streamed to every tab on `GET /events`. */
  notices?: NoticeSource
  /** A browser spent the token: here is the address for the next one (decision 0073). */
  onTokenSpent?: (nextUrl: string) => void
}

export interface BrowserHost {
  /** The address that opens a session now (its token changes with every browser that opens it). */
  readonly url: string
  port: number
  readonly token: string
  close(): Promise<void>
}

const BRIDGE_PATH = '/bridge.js'
const EVENTS_PATH = '/events'

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_REQUEST_BYTES) throw new RedaksiFailure('request.too-large')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function sendJson(response: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff'
  })
  response.end(text)
}

/** The address Node gives, checked before anyone reads it: a bad escape is the client's fault. */
function parseAddress(raw: string | undefined, host: string): URL | null {
  try {
    const url = new URL(raw ?? '/', `http://${host}`)
    decodeURIComponent(url.pathname)
    return url
  } catch {
    return null
  }
}

/**
 * The same services as the desktop app, over HTTP on 127.0.0.1, for a browser tab (and the e2e
 * suite) where Electron's binary is not available. Every API call needs this run's session (the
 * token, traded for a cookie); the Host header must name the loopback address, so a DNS-rebound
 * page cannot reach us, and a state change must come from our own origin.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  let port = options.port ?? 0
  const address = (token: string): string => `http://127.0.0.1:${port}/?token=${token}`
  const session = new HostSession(() => port, options.token, (next) => options.onTokenSpent?.(address(next)))
  const notices = new NoticeStream(options.notices)
  const refuse = (response: ServerResponse, status: number, reason: FailureReason, params?: Record<string, string>): void => {
    const refused = fail(reason, params)
    sendJson(response, status, refused.ok ? refused : { ok: false, error: inLanguage(refused.error, options.language?.() ?? 'id') })
  }
  // A refusal before the body is read ends the connection: Node would otherwise read (and wait
  // for) the rest of the body to keep the socket alive.
  const refuseAndClose = (response: ServerResponse, status: number, reason: FailureReason, params?: Record<string, string>): void => {
    response.shouldKeepAlive = false
    response.once('finish', () => response.socket?.destroy())
    refuse(response, status, reason, params)
  }
  const closeWith = (response: ServerResponse, status: number, headers: Record<string, string>): void => {
    response.shouldKeepAlive = false
    response.once('finish', () => response.socket?.destroy())
    response.writeHead(status, headers).end()
  }

  const server = createServer(
    { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: TIMEOUT_CHECK_MS },
    (request, response) => {
      void handle(request, response).catch((error: unknown) => {
        console.error('[redaksi] browser host failed a request', error)
        if (!response.headersSent) refuseAndClose(response, 500, 'request.internal', { channel: 'host' })
        else response.destroy()
      })
    }
  )
  capConnections(server, MAX_CONNECTIONS)

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return refuseAndClose(response, 403, 'request.unknown-host')
    const url = parseAddress(request.url, host)
    if (!url) return refuseAndClose(response, 400, 'request.bad-url')

    if (url.pathname === EVENTS_PATH || url.pathname.startsWith('/api/')) {
      const api = url.pathname !== EVENTS_PATH
      if (request.method !== (api ? 'POST' : 'GET')) return closeWith(response, 405, { allow: api ? 'POST' : 'GET' })
      if (!session.originAllowed(request.headers.origin)) return refuseAndClose(response, 403, 'request.bad-origin')
      const by = session.authenticate(request)
      if (!by) return refuseAndClose(response, 401, 'request.bad-token')
      // Browsers send Origin with every POST: a cookie-borne change without one is not our page's.
      if (api && by === 'cookie' && request.headers.origin === undefined) return refuseAndClose(response, 403, 'request.bad-origin')
      if (!api) return notices.open(request, response)
      if (Number(request.headers['content-length'] ?? 0) > MAX_REQUEST_BYTES) return refuseAndClose(response, 413, 'request.too-large')
      let payload: unknown
      try {
        payload = JSON.parse(await readBody(request))
      } catch (error) {
        if (failedWith(error, 'request.too-large')) refuseAndClose(response, 413, 'request.too-large')
        else refuse(response, 400, 'request.not-json')
        return
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length))
      sendJson(response, 200, await options.dispatch(channel, payload))
      return
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return closeWith(response, 405, { allow: 'GET, HEAD' })
    const given = HostSession.tokenInAddress(url)
    if (given !== null) {
      // The token's one trip: a cookie for it, and an address without it (the fragment stays).
      url.searchParams.delete('token')
      const cookie = session.exchange(given)
      response.writeHead(303, { location: url.pathname + url.search, 'cache-control': 'no-store', ...(cookie ? { 'set-cookie': cookie } : {}) })
      response.end()
      return
    }
    const file = await readStaticFile(options.rendererDir, url.pathname)
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Tidak ditemukan')
      return
    }
    const isIndex = file.contentType.startsWith('text/html')
    const body = isIndex ? Buffer.from(injectBridge(file.body.toString('utf8'), BRIDGE_PATH)) : file.body
    response.writeHead(200, {
      'content-type': file.contentType,
      'content-length': body.length,
      'content-security-policy': RENDERER_CSP_HEADER,
      'x-content-type-options': 'nosniff',
      'cache-control': isIndex ? 'no-store' : 'max-age=3600'
    })
    response.end(request.method === 'HEAD' ? undefined : body)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port

  return {
    get url() {
      return address(session.token)
    },
    port,
    get token() {
      return session.token
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        notices.close()
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
  }
}
