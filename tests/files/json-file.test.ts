import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { JsonFile, type JsonFileKind, type OnDamage } from '../../src/main/files'
import { RedaksiFailure } from '../../src/shared/result'
import { refusal, tempStoreDir } from '../store/helpers'

const Desk = z.object({ name: z.string().min(1), reporters: z.array(z.string()) })
type Desk = z.infer<typeof Desk>

const kind = (onDamage: OnDamage, extra: Partial<JsonFileKind<Desk>> = {}): JsonFileKind<Desk> => ({ version: 3, schema: Desk, onDamage, ...extra })
const AT = new Date('2024-06-17T13:00:00.000Z')
const STAMP = '2024-06-17T13-00-00-000Z'
const DAMAGES: [string, string, string][] = [
  ['empty', '', 'empty file'],
  ['not JSON', '{"name": "dunia", ', 'not valid JSON'],
  ['null', 'null', 'holds null'],
  ['an array', '[]', 'not a JSON object'],
  ['the wrong shape', '{"schemaVersion":3,"name":"","reporters":[]}', 'unexpected shape at name'],
  ['a bad version', '{"schemaVersion":"3","name":"dunia","reporters":[]}', 'schemaVersion is not a whole number']
]

describe('a typed JSON file', () => {
  it('writes the schema version first, durably, and reads back only what the schema allows', async () => {
    const dir = await tempStoreDir()
    const file = new JsonFile(join(dir, 'desk.json'), kind('refuse'))
    expect(await file.read()).toEqual({ state: 'missing' })
    await file.write({ name: 'dunia', reporters: ['Haryo Jati'] })
    expect(await readFile(file.path, 'utf8')).toBe('{"schemaVersion":3,"name":"dunia","reporters":["Haryo Jati"]}')
    expect(await file.read()).toEqual({ state: 'ok', data: { name: 'dunia', reporters: ['Haryo Jati'] }, migratedFrom: null })
    expect(await readdir(dir)).toEqual(['desk.json'])
  })

  it.each(DAMAGES)('quarantines %s with a note, and inspect() alone moves nothing', async (_what, text, reason) => {
    const dir = await tempStoreDir()
    const path = join(dir, 'desk.json')
    await writeFile(path, text)
    const file = new JsonFile(path, kind('quarantine'), { quarantineDir: join(dir, 'q'), subject: 'dunia', now: () => AT })
    expect(await file.inspect()).toEqual({ state: 'damaged', reason: expect.stringContaining(reason) })
    expect(await readFile(path, 'utf8')).toBe(text)
    const read = await file.read()
    const movedTo = join(dir, 'q', `${STAMP}-desk.json`)
    expect(read).toEqual({ state: 'quarantined', reason: expect.stringContaining(reason), movedTo })
    expect(existsSync(path)).toBe(false)
    expect(await readFile(movedTo, 'utf8')).toBe(text)
    expect(JSON.parse(await readFile(`${movedTo}.reason.json`, 'utf8'))).toEqual({
      schemaVersion: 1,
      from: path,
      subject: 'dunia',
      reason: read.state === 'quarantined' ? read.reason : '',
      at: AT.toISOString()
    })
  })

  it('resets a damaged file to a backup beside it', async () => {
    const dir = await tempStoreDir()
    const path = join(dir, 'desk.json')
    await writeFile(path, '{"name": 1')
    const read = await new JsonFile(path, kind('reset'), { now: () => AT }).read()
    expect(read).toEqual({ state: 'reset', reason: expect.stringMatching(/^not valid JSON/), backup: `${path}.damaged-${STAMP}` })
    expect(await readdir(dir)).toEqual([`desk.json.damaged-${STAMP}`])
    expect(await readFile(`${path}.damaged-${STAMP}`, 'utf8')).toBe('{"name": 1')
  })

  it('refuses a damaged file and leaves it as it is, with its own failure when given one', async () => {
    const dir = await tempStoreDir()
    const path = join(dir, 'desk.json')
    await writeFile(path, '{"schemaVersion":3,"name":"dunia"}')
    expect(await refusal(new JsonFile(path, kind('refuse')).read())).toEqual({ reason: 'file.damaged', params: { file: path } })
    const own = new JsonFile(path, kind('refuse'), { refusal: () => new RedaksiFailure('note.damaged', { id: 'dunia' }) })
    expect(await refusal(own.read())).toEqual({ reason: 'note.damaged', params: { id: 'dunia' } })
    expect(await readFile(path, 'utf8')).toBe('{"schemaVersion":3,"name":"dunia"}')
  })

  it('discards a damaged cache as if it were missing, leaving the bytes for the next write', async () => {
    const dir = await tempStoreDir()
    const path = join(dir, 'desk.json')
    await writeFile(path, 'garbage')
    expect(await new JsonFile(path, kind('discard')).read()).toEqual({ state: 'discarded', reason: expect.stringMatching(/^not valid JSON/) })
    expect(await readFile(path, 'utf8')).toBe('garbage')
  })

  it('refuses a file from a newer app whatever the policy, unless it is a cache, and never moves it', async () => {
    const dir = await tempStoreDir()
    const path = join(dir, 'desk.json')
    const future = '{"schemaVersion":4,"name":"dunia","reporters":[],"desk":"new"}'
    await writeFile(path, future)
    for (const policy of ['quarantine', 'reset', 'refuse'] as const) {
      const file = new JsonFile(path, kind(policy), { quarantineDir: join(dir, 'q') })
      expect(await refusal(file.read())).toEqual({ reason: 'file.newer-schema', params: { file: path, version: 4 } })
    }
    expect(await new JsonFile(path, kind('discard')).read()).toEqual({ state: 'discarded', reason: 'schema 4 is newer' })
    expect(await readdir(dir)).toEqual(['desk.json'])
    expect(await readFile(path, 'utf8')).toBe(future)
  })

  it('migrates an older file (and one from before versions) through the kind, then checks the result', async () => {
    const dir = await tempStoreDir()
    const path = join(dir, 'desk.json')
    const migrate = (raw: Record<string, unknown>, from: number): unknown => {
      if (from === 2) return { ...raw, reporters: String(raw.reporters).split(', ') }
      if (from === 0) return { name: raw.desk, reporters: [] }
      throw new Error(`no step from ${from}`)
    }
    const file = new JsonFile(path, kind('refuse', { migrate }))
    await writeFile(path, '{"schemaVersion":2,"name":"dunia","reporters":"A, B"}')
    expect(await file.read()).toEqual({ state: 'ok', data: { name: 'dunia', reporters: ['A', 'B'] }, migratedFrom: 2 })
    await writeFile(path, '{"desk":"nasional"}')
    expect(await file.read()).toEqual({ state: 'ok', data: { name: 'nasional', reporters: [] }, migratedFrom: 0 })
    await writeFile(path, '{"schemaVersion":1,"name":"dunia"}')
    expect(await file.inspect()).toEqual({ state: 'damaged', reason: 'cannot migrate from schema 1: no step from 1' })
    expect(await new JsonFile(path, kind('refuse')).inspect()).toEqual({ state: 'old', version: 1 })
  })

  it('creates a file only once, never half-written', async () => {
    const dir = await tempStoreDir()
    const file = new JsonFile(join(dir, 'desk.lock'), kind('discard'))
    expect(await file.create({ name: 'satu', reporters: [] })).toBe(true)
    expect(await file.create({ name: 'dua', reporters: [] })).toBe(false)
    expect(await file.read()).toEqual({ state: 'ok', data: { name: 'satu', reporters: [] }, migratedFrom: null })
    expect(await readdir(dir)).toEqual(['desk.lock'])
  })

  it('will not be built with a quarantine policy and nowhere to quarantine', () => {
    expect(() => new JsonFile('/tmp/x.json', kind('quarantine'))).toThrow('a quarantined kind needs quarantineDir')
  })
})
