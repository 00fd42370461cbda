import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { http, startPostgres, startServer, type TestPostgres } from './harness'

describe('GET /health and migrations', () => {
  let db: TestPostgres
  beforeAll(async () => {
    db = await startPostgres()
  }, 60_000)
  afterAll(async () => {
    await db?.stop()
  })

  it('applies the migrations to an empty database, answers 200 {"ok":true}, and applies nothing on a restart', async () => {
    const first = await startServer({ databaseUrl: db.url })
    try {
      const answer = await http(`${first.url}/health`)
      expect(answer.status).toBe(200)
      expect(answer.json).toEqual({ ok: true })
      expect(first.output()).toContain('"msg":"migrations applied"')
    } finally {
      expect(await first.stop()).toBe(0)
    }
    const client = new pg.Client(db.url)
    await client.connect()
    const before = (await client.query<{ name: string }>('select name from pgmigrations order by id')).rows.map((r) => r.name)
    expect(before.slice(0, 3)).toEqual(['0100_accounts', '0110_devices', '0120_login_failures'])

    const second = await startServer({ databaseUrl: db.url })
    try {
      expect((await http(`${second.url}/health`)).json).toEqual({ ok: true })
      expect(second.output()).toContain('"msg":"schema up to date"')
    } finally {
      await second.stop()
    }
    const after = (await client.query<{ name: string }>('select name from pgmigrations order by id')).rows.map((r) => r.name)
    await client.end()
    expect(after).toEqual(before)
  }, 90_000)

  it('answers an unknown path with the shared Failure, in Indonesian by default and in English when asked', async () => {
    const server = await startServer({ databaseUrl: db.url })
    try {
      const id = await http(`${server.url}/v1/nothing-here`)
      expect(id.status).toBe(404)
      expect(id.json).toEqual({ ok: false, error: { code: 'not-found', reason: 'request.not-found', params: { method: 'GET', path: '/v1/nothing-here' }, message: 'Alamat GET /v1/nothing-here tidak ada di server redaksi.' } })
      const en = await http(`${server.url}/v1/nothing-here`, { headers: { 'accept-language': 'en-GB,en;q=0.9,id;q=0.5' } })
      expect((en.json as { error: { message: string } }).error.message).toBe('There is no GET /v1/nothing-here on the newsroom server.')
    } finally {
      await server.stop()
    }
  }, 60_000)

  it('answers 503 while PostgreSQL is down and 200 again once it is back, without a restart', async () => {
    const own = await startPostgres()
    const server = await startServer({ databaseUrl: own.url })
    try {
      await own.halt()
      const down = await http(`${server.url}/health`, { headers: { 'accept-language': 'en' } })
      expect(down.status).toBe(503)
      expect(down.json).toEqual({ ok: false, error: { code: 'unavailable', reason: 'server.database-unreachable', params: { where: 'PostgreSQL' }, message: 'The database PostgreSQL cannot be reached.' } })
      const back = await startPostgres({ dataDir: own.dataDir, port: own.port })
      expect(back.url).toBe(own.url)
      expect((await http(`${server.url}/health`)).json).toEqual({ ok: true })
    } finally {
      expect(await server.stop()).toBe(0)
      await own.stop()
    }
  }, 90_000)
})
