// Every moment on every screen in one form, on the newsroom's clock (the Zona waktu setting), not
// the machine's: Kompas's own "17 Juni 2024, 20:49 WIB" in Indonesian, the same order with the
// language's month name otherwise ("17 June 2024, 20:49 WIB"). Pure, so it is tested without a browser.
import type { Zone } from '../../../shared/article'
import { formatTanggal, publishedAt, wallClock } from '../../../shared/kompas/tanggal'

const pad = (n: number): string => String(n).padStart(2, '0')

export function formatMoment(at: Date, zone: Zone, language: string): string {
  const c = wallClock(at, zone)
  if (language === 'id') return formatTanggal(publishedAt(c, zone))
  // The month's name from the platform's own locale data, for a date already shifted into the zone.
  const month = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(c.year, c.month - 1, 15))
  return `${c.day} ${month} ${c.year}, ${pad(c.hour)}:${pad(c.minute)} ${zone}`
}
