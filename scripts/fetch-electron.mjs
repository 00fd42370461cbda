// Fetches Electron's binary at install time, the way Electron's own postinstall does, but where
// its download host cannot be reached (offline CI, a newsroom behind a proxy) the install still
// succeeds: `npm start` then explains what to do, and `npm run browser` runs the same app.
// `npm run fetch-electron` (--required) retries and fails loudly.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const required = process.argv.includes('--required')
const require = createRequire(import.meta.url)

let installScript
try {
  installScript = join(dirname(require.resolve('electron/package.json')), 'install.js')
} catch {
  // Production install without devDependencies: nothing to fetch.
  process.exit(0)
}
if (!existsSync(installScript)) process.exit(0)

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD && !required) {
  console.log('redaksi: ELECTRON_SKIP_BINARY_DOWNLOAD is set; Electron binary not fetched (npm run browser still works).')
  process.exit(0)
}

const env = { ...process.env }
if (required) delete env.ELECTRON_SKIP_BINARY_DOWNLOAD
const result = spawnSync(process.execPath, [installScript], { stdio: ['ignore', 'inherit', 'pipe'], env, timeout: 10 * 60_000 })
if (result.status === 0) process.exit(0)

const reason = (result.stderr?.toString() ?? '').split('\n').find((line) => line.trim() !== '') ?? 'unknown error'
if (required) {
  console.error(`redaksi: could not download the Electron binary: ${reason}`)
  process.exit(1)
}
console.warn(
  `redaksi: the Electron binary could not be downloaded (${reason.trim()}).\n` +
    '         Install finished anyway: run `npm run fetch-electron` when online, or `npm run browser` to use Redaksi in a browser.'
)
