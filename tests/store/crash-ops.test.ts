// Unspike, empty trash, notes (through the sync write-ahead), profiles, and all of them mixed with
// saves, each killed by a real SIGKILL at seeded random moments: after every kill the app reopens,
// reports only the dead child's lock, sets nothing aside, and holds every acknowledged operation
// whole (tests/store/crash/ops-trials.ts). REDAKSI_CRASH_OPS_TRIALS changes the count per mode.
import { appendFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleChild, type BundledChild } from './crash/bundle-child'
import { OPS_WRITER, runOpsTrials } from './crash/ops-trials'
import type { CrashMode, Op } from './crash/ops-ledger'
import { tempStoreDir } from './helpers'

const TRIALS = Number(process.env.REDAKSI_CRASH_OPS_TRIALS ?? 24)

/**
 * Per mode: its seed, the operations its kills aim at (the kill comes 1–4 of their intents in, up
 * to `delayMs` later) and those that must have been acknowledged often for the trials to count.
 */
const MODES: Array<{ mode: CrashMode; seed: number; aim: Op[]; delayMs: number; about: Op[] }> = [
  { mode: 'unspike', seed: 11, aim: ['unspike'], delayMs: 30, about: ['unspike', 'spike'] },
  { mode: 'empty-trash', seed: 12, aim: ['empty'], delayMs: 40, about: ['empty'] },
  { mode: 'notes', seed: 13, aim: ['note-add', 'note-resolve'], delayMs: 20, about: ['note-add', 'note-resolve'] },
  { mode: 'profiles', seed: 14, aim: ['profile-save', 'profile-switch'], delayMs: 15, about: ['profile-save', 'profile-switch'] },
  { mode: 'mixed', seed: 15, aim: ['save', 'unspike', 'empty', 'note-add', 'profile-save'], delayMs: 30, about: ['save', 'note-add', 'profile-save'] }
]

describe('operation crash trials', () => {
  let writer: BundledChild
  beforeAll(async () => {
    writer = await bundleChild(OPS_WRITER)
  })
  afterAll(() => writer.remove())
  for (const { mode, seed, aim, delayMs, about } of MODES) {
    it(`holds every acknowledged ${mode} operation across ${TRIALS} SIGKILLs`, async () => {
      const result = await runOpsTrials(writer.path, await tempStoreDir(), mode, { trials: TRIALS, seed, aim, intents: [1, 4], delayMs })
      if (process.env.REDAKSI_CRASH_FIGURES) await appendFile(process.env.REDAKSI_CRASH_FIGURES, `${JSON.stringify({ ...result, problems: result.problems.length })}\n`)
      expect(result.problems).toEqual([])
      expect(result).toMatchObject({ trials: TRIALS, held: TRIALS })
      // The kills really landed among the operations this mode is about, most of them mid-operation.
      for (const op of about) expect(result.figures[op]?.acked ?? 0, `${op} acknowledged`).toBeGreaterThanOrEqual(TRIALS / 4)
      const aimedMid = aim.reduce((sum, op) => sum + (result.figures[op]?.killedMid ?? 0), 0)
      expect(aimedMid, 'killed during an aimed-at operation').toBeGreaterThanOrEqual(TRIALS / 4)
      expect(result.killedMid, 'killed mid-operation').toBeGreaterThanOrEqual(TRIALS / 2)
    }, 120_000)
  }
})
