// The newsroom server over HTTP, as the protocol (shared/sync/protocol.ts) describes it. Every
// answer is checked against the protocol's schemas before anything believes it; a network that
// does not answer is `sync.offline`, an answer that is not the protocol is `sync.server-error`.
import { z } from 'zod'

import { isFailureReason } from '../../shared/failures'
import { RedaksiFailure, type Failure } from '../../shared/result'
import {
  ArticleResponseSchema,
  AssetPutResponseSchema,
  HttpErrorSchema,
  NamesResponseSchema,
  PullResponseSchema,
  PushResponseSchema,
  scopeQuery,
  SearchResponseSchema,
  type ArchiveScope,
  type ArticleResponse,
  type NamesResponse,
  type Change,
  type PullResponse,
  type PushResponse,
  type SearchResponse
} from '../../shared/sync/protocol'
import { AccountSchema, type Account } from './session-file'

/** What `POST /v1/session` answers, in the accounts API's `{ ok, value }` envelope: the token and whose it is. */
export const SessionResponseSchema = z
  .object({ ok: z.literal(true), value: z.object({ token: z.string().min(1), account: AccountSchema }) })
  .transform((answer) => answer.value)

/** What `GET /v1/me` answers: the account as the server knows it now. */
export const MeResponseSchema = z
  .object({ ok: z.literal(true), value: z.object({ account: AccountSchema }) })
  .transform((answer) => answer.value.account)

export function failureFromServer(f: Failure): RedaksiFailure {
  if (!isFailureReason(f.reason)) return new RedaksiFailure('sync.server-error', { status: f.code })
  return new RedaksiFailure(f.reason, f.params, f.findings ? { findings: f.findings } : {})
}

/** The origin of a server address the user typed, or a failure that says it is not one. */
export function serverOrigin(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    throw new RedaksiFailure('sync.bad-server-url', { url: url.slice(0, 200) })
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new RedaksiFailure('sync.bad-server-url', { url: url.slice(0, 200) })
  return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`
}

export class ServerClient {
  constructor(
    readonly server: string,
    private readonly token: string | null,
    private readonly timeoutMs = 30_000
  ) {}

  static async login(server: string, login: string, password: string, deviceName: string): Promise<{ token: string; account: Account }> {
    const client = new ServerClient(server, null)
    return client.json('POST', '/v1/session', SessionResponseSchema, { login, password, deviceName })
  }

  /** Revokes this device's token on the server. */
  async logout(): Promise<void> {
    await this.request('DELETE', '/v1/session')
  }

  /** The signed-in account as the server knows it now (its role may have changed since sign-in). */
  me(): Promise<Account> {
    return this.json('GET', '/v1/me', MeResponseSchema)
  }

  push(clientId: string, changes: Change[]): Promise<PushResponse> {
    return this.json('POST', '/v1/push', PushResponseSchema, { clientId, changes })
  }

  /** `scope` is this machine's part of the archive (decision 0024); none or empty is everything. */
  pull(since: number, limit?: number, scope: ArchiveScope = {}): Promise<PullResponse> {
    const scoped = scopeQuery(scope)
    return this.json('GET', `/v1/pull?since=${since}${limit === undefined ? '' : `&limit=${limit}`}${scoped ? `&${scoped}` : ''}`, PullResponseSchema)
  }

  /** Archive search on the server (pieces this machine may not keep). */
  search(q: string, limit: number): Promise<SearchResponse> {
    return this.json('GET', `/v1/search?q=${encodeURIComponent(q)}&limit=${limit}`, SearchResponseSchema)
  }

  /** Every name the newsroom's archive credits, for suggestions. */
  names(): Promise<NamesResponse> {
    return this.json('GET', '/v1/names', NamesResponseSchema)
  }

  article(id: string): Promise<ArticleResponse> {
    return this.json('GET', `/v1/articles/${encodeURIComponent(id)}`, ArticleResponseSchema)
  }

  async putAsset(ref: string, bytes: Uint8Array): Promise<void> {
    const response = await this.request('PUT', `/v1/assets/${encodeURIComponent(ref)}`, new Uint8Array(bytes), 'application/octet-stream')
    await parse(response, AssetPutResponseSchema)
  }

  async getAsset(ref: string): Promise<Uint8Array> {
    const response = await this.request('GET', `/v1/assets/${encodeURIComponent(ref)}`)
    return new Uint8Array(await response.arrayBuffer())
  }

  /** The live feed; the caller reads the stream (sync/event-stream.ts) and aborts it with `signal`. */
  async events(signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
    const response = await this.request('GET', '/v1/events', undefined, undefined, signal, 'text/event-stream')
    if (!response.body) throw new RedaksiFailure('sync.server-error', { status: response.status })
    return response.body
  }

  private async json<T>(method: string, path: string, schema: z.ZodType<T, unknown>, body?: unknown): Promise<T> {
    const response = await this.request(method, path, body === undefined ? undefined : JSON.stringify(body), 'application/json')
    return parse(response, schema)
  }

  private async request(
    method: string,
    path: string,
    body?: string | Uint8Array<ArrayBuffer>,
    contentType?: string,
    signal?: AbortSignal,
    accept = 'application/json'
  ): Promise<Response> {
    const headers: Record<string, string> = { accept }
    if (contentType && body !== undefined) headers['content-type'] = contentType
    if (this.token) headers.authorization = `Bearer ${this.token}`
    let response: Response
    try {
      response = await fetch(`${this.server}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
        signal: signal ?? AbortSignal.timeout(this.timeoutMs)
      })
    } catch (err) {
      throw new RedaksiFailure('sync.offline', {}, { cause: err })
    }
    if (response.ok) return response
    const text = await response.text().catch(() => '')
    const parsed = HttpErrorSchema.safeParse(safeJson(text))
    if (parsed.success) throw failureFromServer(parsed.data.error)
    // A proxy's error page, a server restarting: nothing the user did, so it is retried like offline.
    throw new RedaksiFailure(response.status >= 500 ? 'sync.offline' : 'sync.server-error', { status: response.status })
  }
}

async function parse<T>(response: Response, schema: z.ZodType<T, unknown>): Promise<T> {
  const parsed = schema.safeParse(safeJson(await response.text().catch(() => '')))
  if (!parsed.success) throw new RedaksiFailure('sync.server-error', { status: response.status })
  return parsed.data
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

