import { join } from 'node:path'
import { writeFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { readWindowState, restoreWindowState, writeWindowState } from '../../src/main/electron/window-state'
import { makeTempDir } from '../helpers/temp-dir'

const laptop = [{ x: 0, y: 0, width: 1920, height: 1080 }]

describe('remembered window size and position', () => {
  const cleanup: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const c of cleanup.splice(0)) await c()
  })

  it('comes back as it was saved', async () => {
    const dir = await makeTempDir()
    cleanup.push(dir.remove)
    const file = join(dir.path, 'nested', 'window-state.json')
    await writeWindowState(file, { bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true })
    expect(await readWindowState(file, laptop)).toEqual({ bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true })
  })

  it('keeps the size but drops a position on a display that is gone', () => {
    expect(restoreWindowState({ bounds: { x: 3000, y: 100, width: 1000, height: 700 }, maximized: false }, laptop)).toEqual({
      bounds: { width: 1000, height: 700 },
      maximized: false
    })
  })

  it('falls back to a sensible default for a damaged or missing file', async () => {
    const dir = await makeTempDir()
    cleanup.push(dir.remove)
    const file = join(dir.path, 'window-state.json')
    expect((await readWindowState(file, laptop)).bounds).toEqual({ width: 1280, height: 860 })
    await writeFile(file, '{"bounds": {"width": 5')
    expect((await readWindowState(file, laptop)).bounds).toEqual({ width: 1280, height: 860 })
    expect(restoreWindowState({ bounds: { width: 10, height: 10 }, maximized: false }, laptop).bounds).toEqual({ width: 1280, height: 860 })
  })
})
