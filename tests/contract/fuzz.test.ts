import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { channels, contract, type Channel } from '../../src/shared/ipc'
import { isResult } from '../../src/shared/result'
import { openTestRedaksi } from '../helpers/redaksi'
import { snapshotTree } from '../helpers/temp-dir'

// Payloads a compromised or buggy renderer could send: any JSON, objects shaped almost right,
// prototype-pollution keys, huge strings and numbers that are not quite numbers.
const hostileValue = fc.oneof(
  fc.string({ maxLength: 2000 }),
  fc.constantFrom(Number.NaN, Infinity, -1, 1.5, 2 ** 53, -0, '', '0', 'null', '../../etc/passwd', '<script>alert(1)</script>'),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant(null),
  fc.constant(undefined)
)
const hostileObject = fc.dictionary(
  fc.oneof(fc.constantFrom('id', 'rev', 'draft', 'language', 'limit', 'offset', 'status', 'text', '__proto__', 'constructor'), fc.string()),
  hostileValue,
  { maxKeys: 6 }
)
const payload = fc.oneof(hostileValue, hostileObject, fc.array(hostileValue, { maxLength: 4 }))

describe('every channel against malformed payloads', () => {
  let redaksi: Awaited<ReturnType<typeof openTestRedaksi>>
  beforeAll(async () => {
    redaksi = await openTestRedaksi()
  })
  afterAll(() => redaksi.dispose())

  it.each(channels)('%s answers each with a typed error and writes nothing', async (channel: Channel) => {
    const before = await snapshotTree(redaksi.dataDir)
    await fc.assert(
      fc.asyncProperty(
        payload.filter((p) => !contract[channel].request.safeParse(p).success),
        async (p) => {
          const result = await redaksi.dispatch(channel, p)
          expect(isResult(result)).toBe(true)
          expect(result.ok).toBe(false)
          if (!result.ok) expect(result.error.code).toBe('invalid-request')
        }
      ),
      { numRuns: 300, seed: 20240617 }
    )
    expect(await snapshotTree(redaksi.dataDir)).toEqual(before)
  })
})
