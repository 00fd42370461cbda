// A newsroom on a real server for sync tests: accounts and device tokens written straight into
// PostgreSQL (as the account CLI would leave them), and the raw HTTP calls of the sync protocol.
import { randomInt } from 'node:crypto'
import type pg from 'pg'
import type { Article, ArticleDraft } from '../../../src/shared/article'
import type { Change, ChangeResult, PullResponse } from '../../../src/shared/sync/protocol'
import { newToken, tokenDigest } from '../../../src/server/accounts/tokens'
import type { AccountRole } from '../../../src/shared/server/accounts'
import { http, type HttpAnswer } from '../harness'

export interface Person {
  id: string
  login: string
  name: string
  role: AccountRole
  token: string
  deviceId: string
}

export async function addPerson(db: pg.Pool | pg.Client, login: string, name: string, role: AccountRole): Promise<Person> {
  const { rows } = await db.query<{ id: string }>(
    // Not a password anyone can log in with: these people act through device tokens only.
    "insert into accounts (login, display_name, role, password_hash) values ($1, $2, $3, '$argon2id$v=19$m=19456,t=2,p=1$none$none') returning id",
    [login, name, role]
  )
  const id = rows[0]!.id
  const token = newToken()
  const device = await db.query<{ id: string }>(
    "insert into devices (account_id, name, token_sha256, expires_at) values ($1, 'test laptop', $2, now() + interval '30 days') returning id",
    [id, tokenDigest(token)]
  )
  return { id, login, name, role, token, deviceId: device.rows[0]!.id }
}

export const bearer = (p: Pick<Person, 'token'>) => ({ authorization: `Bearer ${p.token}` })

export async function pushRaw(url: string, who: Pick<Person, 'token'>, body: unknown): Promise<HttpAnswer> {
  return http(`${url}/v1/push`, { method: 'POST', headers: bearer(who), body })
}

export async function push(url: string, who: Pick<Person, 'token'>, changes: Change[], clientId = 'client-test-1'): Promise<ChangeResult[]> {
  const answer = await pushRaw(url, who, { clientId, changes })
  if (answer.status !== 200) throw new Error(`push answered ${answer.status}: ${answer.text}`)
  return (answer.json as { results: ChangeResult[] }).results
}

export async function pull(url: string, who: Pick<Person, 'token'>, since = 0, limit?: number): Promise<PullResponse> {
  const answer = await http(`${url}/v1/pull?since=${since}${limit ? `&limit=${limit}` : ''}`, { headers: bearer(who) })
  if (answer.status !== 200) throw new Error(`pull answered ${answer.status}: ${answer.text}`)
  return answer.json as PullResponse
}

/** What a result says in one word: applied, or the status and the reason. */
export const verdict = (r: ChangeResult): string => (r.status === 'applied' ? 'applied' : `${r.status}:${r.failure.reason}`)

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
/** Change, article and note ids in ULID layout, as the app makes them. */
export function ulid(): string {
  let time = Date.now()
  let out = ''
  for (let i = 0; i < 10; i++) {
    out = CROCKFORD[time % 32]! + out
    time = Math.floor(time / 32)
  }
  for (let i = 0; i < 16; i++) out += CROCKFORD[randomInt(32)]!
  return out
}

type Action = Extract<Change, { kind: 'workflow.transition' }>['payload']['action']
const madeAt = () => new Date().toISOString()

/** The changes an app's outbox makes, each with a fresh id. */
export const make = {
  create: (articleId: string, draft: ArticleDraft): Change => ({ id: ulid(), kind: 'article.create', articleId, baseRev: null, madeAt: madeAt(), payload: { draft } }),
  save: (articleId: string, baseRev: number, draft: ArticleDraft): Change => ({ id: ulid(), kind: 'article.save', articleId, baseRev, madeAt: madeAt(), payload: { draft } }),
  move: (articleId: string, baseRev: number, action: Action, extra: { note?: string; overrideWarnings?: boolean } = {}): Change => ({
    id: ulid(),
    kind: 'workflow.transition',
    articleId,
    baseRev,
    madeAt: madeAt(),
    payload: { action, ...extra }
  }),
  note: (articleId: string, noteId: string, body: string, parentId: string | null = null): Change => ({
    id: ulid(),
    kind: 'note.add',
    articleId,
    baseRev: null,
    madeAt: madeAt(),
    payload: { noteId, body, parentId }
  }),
  resolve: (articleId: string, noteId: string, resolved = true): Change => ({ id: ulid(), kind: 'note.resolve', articleId, baseRev: null, madeAt: madeAt(), payload: { noteId, resolved } })
}

/** Pushes one change and returns its result. */
export async function one(url: string, who: Pick<Person, 'token'>, change: Change, clientId?: string): Promise<ChangeResult> {
  return (await push(url, who, [change], clientId))[0]!
}

/** The article of an applied result; throws with the result otherwise. */
export function applied(r: ChangeResult): Article {
  if (r.status !== 'applied' || r.entry.kind !== 'article') throw new Error(`not applied: ${JSON.stringify(r)}`)
  return r.entry.article
}
