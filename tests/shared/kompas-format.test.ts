import { describe, expect, it } from 'vitest'
import { formatDateline, splitDateline } from '../../src/shared/kompas/dateline'
import { formatSectionLine } from '../../src/shared/kompas/headline-line'
import { formatTanggal, parseTanggal, publishedAt, weekdayOf, HARI } from '../../src/shared/kompas/tanggal'

describe('Kompas date and time', () => {
  it('prints the reference article’s time as Kompas does', () => {
    expect(formatTanggal({ at: '2024-06-17T20:49:00+07:00', zone: 'WIB' })).toBe('17 Juni 2024, 20:49 WIB')
    expect(formatSectionLine('dunia', { at: '2024-06-17T20:49:00+07:00', zone: 'WIB' })).toBe('Kompas dunia | 17 Juni 2024, 20:49 WIB')
    expect(formatSectionLine('dunia', null)).toBe('Kompas dunia')
  })

  it('shows the wall clock of the article’s own zone, whatever the instant was written in', () => {
    expect(formatTanggal({ at: '2024-12-31T23:30:00+08:00', zone: 'WITA' })).toBe('31 Desember 2024, 23:30 WITA')
    expect(formatTanggal({ at: '2025-01-01T00:05:00+09:00', zone: 'WIT' })).toBe('1 Januari 2025, 00:05 WIT')
  })

  it('reads such a line back', () => {
    expect(parseTanggal('17 Juni 2024, 20:49 WIB')).toEqual({ at: '2024-06-17T20:49:00+07:00', zone: 'WIB' })
    expect(parseTanggal('3 Maret 2023, 07.05 WITA')).toEqual(publishedAt({ year: 2023, month: 3, day: 3, hour: 7, minute: 5 }, 'WITA'))
    expect(parseTanggal('31 Februari 2024, 10:00 WIB')).toBeNull()
    expect(parseTanggal('17 June 2024, 20:49 WIB')).toBeNull()
    expect(parseTanggal('17 Juni 2024, 20:49 CET')).toBeNull()
  })

  it('knows 13 June 2023 was a Selasa', () => {
    expect(HARI[weekdayOf(2023, 6, 13)]).toBe('Selasa')
    expect(HARI[weekdayOf(2024, 6, 17)]).toBe('Senin')
  })
})

describe('the dateline', () => {
  it('prints the city in capitals, then the outlet', () => {
    expect(formatDateline({ city: 'Pyongyang', outlet: 'KOMPAS.TV' })).toBe('PYONGYANG, KOMPAS.TV - ')
    expect(formatDateline({ city: '', outlet: 'KOMPAS.TV' })).toBe('')
  })

  it('splits it off a lead paragraph', () => {
    expect(splitDateline('PYONGYANG, KOMPAS.TV - Presiden Rusia Vladimir Putin bakal tiba')).toEqual({
      dateline: { city: 'PYONGYANG', outlet: 'KOMPAS.TV' },
      rest: 'Presiden Rusia Vladimir Putin bakal tiba'
    })
    expect(splitDateline('JAKARTA, KOMPAS.com - Isi')).toEqual({ dateline: { city: 'JAKARTA', outlet: 'KOMPAS.com' }, rest: 'Isi' })
    expect(splitDateline('Presiden Rusia, Vladimir Putin - bakal')).toBeNull()
  })
})
