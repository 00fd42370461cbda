// The server's own failures are the shared Failure, worded by whoever shows them: a route declared
// with a schema that is not zod, and a PostgreSQL program that exits with an error.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { inLanguage, isFailure } from '../../src/shared/result'
import { startCluster } from '../../src/server/db/postgres/cluster'
import { zodValidatorCompiler } from '../../src/server/http/zod-validation'

const folders: string[] = []
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true })
})

function caught(work: () => unknown): unknown {
  try {
    work()
  } catch (error) {
    return error
  }
  return undefined
}

it('refuses a route schema that is not zod with server.route-schema, in both languages', () => {
  const error = caught(() => zodValidatorCompiler({ schema: { type: 'object' }, httpPart: 'body', method: 'POST', url: '/v1/push' }))
  expect(isFailure(error) && [error.failure.reason, error.failure.code, error.failure.params]).toEqual(['server.route-schema', 'internal', { route: 'POST /v1/push', part: 'body' }])
  expect(isFailure(error) && [error.failure.message, inLanguage(error.failure, 'en').message]).toEqual([
    'Rute POST /v1/push memakai skema body yang bukan skema zod.',
    'The route POST /v1/push declares a body schema that is not a zod schema.'
  ])
})

it('says which PostgreSQL program failed, and how, as server.postgres-start', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'redaksi-initdb-'))
  folders.push(dataDir)
  chmodSync(dataDir, 0o711)
  // initdb refuses a folder that is not empty.
  mkdirSync(join(dataDir, 'pgdata'), { mode: 0o777 })
  chmodSync(join(dataDir, 'pgdata'), 0o777)
  writeFileSync(join(dataDir, 'pgdata', 'stray.txt'), 'not a cluster')
  const error = await startCluster({ dataDir }).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(isFailure(error) && [error.failure.reason, error.failure.params?.dir]).toEqual(['server.postgres-start', join(dataDir, 'pgdata')])
  expect(isFailure(error) && String(error.failure.params?.detail)).toMatch(/^initdb exited 1: /)
}, 60_000)
