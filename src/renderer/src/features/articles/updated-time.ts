// When an article was last touched, as a newsroom says it: relative while it is fresh, the
// Kompas date line after that. Pure, so it is tested without a browser; the words come from i18next.
import type { Zone } from '../../../../shared/article'
import { wallClock } from '../../../../shared/kompas/tanggal'
import { formatMoment } from '../../ui/format-moment'

export type UpdatedWhen =
  | { kind: 'justNow' }
  | { kind: 'minutes'; count: number }
  | { kind: 'hours'; count: number }
  | { kind: 'yesterday'; time: string }
  | { kind: 'date'; at: Date; zone: Zone }

const MINUTE = 60_000
const HOUR = 60 * MINUTE
// Clocks of two machines that wrote to one store can disagree a little; a save "in the future" by
// less than this is still just now.
const CLOCK_SKEW = 2 * MINUTE

const pad = (n: number): string => String(n).padStart(2, '0')

/** Days between the calendar dates of two instants on the clocks of one zone. */
function calendarDaysBetween(earlier: Date, later: Date, zone: Zone): number {
  const a = wallClock(earlier, zone)
  const b = wallClock(later, zone)
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / (24 * HOUR))
}

/**
 * Minutes within the hour, hours within the same day, "yesterday" for the day before (on the
 * zone's calendar, so 23:50 seen at 00:10 is 20 minutes ago, and 22:00 seen at 01:00 is
 * yesterday), the full date otherwise.
 */
export function describeUpdated(updatedAt: string, now: number, zone: Zone): UpdatedWhen {
  const at = new Date(updatedAt)
  const age = now - at.getTime()
  if (Number.isNaN(age) || age < -CLOCK_SKEW) return { kind: 'date', at, zone }
  if (age < MINUTE) return { kind: 'justNow' }
  if (age < HOUR) return { kind: 'minutes', count: Math.floor(age / MINUTE) }
  const days = calendarDaysBetween(at, new Date(now), zone)
  if (days === 0) return { kind: 'hours', count: Math.floor(age / HOUR) }
  if (days === 1) {
    const c = wallClock(at, zone)
    return { kind: 'yesterday', time: `${pad(c.hour)}:${pad(c.minute)}` }
  }
  return { kind: 'date', at, zone }
}

/** The full date line, as every screen words a moment (ui/format-moment.ts). */
export const formatUpdatedDate = formatMoment
