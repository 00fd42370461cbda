// Signing in and out, who am I, and my devices. Every answer is `{ ok: true, value }`, every
// refusal the shared Failure (http/failure-reply.ts).
import { DeviceIdParamsSchema, SessionRequestSchema, type SessionRequest } from '../../shared/server/accounts'
import type { RouteArea } from '../http/deps'
import { actorOf } from './authenticate'
import { listDevices, revokeDevice, signIn } from './sessions'

export const accountRoutes: RouteArea = (app, deps) => {
  const { pool, config } = deps

  app.post<{ Body: SessionRequest }>('/v1/session', { schema: { body: SessionRequestSchema } }, async (request, reply) => {
    const session = await signIn(request.body, { pool, limits: config.login, tokenTtlSeconds: config.tokenTtlSeconds, address: request.ip, now: deps.now() })
    request.log.info({ login: session.account.login, device: session.device.id }, 'signed in')
    return reply.code(201).send({ ok: true, value: session })
  })

  app.delete('/v1/session', { onRequest: deps.authenticate }, async (request) => {
    const actor = actorOf(request)
    await revokeDevice(pool, actor.account.id, actor.deviceId, deps.now())
    return { ok: true, value: null }
  })

  app.get('/v1/me', { onRequest: deps.authenticate }, async (request) => {
    const actor = actorOf(request)
    return { ok: true, value: { account: actor.account, deviceId: actor.deviceId } }
  })

  app.get('/v1/devices', { onRequest: deps.authenticate }, async (request) => {
    const actor = actorOf(request)
    return { ok: true, value: await listDevices(pool, actor.account.id, actor.deviceId, deps.now()) }
  })

  app.delete<{ Params: { id: string } }>('/v1/devices/:id', { onRequest: deps.authenticate, schema: { params: DeviceIdParamsSchema } }, async (request) => {
    const actor = actorOf(request)
    await revokeDevice(pool, actor.account.id, request.params.id, deps.now())
    return { ok: true, value: null }
  })
}
