import { describe, expect, it, vi } from 'vitest'
import { describeUpdated, formatUpdatedDate } from '../../src/renderer/src/features/articles/updated-time'
import { formatMoment } from '../../src/renderer/src/ui/format-moment'

// 17 June 2024, 20:49 WIB is 13:49 UTC.
const at = '2024-06-17T13:49:00.000Z'
const plus = (ms: number): number => Date.parse(at) + ms
const MIN = 60_000
const HOUR = 60 * MIN

describe('describeUpdated', () => {
  it('says "just now" within the first minute, and for a slightly fast clock elsewhere', () => {
    expect(describeUpdated(at, plus(0), 'WIB')).toEqual({ kind: 'justNow' })
    expect(describeUpdated(at, plus(59_999), 'WIB')).toEqual({ kind: 'justNow' })
    expect(describeUpdated(at, plus(-90_000), 'WIB')).toEqual({ kind: 'justNow' })
  })

  it('counts whole minutes within the hour', () => {
    expect(describeUpdated(at, plus(MIN), 'WIB')).toEqual({ kind: 'minutes', count: 1 })
    expect(describeUpdated(at, plus(2 * MIN + 30_000), 'WIB')).toEqual({ kind: 'minutes', count: 2 })
    expect(describeUpdated(at, plus(HOUR - 1), 'WIB')).toEqual({ kind: 'minutes', count: 59 })
  })

  it('counts hours while it is still the same day in the zone', () => {
    expect(describeUpdated(at, plus(HOUR), 'WIB')).toEqual({ kind: 'hours', count: 1 })
    // 20:49 + 3 h 10 min is 23:59 WIB, still 17 June.
    expect(describeUpdated(at, plus(3 * HOUR + 10 * MIN), 'WIB')).toEqual({ kind: 'hours', count: 3 })
  })

  it('says "yesterday" with the time once the zone\'s calendar has turned', () => {
    // 01:00 WIB on 18 June.
    expect(describeUpdated(at, plus(4 * HOUR + 11 * MIN), 'WIB')).toEqual({ kind: 'yesterday', time: '20:49' })
    // The same instants in WIT (+2 h): 22:49 on the 17th, seen at 03:00 on the 18th.
    expect(describeUpdated(at, plus(4 * HOUR + 11 * MIN), 'WIT')).toEqual({ kind: 'yesterday', time: '22:49' })
  })

  it('keeps minutes across midnight for something just written', () => {
    const late = '2024-06-17T16:50:00.000Z' // 23:50 WIB
    expect(describeUpdated(late, Date.parse(late) + 20 * MIN, 'WIB')).toEqual({ kind: 'minutes', count: 20 })
  })

  it('gives the full date from the day before yesterday, and for a time far in the future', () => {
    expect(describeUpdated(at, plus(2 * 24 * HOUR), 'WIB')).toMatchObject({ kind: 'date', zone: 'WIB' })
    expect(describeUpdated(at, plus(-HOUR), 'WIB')).toMatchObject({ kind: 'date' })
  })

  it('does not depend on the zone of the machine it runs on', () => {
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo']) {
        vi.stubEnv('TZ', tz)
        expect(describeUpdated(at, plus(5 * HOUR), 'WITA')).toEqual({ kind: 'yesterday', time: '21:49' })
        expect(formatUpdatedDate(new Date(at), 'WIB', 'id')).toBe('17 Juni 2024, 20:49 WIB')
      }
    } finally {
      vi.unstubAllEnvs()
    }
  })
})

describe('formatUpdatedDate', () => {
  it('prints the Kompas line in Indonesian', () => {
    expect(formatUpdatedDate(new Date(at), 'WIB', 'id')).toBe('17 Juni 2024, 20:49 WIB')
    expect(formatUpdatedDate(new Date(at), 'WITA', 'id')).toBe('17 Juni 2024, 21:49 WITA')
  })

  it('keeps the order with English month names, in the zone, not UTC', () => {
    expect(formatUpdatedDate(new Date(at), 'WIB', 'en')).toBe('17 June 2024, 20:49 WIB')
    // 23:30 UTC on the 30th is already 1 July in WIT.
    expect(formatUpdatedDate(new Date('2024-06-30T23:30:00.000Z'), 'WIT', 'en')).toBe('1 July 2024, 08:30 WIT')
  })
})

describe('formatMoment: one clock on every screen', () => {
  it('shows the same instant on the newsroom zone chosen, not the machine clock', () => {
    const instant = new Date('2026-12-01T01:19:00.000Z')
    expect(formatMoment(instant, 'WIB', 'id')).toBe('1 Desember 2026, 08:19 WIB')
    expect(formatMoment(instant, 'WITA', 'id')).toBe('1 Desember 2026, 09:19 WITA')
    expect(formatMoment(instant, 'WIT', 'en')).toBe('1 December 2026, 10:19 WIT')
  })
})
