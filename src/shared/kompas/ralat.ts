// The correction line a republished piece carries, as Kompas prints one: "Ralat: <what was
// corrected> (1 Desember 2026, 08:19 WIB)", at the end of the body, before the credits.
import type { Zone } from '../article'
import { publishedCorrections, type Correction } from '../workflow'
import type { HistoryEntry } from '../article'
import { formatTanggal } from './tanggal'

export const RALAT_LABEL = 'Ralat:'

export function ralatLine(correction: Correction, zone: Zone): string {
  return `${RALAT_LABEL} ${correction.note} (${formatTanggal({ at: correction.at, zone })})`
}

/** Every Ralat line of an article, oldest first, in its own time zone (WIB without one). */
export function ralatLines(article: { history: readonly HistoryEntry[]; published: { zone: Zone } | null }): string[] {
  const zone = article.published?.zone ?? 'WIB'
  return publishedCorrections(article.history).map((c) => ralatLine(c, zone))
}
