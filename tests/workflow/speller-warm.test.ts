import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type * as SpellerModule from '../../src/main/spelling/indonesian-speller'
import type * as RedaksiModule from '../../src/main/redaksi'
import { makeTempDir } from '../helpers/temp-dir'

// Fresh modules each time: the dictionary is loaded once per process, and these tests ask
// whether it was asked for at all.
const fresh = async (): Promise<{ speller: typeof SpellerModule; redaksi: typeof RedaksiModule }> => {
  vi.resetModules()
  return { speller: await import('../../src/main/spelling/indonesian-speller'), redaksi: await import('../../src/main/redaksi') }
}

const openIn = async (redaksi: typeof RedaksiModule, dir: string, warmSpeller: boolean): Promise<RedaksiModule.Redaksi> =>
  redaksi.openRedaksi(
    { storeDir: join(dir, 'store'), settingsFile: join(dir, 'settings.json') },
    { name: 'Redaksi', version: '0.0.0-test', transport: 'browser' },
    { warmSpeller }
  )

describe('the dictionary loaded ahead of the first check (decision 0117)', () => {
  it('is loaded a moment after start-up, and checks as before', async () => {
    const { speller } = await fresh()
    speller.warmSpellerSoon(20)
    expect(speller.spellerRequested()).toBe(false)
    await vi.waitFor(() => expect(speller.spellerRequested()).toBe(true), { timeout: 2_000 })
    await expect(speller.misspelled(['rumah', 'rumha'])).resolves.toEqual([{ word: 'rumha', suggestions: expect.arrayContaining(['rumah']) }])
  })

  it('is not loaded when the app closes before the moment comes', async () => {
    const { speller } = await fresh()
    const cancel = speller.warmSpellerSoon(20)
    cancel()
    await new Promise((r) => setTimeout(r, 100))
    expect(speller.spellerRequested()).toBe(false)
  })

  it('is loaded by an app window’s host, and not by a CLI command or a test’s desk', async () => {
    const dir = await makeTempDir()
    try {
      const quiet = await fresh()
      const cli = await openIn(quiet.redaksi, join(dir.path, 'cli'), false)
      const windowed = await fresh()
      const app = await openIn(windowed.redaksi, join(dir.path, 'app'), true)
      await vi.waitFor(() => expect(windowed.speller.spellerRequested()).toBe(true), { timeout: 4_000, interval: 50 })
      expect(quiet.speller.spellerRequested()).toBe(false)
      await Promise.all([cli.close(), app.close()])
    } finally {
      await dir.remove()
    }
  })
})
