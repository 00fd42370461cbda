import { describe, expect, it } from 'vitest'
import { dataPaths, defaultDataDir, optionFromArgs } from '../../src/main/paths'

describe('where Redaksi keeps its data', () => {
  it('matches Electron’s userData folder on each platform', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/a/.config' }, 'linux')).toBe('/home/a/.config/Redaksi')
    expect(defaultDataDir({ APPDATA: 'C:/Users/a/AppData/Roaming' }, 'win32')).toMatch(/Roaming[\\/]Redaksi$/)
    expect(defaultDataDir({}, 'darwin')).toMatch(/Library[\\/]Application Support[\\/]Redaksi$/)
  })

  it('takes --store and --data-dir in both spellings', () => {
    expect(optionFromArgs(['--store', '/x'], 'store')).toBe('/x')
    expect(optionFromArgs(['--store=/y'], 'store')).toBe('/y')
    expect(optionFromArgs(['--storey=/y'], 'store')).toBeNull()
    expect(dataPaths('/d', [])).toEqual({ storeDir: '/d/store', settingsFile: '/d/settings.json' })
    expect(dataPaths('/d', ['--data-dir', '/t'])).toEqual({ storeDir: '/t/store', settingsFile: '/t/settings.json' })
    expect(dataPaths('/d', ['--store', '/s'])).toEqual({ storeDir: '/s', settingsFile: '/d/settings.json' })
  })
})
