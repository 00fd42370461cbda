// The sync status the header, the profile context and the banners read: polled every two seconds,
// and handed on as a new object only when it changed, since the profile context at the top of the
// tree re-renders the whole screen for each new object (decision 0110).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SyncStatus } from '../../src/shared/sync-status'

const base: SyncStatus = {
  phase: 'local',
  server: null,
  account: null,
  waiting: 0,
  offlineSince: null,
  lastSyncedAt: null,
  problems: [],
  conflicts: [],
  lastFailure: null,
  held: []
}

let answer: SyncStatus = base
let asked = 0

beforeEach(() => {
  vi.useFakeTimers()
  vi.resetModules()
  asked = 0
  answer = base
  // What main answers: a fresh copy each time, as a real IPC reply is.
  const redaksi = {
    sync: { status: async () => ((asked += 1), { ok: true as const, value: structuredClone(answer) }) },
    on: () => () => undefined
  }
  vi.stubGlobal('window', { redaksi })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

async function poll(times: number): Promise<void> {
  for (let i = 0; i < times; i++) await vi.advanceTimersByTimeAsync(2000)
}

describe('sync status polling', () => {
  it('keeps the same object, and calls no reader, while main answers the same status', async () => {
    const { watchSyncStatus, syncStatusNow } = await import('../../src/renderer/src/features/sync/useSyncStatus')
    const reader = vi.fn()
    const stop = watchSyncStatus(reader)
    await vi.advanceTimersByTimeAsync(0)
    expect(reader).toHaveBeenCalledTimes(1)
    const first = syncStatusNow()
    expect(first).toEqual(base)

    await poll(5)
    expect(asked).toBe(6)
    expect(reader).toHaveBeenCalledTimes(1)
    expect(syncStatusNow()).toBe(first)
    stop()
  })

  it('hands on a new status at the next poll once it differs, even deep inside', async () => {
    const { watchSyncStatus, syncStatusNow } = await import('../../src/renderer/src/features/sync/useSyncStatus')
    const reader = vi.fn()
    const stop = watchSyncStatus(reader)
    await vi.advanceTimersByTimeAsync(0)

    answer = { ...base, phase: 'pending', waiting: 1 }
    await poll(1)
    expect(reader).toHaveBeenCalledTimes(2)
    expect(syncStatusNow()).toMatchObject({ phase: 'pending', waiting: 1 })

    answer = { ...answer, held: [{ server: 'https://redaksi.test', login: 'deni', count: 1, changes: [] }] }
    await poll(1)
    expect(reader).toHaveBeenCalledTimes(3)
    expect(syncStatusNow()?.held).toHaveLength(1)
    stop()
  })

  it('stops asking when the last reader leaves', async () => {
    const { watchSyncStatus } = await import('../../src/renderer/src/features/sync/useSyncStatus')
    const stop = watchSyncStatus(() => undefined)
    await vi.advanceTimersByTimeAsync(0)
    stop()
    const before = asked
    await poll(3)
    expect(asked).toBe(before)
  })
})
