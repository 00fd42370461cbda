// The sync route area: push, pull, live events, assets, one article, archive search, names. Every
// route needs a signed-in device (deps.authenticate); who acts comes from it, never the body.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { ArticleIdSchema, AssetRefSchema, DEFAULT_SECTIONS, type Article } from '../../shared/article'
import { isFailure, RedaksiFailure } from '../../shared/result'
import type { Note } from '../../shared/workflow'
import { MAX_ASSET_BYTES, MAX_PUSH_BYTES, PullQuerySchema, PushRequestSchema, scopeOfQuery, SearchQuerySchema, SYNC_EVENT } from '../../shared/sync/protocol'
import { actorOf } from '../accounts/authenticate'
import type { RouteArea } from '../http/deps'
import type { Actor } from './actor'
import { push } from './apply'
import { getAsset, contentTypeOf, putAsset } from './assets'
import type { DbPool } from './db'
import type { DecideContext } from './decision'
import { currentSeq, SyncEvents } from './events'
import { archiveNames } from './names'
import { pullText } from './pull'
import { searchArchiveText } from './search'

const HEARTBEAT_MS = 15_000
/** The app's default headline limit: the server warns where the app warns. */
const HEADLINE_LIMIT = 100

const syncActor = (request: FastifyRequest): Actor => {
  const { account } = actorOf(request)
  return { accountId: account.id, name: account.displayName, role: account.role }
}

// PostgreSQL gone (restarting, failed over): the client keeps its outbox and retries; say so
// rather than "internal error". SQLSTATE class 08 is connection trouble, 57P0x a shutdown.
function databaseTrouble(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false
  const code = (err as { code?: unknown }).code
  const message = (err as { message?: unknown }).message
  if (typeof code === 'string' && (/^08/.test(code) || /^57P0/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code))) return true
  return typeof message === 'string' && /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message)
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (err) {
    if (!isFailure(err) && databaseTrouble(err)) throw new RedaksiFailure('sync.database', {}, { cause: err })
    throw err
  }
}

export const syncRoutes: RouteArea = async (app, deps) => {
  const pool = deps.pool as unknown as DbPool
  const ctxOf = (): DecideContext => ({ now: deps.now(), sections: DEFAULT_SECTIONS, headlineLimit: HEADLINE_LIMIT })
  const events = new SyncEvents(pool, app.log)
  const streams = new Set<FastifyReply>()
  app.addHook('onReady', async () => events.start())
  app.addHook('preClose', async () => {
    await events.stop()
    for (const reply of streams) reply.raw.end()
  })
  // The token check reads PostgreSQL too: when it is down, say "unavailable, retry", not "internal".
  const check = deps.authenticate as unknown as (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) => Promise<void>
  const authenticate = async function (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    await guarded(() => check.call(this, request, reply))
  }
  const auth = { onRequest: authenticate }

  app.post('/v1/push', { ...auth, bodyLimit: MAX_PUSH_BYTES, schema: { body: PushRequestSchema } }, async (request) => {
    const body = request.body as z.infer<typeof PushRequestSchema>
    const results = await guarded(() => push(pool, syncActor(request), body.clientId, body.changes, ctxOf))
    return { results }
  })

  app.get('/v1/pull', { ...auth, schema: { querystring: PullQuerySchema } }, async (request, reply) => {
    const query = request.query as z.infer<typeof PullQuerySchema>
    const asker = { scope: scopeOfQuery(query), accountId: syncActor(request).accountId, now: deps.now() }
    const text = await guarded(() => pullText(pool, query.since, query.limit, asker))
    return reply.type('application/json; charset=utf-8').serializer((s) => s as string).send(text)
  })

  app.get('/v1/events', auth, async (request, reply) => {
    const seq = await guarded(() => currentSeq(pool))
    reply.hijack()
    const raw = reply.raw
    raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' })
    const send = (n: number) => raw.write(`event: ${SYNC_EVENT}\ndata: ${JSON.stringify({ seq: n })}\n\n`)
    send(seq)
    const unsubscribe = events.subscribe(send)
    const heartbeat = setInterval(() => raw.write(': ping\n\n'), HEARTBEAT_MS)
    streams.add(reply)
    request.raw.on('close', () => {
      clearInterval(heartbeat)
      unsubscribe()
      streams.delete(reply)
    })
  })

  await app.register(async (scope) => {
    scope.addContentTypeParser(/^(application\/octet-stream|image\/[a-z0-9.+-]+)$/, { parseAs: 'buffer', bodyLimit: MAX_ASSET_BYTES }, (_req, body, done) => done(null, body))
    scope.put('/v1/assets/:ref', { ...auth, schema: { params: z.object({ ref: AssetRefSchema }).strict() } }, async (request) => {
      const { ref } = request.params as { ref: string }
      if (!Buffer.isBuffer(request.body)) throw new RedaksiFailure('request.invalid', { channel: 'PUT /v1/assets/:ref' })
      return guarded(() => putAsset(pool, ref, request.body as Buffer, syncActor(request).accountId))
    })
  })

  app.get('/v1/assets/:ref', { ...auth, schema: { params: z.object({ ref: AssetRefSchema }).strict() } }, async (request, reply) => {
    const { ref } = request.params as { ref: string }
    const bytes = await guarded(() => getAsset(pool, ref))
    // Content-addressed: the bytes behind a reference never change.
    return reply.type(contentTypeOf(ref)).header('cache-control', 'private, max-age=31536000, immutable').serializer((b) => b as string).send(bytes)
  })

  app.get('/v1/articles/:id', { ...auth, schema: { params: z.object({ id: ArticleIdSchema }).strict() } }, async (request) => {
    const { id } = request.params as { id: string }
    return guarded(async () => {
      const { rows } = await pool.query<{ content: Article }>('select content from articles where id = $1', [id])
      if (!rows[0]) throw new RedaksiFailure('store.article-not-found', { id })
      const notes = await pool.query<{ note: Note }>('select note from notes where article_id = $1 order by seq', [id])
      return { article: rows[0].content, notes: notes.rows.map((r) => r.note) }
    })
  })

  app.get('/v1/search', { ...auth, schema: { querystring: SearchQuerySchema } }, async (request, reply) => {
    const { q, limit } = request.query as z.infer<typeof SearchQuerySchema>
    const text = await guarded(() => searchArchiveText(pool, q, limit))
    return reply.type('application/json; charset=utf-8').serializer((s) => s as string).send(text)
  })

  app.get('/v1/names', auth, async () => guarded(() => archiveNames(pool)))
}
