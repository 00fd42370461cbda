import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

/**
 * Where Electron's app.getPath('userData') points for "Redaksi", computed without Electron so the
 * browser host and the command line open the same store as the desktop app.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Redaksi')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Redaksi')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Redaksi')
}

/** The value of `--name VALUE` or `--name=VALUE` on a command line, if given. */
export function optionFromArgs(argv: readonly string[], name: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === `--${name}`) return argv[i + 1] ?? null
    if (arg?.startsWith(`--${name}=`)) return arg.slice(name.length + 3)
  }
  return null
}

export interface DataPaths {
  storeDir: string
  settingsFile: string
}

/**
 * `--data-dir DIR` moves everything (tests use it to stay out of the user's folder);
 * `--store DIR` moves only the articles, e.g. to a shared drive.
 */
export function dataPaths(defaultDir: string, argv: readonly string[]): DataPaths {
  const dataDir = optionFromArgs(argv, 'data-dir') ?? defaultDir
  return {
    storeDir: optionFromArgs(argv, 'store') ?? join(dataDir, 'store'),
    settingsFile: join(dataDir, 'settings.json')
  }
}

/**
 * `--files-dir DIR`: the one folder the browser host's exports may write inside (decision 0075);
 * by default the data folder, where the settings live.
 */
export function filesDirFromArgs(argv: readonly string[], paths: DataPaths): string {
  return resolve(optionFromArgs(argv, 'files-dir') ?? dirname(paths.settingsFile))
}
