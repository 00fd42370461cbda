// Electron security lint: runs @doyensec/electronegativity over a source folder (default `src`)
// and fails on any MEDIUM or HIGH finding (the tool has no CRITICAL level) and on any file the
// tool could not parse, since an unparsed file is an unchecked one.
//   node scripts/electronegativity.mjs [dir]
// Exit 0: clean; 1: findings or parse errors; 2: the tool itself failed.
//
// It uses the tool's programmatic API rather than its CLI: the CLI exits 0 whatever it finds,
// its SARIF output carries no severity, its CSV output is written by two racing async writes,
// and neither output mentions files it failed to parse. The API returns all of that as data.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const target = process.argv[2] ? resolve(process.argv[2]) : resolve(root, 'src')
const require = createRequire(import.meta.url)

// Checks that fire on correct, current Electron code (names are the tool's check class names):
const EXCLUDED_CHECKS = [
  // Flags every BrowserWindow lacking `disableBlinkFeatures: 'Auxclick'`, but Chromium has no
  // such runtime feature any more, so the fix is a no-op; middle-click opens a new window through
  // the window-open handler, which we deny (its LIMIT_NAVIGATION checks stay on).
  'AuxclickJSCheck',
  // Flags every `preload:` as "review the use of preload scripts": a sandboxed, context-isolated
  // preload exposing a narrow contextBridge API is Electron's recommended design, not a finding.
  'PreloadJSCheck',
  // Downloads Electron's release list from GitHub on every run; it only reports when the scanned
  // folder has a package.json (src has none), and Electron upgrades are tracked via npm instead.
  'AvailableSecurityFixesGlobalCheck'
]

// The tool also fetches translations from S3 on every run (1 s timeout, retried). Answer that
// request with a 404 so it keeps its bundled en-US strings and the scan stays offline.
try {
  const gotPath = createRequire(require.resolve('@doyensec/electronegativity')).resolve('got')
  const offline = async () => ({ statusCode: 404, body: '' })
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { head: offline }) }
} catch {
  // A later version without `got`: nothing to stub.
}

const run = require('@doyensec/electronegativity')
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version

let result
try {
  result = await run({ input: target, electronVersionOverride: electronVersion, excludeFromScan: EXCLUDED_CHECKS })
} catch (error) {
  console.error(`electronegativity failed on ${target}: ${error instanceof Error ? error.message : error}`)
  process.exit(2)
}

const LEVELS = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']
const FAILING = new Set(['HIGH', 'MEDIUM'])
const where = (file, line) => (file === 'N/A' ? '(whole app)' : relative(process.cwd(), file) + (line ? `:${line}` : ''))

const blocking = result.issues
  .filter((issue) => FAILING.has(issue.severity.name))
  .sort((a, b) => b.severity.value - a.severity.value || a.file.localeCompare(b.file) || a.location.line - b.location.line)
for (const issue of blocking) {
  const review = issue.manualReview ? ' [review]' : ''
  console.log(`${issue.severity.name} ${issue.id}${review} ${where(issue.file, issue.location.line)}\n  ${issue.description}`)
}
for (const error of result.errors) {
  const label = error.tolerable ? 'parse warning' : 'PARSE ERROR (file not checked)'
  console.log(`${label} ${where(error.file)}\n  ${error.message}`)
}

const parseErrors = result.errors.filter((error) => !error.tolerable).length
const counts = LEVELS.map((level) => `${level} ${result.issues.filter((i) => i.severity.name === level).length}`)
console.log(`electronegativity ${relative(process.cwd(), target) || '.'}: ${counts.join(' | ')} | parse errors ${parseErrors}`)
process.exitCode = blocking.length > 0 || parseErrors > 0 ? 1 : 0
