import { describe, expect, it } from 'vitest'
import { runCrashTrials } from './crash/harness'
import { tempStoreDir } from './helpers'

const TRIALS = Number(process.env.REDAKSI_CRASH_TRIALS ?? 50)

describe('crash trials', () => {
  it(`survives ${TRIALS} SIGKILLs mid-save with no corrupt file and no lost acknowledged save`, async () => {
    const result = await runCrashTrials(await tempStoreDir(), TRIALS, { seed: 2024 })
    expect(result.problems).toEqual([])
    expect(result).toMatchObject({ trials: TRIALS, corruptFiles: 0, quarantined: 0, lostAckedSaves: 0, mismatches: 0 })
    expect(result.ackedSaves).toBeGreaterThan(TRIALS) // the kills really landed among saves
  }, 180_000)
})
