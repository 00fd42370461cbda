// The command line in-process, for quick feedback; tests/e2e/cli.e2e.test.ts runs the built one.
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/run-cli'
import { makeTempDir } from '../helpers/temp-dir'

const fixture = join(import.meta.dirname, '../fixtures/kompas-tv-putin-korea-utara.txt')

describe('runCli', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>
  let out: string
  let err: string
  const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) }
  const run = (...argv: string[]) => runCli([...argv, '--store', join(temp.path, 'store'), '--data-dir', temp.path], io, {})

  beforeEach(async () => {
    temp = await makeTempDir('redaksi-cli-unit-')
    out = ''
    err = ''
  })
  afterEach(async () => {
    await temp.remove()
  })

  it('answers usage mistakes with exit 2 and a pointer to --help', async () => {
    for (const argv of [
      ['export', '--format', 'odt', '--out', temp.path, 'X'],
      ['export', '--format', 'html', 'X'],
      ['export', '--format', 'html', '--out', temp.path],
      ['export', '--format', 'html', '--out', temp.path, '--image', 'link', 'X'],
      ['import'],
      ['import', '--on-duplicate', 'merge', fixture],
      ['check'],
      ['list', '--status', 'terbit'],
      ['list', '--unknown']
    ]) {
      err = ''
      expect(await run(...argv), argv.join(' ')).toBe(2)
      expect(err).toContain('--help')
    }
  })

  it('imports, lists as JSON and checks', async () => {
    expect(await run('import', '--json', fixture)).toBe(0)
    const id = (JSON.parse(out) as { id: string }[])[0]!.id
    out = ''
    expect(await run('list', '--json')).toBe(0)
    expect(JSON.parse(out)).toMatchObject([{ id, section: 'dunia', status: 'draft' }])
    out = ''
    expect(await run('check', '--json', id)).toBe(1)
    expect(JSON.parse(out)).toMatchObject([{ id, findings: expect.arrayContaining([expect.objectContaining({ rule: 'day-matches-date' })]) }])
  })

  it('reports an unknown article on stderr with exit 1', async () => {
    expect(await run('check', '01J0000000000000000000000Z')).toBe(1)
    expect(err).toContain('01J0000000000000000000000Z')
    expect(out).toBe('')
  })
})
