import { dataPaths, defaultDataDir } from '../paths'
import { openRedaksi, type Redaksi } from '../redaksi'
import { SettingsFile } from '../settings/settings-file'
import { openArticleStore, type ArticleStore } from '../store'

/** Options every command takes (their help lines are in shared/i18n/cli.ts; --lang is taken out before). */
export const COMMON_OPTIONS = {
  store: { type: 'string' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

/**
 * Opens the same store and settings the desktop app would, with the same options. The store is
 * locked while open (the app cannot write it meanwhile), so commands close it when done.
 */
export async function withStore<T>(argv: readonly string[], work: (store: ArticleStore, settings: SettingsFile) => Promise<T>): Promise<T> {
  const paths = dataPaths(defaultDataDir(), argv)
  const settings = await SettingsFile.open(paths.settingsFile)
  const store = await openArticleStore(paths.storeDir)
  try {
    return await work(store, settings)
  } finally {
    await store.close()
  }
}

/**
 * The whole app behind the command line: services, sync and the store, as the desktop app opens
 * them, with sync run on demand (a command syncs and exits; no background engine).
 */
export async function withRedaksi<T>(argv: readonly string[], work: (redaksi: Redaksi) => Promise<T>): Promise<T> {
  const paths = dataPaths(defaultDataDir(), argv)
  const redaksi = await openRedaksi(paths, { name: 'Redaksi', version: 'cli', transport: 'browser' }, {}, { background: false })
  try {
    return await work(redaksi)
  } finally {
    await redaksi.close()
  }
}
