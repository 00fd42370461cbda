// `npm start`: builds, then opens the app in Electron; or one clear sentence when the binary is
// missing (checked first, so nobody waits for a build that cannot be shown).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
let electronPath = null
try {
  electronPath = require('electron')
} catch {
  // electron/index.js throws when its install step did not fetch the binary.
}

if (typeof electronPath !== 'string' || !existsSync(electronPath)) {
  console.error(
    'Redaksi cannot start: the Electron binary is not installed (its download was skipped or failed) — run `npm run fetch-electron` with internet access, or run the same app in your browser with `npm run browser`.'
  )
  process.exit(1)
}

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' })
if (build.status !== 0) process.exit(build.status ?? 1)

const child = spawn(electronPath, ['.', ...process.argv.slice(2)], { stdio: 'inherit' })
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
