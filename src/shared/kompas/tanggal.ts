import { ZONE_OFFSETS, type Published, type Zone } from '../article'

/** Month and weekday names as Kompas prints them. */
export const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember'
] as const

/** Indexed like Date#getUTCDay: 0 is Sunday (Minggu). */
export const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const

const OFFSET_MINUTES: Record<Zone, number> = { WIB: 7 * 60, WITA: 8 * 60, WIT: 9 * 60 }

export interface WallClock {
  year: number
  month: number // 1–12
  day: number
  hour: number
  minute: number
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** The time on the clocks of a zone at an instant: Indonesia has no daylight saving, so it is a fixed shift. */
export function wallClock(instant: Date, zone: Zone): WallClock & { weekday: number } {
  const shifted = new Date(instant.getTime() + OFFSET_MINUTES[zone] * 60_000)
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay()
  }
}

/** `published.at` for a wall-clock time in a zone, e.g. 2024-06-17T20:49:00+07:00. */
export function publishedAt(clock: WallClock, zone: Zone): Published {
  const at = `${clock.year}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}:00${ZONE_OFFSETS[zone]}`
  return { at, zone }
}

/** "17 Juni 2024, 20:49 WIB" */
export function formatTanggal(published: Published): string {
  const c = wallClock(new Date(published.at), published.zone)
  return `${c.day} ${BULAN[c.month - 1]} ${c.year}, ${pad(c.hour)}:${pad(c.minute)} ${published.zone}`
}

const TANGGAL = /^(\d{1,2}) ([A-Za-z]+) (\d{4}), (\d{1,2})[:.](\d{2}) (WIB|WITA|WIT)$/

/** The reverse of formatTanggal; null when the text is not such a line or names no real date. */
export function parseTanggal(text: string): Published | null {
  const m = TANGGAL.exec(text.trim())
  if (!m) return null
  const [, day, monthName, year, hour, minute, zone] = m as unknown as [string, string, string, string, string, string, Zone]
  const month = BULAN.findIndex((b) => b.toLowerCase() === monthName.toLowerCase()) + 1
  if (month === 0) return null
  const clock = { year: Number(year), month, day: Number(day), hour: Number(hour), minute: Number(minute) }
  if (!isRealClock(clock)) return null
  return publishedAt(clock, zone)
}

export function isRealClock(c: WallClock): boolean {
  const d = new Date(Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute))
  return (
    d.getUTCFullYear() === c.year &&
    d.getUTCMonth() === c.month - 1 &&
    d.getUTCDate() === c.day &&
    d.getUTCHours() === c.hour &&
    d.getUTCMinutes() === c.minute
  )
}

/** The weekday of a calendar date (no time zone involved): 0 Minggu … 6 Sabtu. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

const ANGKA = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{1,2})[:.](\d{2}) (WIB|WITA|WIT)$/

/** "29/11/2017, 14:50 WIB" as Kompas.com prints it under the headline; null as parseTanggal. */
export function parseTanggalAngka(text: string): Published | null {
  const m = ANGKA.exec(text.trim())
  if (!m) return null
  const [, day, month, year, hour, minute, zone] = m as unknown as [string, string, string, string, string, string, Zone]
  const clock = { year: Number(year), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute) }
  return isRealClock(clock) ? publishedAt(clock, zone) : null
}
