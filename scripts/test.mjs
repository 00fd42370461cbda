// `npm test`: every check CI runs, in order, stopping at the first failure; closes with one
// "N passed, N failed, N skipped" line summed over the vitest suites.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const reports = mkdtempSync(join(tmpdir(), 'redaksi-test-'))
const totals = { passed: 0, failed: 0, skipped: 0 }

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0
}

function vitest(name, config, wrapper = []) {
  const report = join(reports, `${name}.json`)
  const args = ['vitest', 'run', ...(config ? ['--config', config] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]
  return { name, command: [...wrapper, 'npx', ...args], report }
}

// The desktop journeys need a display; xvfb-run gives them one where none is set.
const electronWrapper = !process.env.DISPLAY && hasCommand('xvfb-run') ? ['xvfb-run', '-a'] : []

const steps = [
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'security', command: ['npm', 'run', '--silent', 'security'] },
  vitest('unit'),
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  vitest('e2e', 'vitest.e2e.config.ts'),
  vitest('electron', 'vitest.electron.config.ts', electronWrapper)
]

let failedStep = null
for (const step of steps) {
  const started = Date.now()
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`)
  const result = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit', shell: process.platform === 'win32' })
  if (step.report && existsSync(step.report)) {
    const r = JSON.parse(readFileSync(step.report, 'utf8'))
    totals.passed += r.numPassedTests
    totals.failed += r.numFailedTests
    totals.skipped += r.numPendingTests + r.numTodoTests
  }
  console.log(`◀ ${step.name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (result.status !== 0) {
    failedStep = step.name
    if (!step.report || totals.failed === 0) totals.failed += 1
    break
  }
}

rmSync(reports, { recursive: true, force: true })
console.log(failedStep ? `\nnpm test stopped at: ${failedStep}` : '\nnpm test: all steps passed')
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(failedStep ? 1 : 0)
