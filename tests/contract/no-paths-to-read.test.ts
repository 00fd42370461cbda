// No channel hands main a path to read: imports come as bytes the renderer read from a file the
// user picked or dropped. The channels that name a path at all write into a folder (exports) or
// open a file this session exported; each is checked where it is served (decision 0074).
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

describe('paths in the contract', () => {
  it('names a path only where main writes an export or opens one it wrote', () => {
    const pathLike = /^(?:files?|paths?|dir|outDir|folder)$/
    const withPaths = Object.entries(contract)
      .filter(([, c]) => keysOf(c.request as z.ZodType).some((k) => pathLike.test(k)))
      .map(([name]) => name)
      .sort()
    expect(withPaths).toEqual(['desktop.openExported', 'export.article', 'export.batch'])
    expect('import.files' in contract).toBe(false)
  })
})
