import type { Dateline } from '../article'

/** What separates the dateline from the lead: " - " as Kompas.tv prints it. */
export const DATELINE_SEPARATOR = ' - '

/** "PYONGYANG, KOMPAS.TV - ": the city in capitals, then the outlet. Empty while no city is set. */
export function formatDateline(dateline: Dateline): string {
  const city = dateline.city.trim().toLocaleUpperCase('id-ID')
  const outlet = dateline.outlet.trim()
  if (!city) return ''
  return `${city}, ${outlet}${DATELINE_SEPARATOR}`
}

const DATELINE = /^([A-ZÀ-Ý][A-ZÀ-Ý .'-]*?), ([A-Z][A-Za-z0-9.]*(?:\.[A-Za-z]+)*) [-–—] /

/** Splits a lead paragraph into its dateline and the rest, when it starts with one. */
export function splitDateline(paragraph: string): { dateline: Dateline; rest: string } | null {
  const m = DATELINE.exec(paragraph)
  if (!m) return null
  return { dateline: { city: m[1]!, outlet: m[2]! }, rest: paragraph.slice(m[0].length) }
}
