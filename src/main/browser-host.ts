import { mkdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { startBrowserHost } from './browser-host/server'
import { dataPaths, defaultDataDir, filesDirFromArgs, optionFromArgs } from './paths'
import { openRedaksi } from './redaksi'
import { openReportLines } from '../shared/i18n/open-report'

// `npm run browser`: the app in any browser, served from this machine only.
// Options: --port N (default: a free one), --data-dir DIR, --store DIR, --files-dir DIR (where
// exports may go; default: the data folder).

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url))
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as {
    version: string
  }
  const paths = dataPaths(defaultDataDir(), argv)
  // Exports from a tab go only inside this folder (decision 0075); it exists from the start, so
  // the files folder a refusal names is always there to look into.
  const filesDir = filesDirFromArgs(argv, paths)
  mkdirSync(filesDir, { recursive: true, mode: 0o700 })
  const redaksi = await openRedaksi(paths, { name: 'Redaksi', version: pkg.version, transport: 'browser' }, { filesDir, warmSpeller: true })
  const host = await startBrowserHost({
    dispatch: redaksi.dispatch,
    rendererDir,
    port: Number(optionFromArgs(argv, 'port') ?? 0),
    language: () => redaksi.settings.get().language,
    // Each address opens one browser; the next one is printed for another browser or profile.
    onTokenSpent: (next) => console.log(`Alamat di atas sudah dipakai. Untuk peramban lain: ${next}`),
    notices: (send) => redaksi.store.onChange((change) => send('articles.changed', { ids: [change.id], origin: change.origin }))
  })
  console.log(`Redaksi berjalan di ${host.url}`)
  console.log(`Penyimpanan: ${paths.storeDir}  (Ctrl+C untuk berhenti)`)
  console.log(`Folder berkas (ekspor): ${filesDir}`)
  for (const line of openReportLines(redaksi.openReport, redaksi.settings.get().language)) console.warn(line)

  const stop = async (): Promise<void> => {
    await host.close()
    await redaksi.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void stop())
  process.once('SIGTERM', () => void stop())
}

main().catch((error: unknown) => {
  console.error(`Redaksi tidak dapat dimulai: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
