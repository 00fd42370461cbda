import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { RENDERER_CSP_HEADER } from '../../shared/csp'
import { fail, failedWith, inLanguage, RedaksiFailure, type FailureReason, type Language, type Result } from '../../shared/result'
import type { Dispatch } from '../services/dispatch'
import { NoticeStream, type NoticeSource } from './notice-stream'
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
}

export interface BrowserHost {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

const MAX_REQUEST_BYTES = 32 * 1024 * 1024
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

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '')
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * The same services as the desktop app, over HTTP on 127.0.0.1, for a browser tab (and the e2e
 * suite) where Electron's binary is not available. Every API call needs this run's token; the
 * Host header must name the loopback address, so a DNS-rebound page cannot reach us either.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('base64url')
  let port = options.port ?? 0
  const notices = new NoticeStream(options.notices)
  const refuse = (response: ServerResponse, status: number, reason: FailureReason, params?: Record<string, string>): void => {
    const refused = fail(reason, params)
    sendJson(response, status, refused.ok ? refused : { ok: false, error: inLanguage(refused.error, options.language?.() ?? 'id') })
  }

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      console.error('[redaksi] browser host failed a request', error)
      if (!response.headersSent) refuse(response, 500, 'request.internal', { channel: 'host' })
      else response.destroy()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      refuse(response, 403, 'request.unknown-host')
      return
    }
    const url = new URL(request.url ?? '/', `http://${host}`)

    if (url.pathname === EVENTS_PATH) {
      if (request.method !== 'GET') {
        response.writeHead(405, { allow: 'GET' }).end()
        return
      }
      if (!tokenMatches(request.headers.authorization, token)) {
        refuse(response, 401, 'request.bad-token')
        return
      }
      notices.open(request, response)
      return
    }

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') {
        response.writeHead(405, { allow: 'POST' }).end()
        return
      }
      if (!tokenMatches(request.headers.authorization, token)) {
        refuse(response, 401, 'request.bad-token')
        return
      }
      let payload: unknown
      try {
        payload = JSON.parse(await readBody(request))
      } catch (error) {
        if (failedWith(error, 'request.too-large')) refuse(response, 413, 'request.too-large')
        else refuse(response, 400, 'request.not-json')
        return
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length))
      sendJson(response, 200, await options.dispatch(channel, payload))
      return
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
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
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        notices.close()
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
  }
}
