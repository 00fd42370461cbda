// No channel hands main a path to read: imports come as bytes the renderer read from a file the
// user picked or dropped (decision 0074). The channels that name a path at all write into a folder
// (exports) or open a file this session exported; main confines each where it is served — the
// dialog's folders on the desktop, the files folder in the browser host (decision 0075) — and each
// names the tests that prove it.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { contract } from '../../src/shared/ipc'

/** The keys of a request schema, through unions, refinements and pipes. */
function keysOf(schema: z.ZodType): string[] {
  const def = (schema as unknown as { def: { type: string; shape?: Record<string, z.ZodType>; options?: z.ZodType[]; in?: z.ZodType; innerType?: z.ZodType } }).def
  if (def.type === 'object') return Object.keys(def.shape ?? {})
  if (def.type === 'union') return (def.options ?? []).flatMap(keysOf)
  if (def.type === 'pipe' && def.in) return keysOf(def.in)
  if (def.innerType) return keysOf(def.innerType)
  return []
}

const root = join(import.meta.dirname, '../..')
const DESKTOP = 'tests/electron-seams/export-folders.test.ts'
const BROWSER_HOST = 'tests/browser-host/export-folders.test.ts'
/** Each channel that names a path, and the tests of its confinement. */
const CONFINED_BY: Record<string, string[]> = {
  'desktop.openExported': [DESKTOP],
  'export.article': [DESKTOP, BROWSER_HOST, 'tests/cli/export-targets.test.ts'],
  'export.batch': [DESKTOP, BROWSER_HOST]
}

describe('paths in the contract', () => {
  it('names a path only where main writes an export or opens one it wrote', () => {
    const pathLike = /^(?:files?|paths?|dir|outDir|folder)$/
    const withPaths = Object.entries(contract)
      .filter(([, c]) => keysOf(c.request as z.ZodType).some((k) => pathLike.test(k)))
      .map(([name]) => name)
      .sort()
    expect(withPaths).toEqual(['desktop.openExported', 'export.article', 'export.batch'])
    expect(Object.keys(CONFINED_BY).sort()).toEqual(withPaths)
    for (const file of Object.values(CONFINED_BY).flat()) expect(existsSync(join(root, file)), file).toBe(true)
    expect('import.files' in contract).toBe(false)
  })

  it('leaves an export folder for main to confine: the schema takes one relative or absolute, never with NUL', () => {
    const request = (outDir: string) => ({ id: '01M8S2E28EHCAA0QCCXFBEJTNJ', format: 'html', outDir })
    const accepts = (outDir: string) => contract['export.article'].request.safeParse(request(outDir)).success
    expect([accepts('ekspor/hari-ini'), accepts(''), accepts('/home/rina/ekspor'), accepts('ekspor\0/x'), accepts('x'.repeat(4097))]).toEqual([true, true, true, false, false])
  })
})
