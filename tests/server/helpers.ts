// Small steps the server tests share: make an account through the real CLI, sign in over HTTP.
import { expect } from 'vitest'
import type { Session } from '../../src/shared/server/accounts'
import { http, runServerCli } from './harness'

export async function addAccountByCli(databaseUrl: string, login: string, role: string, password: string, name = login): Promise<void> {
  const result = await runServerCli(['account', 'add', login, '--name', name, '--role', role, '--database', databaseUrl], { stdin: `${password}\n` })
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
}

export async function signIn(url: string, login: string, password: string, options: { deviceName?: string; address?: string; ca?: string } = {}) {
  return http(`${url}/v1/session`, {
    method: 'POST',
    body: { login, password, deviceName: options.deviceName ?? 'Laptop uji' },
    headers: options.address ? { 'x-forwarded-for': options.address } : {},
    ...(options.ca ? { ca: options.ca } : {})
  })
}

export async function tokenFor(url: string, login: string, password: string, deviceName = 'Laptop uji'): Promise<Session> {
  const answer = await signIn(url, login, password, { deviceName })
  expect(answer.status).toBe(201)
  return (answer.json as { value: Session }).value
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
