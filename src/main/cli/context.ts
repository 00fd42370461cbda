import { dataPaths, defaultDataDir } from '../paths'
import { openRedaksi, type Redaksi } from '../redaksi'
import { SettingsFile } from '../settings/settings-file'
import { openArticleStore, userOpenReport, type ArticleStore } from '../store'
import { openReportLines } from '../../shared/i18n/open-report'
import type { StoreOpenReport } from '../../shared/open-report'
import type { CliIo, Language } from './io'

/** A command's run: its arguments, and where and in which language it speaks. */
export interface CliRun {
  argv: readonly string[]
  io: CliIo
  language: Language
}

/** What opening the store set aside or took over, on stderr before the command's own output. */
function tellOpened(run: CliRun, report: StoreOpenReport): void {
  for (const line of openReportLines(report, run.language)) run.io.err(`redaksi: ${line}\n`)
}

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
export async function withStore<T>(run: CliRun, work: (store: ArticleStore, settings: SettingsFile) => Promise<T>): Promise<T> {
  const paths = dataPaths(defaultDataDir(), run.argv)
  const settings = await SettingsFile.open(paths.settingsFile)
  const store = await openArticleStore(paths.storeDir)
  tellOpened(run, userOpenReport(store.openReport))
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
export async function withRedaksi<T>(run: CliRun, work: (redaksi: Redaksi) => Promise<T>): Promise<T> {
  const paths = dataPaths(defaultDataDir(), run.argv)
  const redaksi = await openRedaksi(paths, { name: 'Redaksi', version: 'cli', transport: 'browser' }, {}, { background: false })
  tellOpened(run, redaksi.openReport)
  try {
    return await work(redaksi)
  } finally {
    await redaksi.close()
  }
}
