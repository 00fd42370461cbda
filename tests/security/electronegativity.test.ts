import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const fixtures = join(root, 'tests/fixtures/electronegativity')

function scan(dir: string, ...flags: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(root, 'scripts/electronegativity.mjs'), ...flags, dir], { cwd: root, encoding: 'utf8' })
  return { status: result.status, output: result.stdout + result.stderr }
}

describe('npm run security (electronegativity)', () => {
  it('passes an Electron main process written to the security checklist', () => {
    const { status, output } = scan(join(fixtures, 'good'))
    expect(output).toMatch(/HIGH 0 \| MEDIUM 0 \| .* \| parse errors 0/)
    expect(status).toBe(0)
  })

  it('fails an unsandboxed window with no CSP, navigation limits or permission handler', () => {
    const { status, output } = scan(join(fixtures, 'bad'))
    for (const check of ['SANDBOX_JS_CHECK', 'CSP_GLOBAL_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']) {
      expect(output).toContain(check)
    }
    expect(output).toMatch(/bad[\\/]main\.ts:\d+/)
    expect(status).toBe(1)
  })

  it('fails when a file cannot be parsed, since that file went unchecked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redaksi-eneg-'))
    try {
      writeFileSync(join(dir, 'main.ts'), 'export const broken = {\n')
      const { status, output } = scan(dir)
      expect(output).toContain('PARSE ERROR')
      expect(status).toBe(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('finds, in a raw run over src (no exclusions), exactly the findings whose reasons are written down', () => {
    const { status, output } = scan(join(root, 'src'), '--raw')
    const findings = [...output.matchAll(/^(HIGH|MEDIUM|LOW|INFORMATIONAL) (\w+) (\w+)(?: \[review\])?(?: \((?:reviewed|accepted)\))? (\S+?):\d+$/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]} ${m[4]}`)
    expect(findings.sort()).toEqual(
      [
        'LOW TENTATIVE CSP_GLOBAL_CHECK src/main/electron/hardening.ts',
        'MEDIUM FIRM AUXCLICK_JS_CHECK src/main/electron/main-window.ts',
        'MEDIUM FIRM PRELOAD_JS_CHECK src/main/electron/main-window.ts',
        'MEDIUM TENTATIVE OPEN_EXTERNAL_JS_CHECK src/main/electron/hardening.ts'
      ]
    )
    expect(output).toMatch(/\(raw: no exclusions\): HIGH 0 \| MEDIUM 3 \| LOW 1 \| INFORMATIONAL 0 \| failing 0 \| parse errors 0/)
    expect(status).toBe(0)
  })

  it('is not silenced from inside the code: src carries no eng-disable comment', () => {
    const found = spawnSync('grep', ['-rln', 'eng-disable', join(root, 'src')], { encoding: 'utf8' })
    expect(found.stdout).toBe('')
    expect(found.status).toBe(1)
  })
})
