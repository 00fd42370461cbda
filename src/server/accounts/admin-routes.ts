// Account management over HTTP for admins (the CLI does the same on the server's machine).
import { AccountLoginParamsSchema, AccountPatchSchema, NewAccountSchema, type AccountPatch, type NewAccount } from '../../shared/server/accounts'
import { RedaksiFailure } from '../../shared/result'
import type { RouteArea } from '../http/deps'
import { addAccount, listAccounts, updateAccount } from './accounts'
import { actorOf } from './authenticate'

export const adminRoutes: RouteArea = (app, deps) => {
  const { pool } = deps
  const requireAdmin = async (request: Parameters<typeof actorOf>[0]) => {
    if (actorOf(request).account.role !== 'admin') throw new RedaksiFailure('auth.not-admin')
  }
  const guard = { onRequest: deps.authenticate, preHandler: requireAdmin }

  app.get('/v1/accounts', guard, async () => ({ ok: true, value: await listAccounts(pool) }))

  app.post<{ Body: NewAccount }>('/v1/accounts', { ...guard, schema: { body: NewAccountSchema } }, async (request, reply) => {
    const account = await addAccount(pool, request.body, deps.now())
    request.log.info({ login: account.login, role: account.role, by: actorOf(request).account.login }, 'account added')
    return reply.code(201).send({ ok: true, value: account })
  })

  app.patch<{ Params: { login: string }; Body: AccountPatch }>('/v1/accounts/:login', { ...guard, schema: { params: AccountLoginParamsSchema, body: AccountPatchSchema } }, async (request) => {
    const account = await updateAccount(pool, request.params.login, request.body, deps.now())
    request.log.info({ login: account.login, patch: request.body, by: actorOf(request).account.login }, 'account changed')
    return { ok: true, value: account }
  })
}
