// The app's own small files, each with its stated policy for damage (decision 0060).
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readWindowState, writeWindowState } from '../../src/main/electron/window-state'
import { DEFAULT_SETTINGS, SettingsFile } from '../../src/main/settings/settings-file'
import { NoteStore } from '../../src/main/workflow/note-store'
import { ProfilesFile } from '../../src/main/workflow/profiles-file'
import { refusal, tempStoreDir } from '../store/helpers'

describe('settings.json', () => {
  it('reads a file from before schema versions, and writes it back versioned', async () => {
    const dir = await tempStoreDir()
    const path = join(dir, 'settings.json')
    await writeFile(path, JSON.stringify({ language: 'en', outlet: 'KOMPAS.com', headlineLimit: 90, zone: 'WITA' }))
    const settings = await SettingsFile.open(path)
    // A file written before the theme setting existed follows the system.
    expect(settings.get()).toEqual({ language: 'en', outlet: 'KOMPAS.com', headlineLimit: 90, zone: 'WITA', theme: 'system' })
    await settings.update({ zone: 'WIT' })
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ schemaVersion: 1, language: 'en', outlet: 'KOMPAS.com', headlineLimit: 90, zone: 'WIT', theme: 'system' })
    expect((await SettingsFile.open(path)).get().zone).toBe('WIT')
  })

  it('lets one bad value fall back alone, and sets a file that is not JSON aside before using the defaults', async () => {
    const dir = await tempStoreDir()
    const path = join(dir, 'settings.json')
    await writeFile(path, JSON.stringify({ schemaVersion: 1, language: 'fr', outlet: 'KOMPAS.com', headlineLimit: 90, zone: 'WIB', theme: 'sepia' }))
    expect((await SettingsFile.open(path)).get()).toEqual({ ...DEFAULT_SETTINGS, outlet: 'KOMPAS.com', headlineLimit: 90 })
    await writeFile(path, JSON.stringify({ schemaVersion: 1, language: 'id', outlet: 'KOMPAS.com', headlineLimit: 90, zone: 'WIB', theme: 'dark' }))
    expect((await SettingsFile.open(path)).get().theme).toBe('dark')
    await writeFile(path, '{"language": "en"')
    expect((await SettingsFile.open(path)).get()).toEqual(DEFAULT_SETTINGS)
    const names = await readdir(dir)
    expect(names).toHaveLength(1)
    expect(names[0]).toMatch(/^settings\.json\.damaged-\d{4}-\d\d-\d\dT[\d-]+Z$/)
    expect(await readFile(join(dir, names[0]!), 'utf8')).toBe('{"language": "en"')
  })
})

describe('profiles.json', () => {
  it('keeps a damaged file aside and starts without profiles', async () => {
    const dir = await tempStoreDir()
    const path = join(dir, 'profiles.json')
    await writeFile(path, JSON.stringify({ schemaVersion: 1, profiles: [{ id: 'x' }], currentId: null }))
    expect((await ProfilesFile.open(path)).list()).toEqual({ profiles: [], currentId: null })
    expect((await readdir(dir)).map((n) => n.replace(/damaged-.*/, 'damaged-'))).toEqual(['profiles.json.damaged-'])
  })
})

describe('editor notes', () => {
  it('refuses a damaged thread with note.damaged and never overwrites it', async () => {
    const dir = await tempStoreDir()
    const notes = new NoteStore(dir)
    const id = '01J0000000000000000000000A'
    await notes.add(id, 'Deni', 'Cek nama narasumber.')
    const path = join(dir, 'notes', `${id}.json`)
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ schemaVersion: 1, notes: [{ author: 'Deni', body: 'Cek nama narasumber.' }] })
    await writeFile(path, '{"schemaVersion":1,"notes":[{"id":')
    expect(await refusal(notes.list(id))).toEqual({ reason: 'note.damaged', params: { id } })
    expect(await refusal(notes.add(id, 'Deni', 'Lagi'))).toEqual({ reason: 'note.damaged', params: { id } })
    await writeFile(path, '{"schemaVersion":2,"notes":[]}')
    expect(await refusal(notes.list(id))).toEqual({ reason: 'note.damaged', params: { id } })
    expect(await readFile(path, 'utf8')).toBe('{"schemaVersion":2,"notes":[]}')
  })
})

describe('window-state.json', () => {
  it('is written versioned, and a damaged one is ignored for the default size', async () => {
    const dir = await tempStoreDir()
    const path = join(dir, 'window-state.json')
    const laptop = [{ x: 0, y: 0, width: 1920, height: 1080 }]
    await writeWindowState(path, { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false })
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ schemaVersion: 1, bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false })
    expect(await readWindowState(path, laptop)).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false })
    await writeFile(path, JSON.stringify({ bounds: { width: 10, height: 10 }, maximized: false }))
    expect(await readWindowState(path, laptop)).toEqual({ bounds: { width: 1280, height: 860 }, maximized: false })
  })
})
