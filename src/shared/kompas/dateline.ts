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

// "CITY, OUTLET - " with a hyphen, en or em dash; a city may be two words (JALUR GAZA). Without a
// city only Kompas' own outlets open a lead ("KOMPAS.com - "), so "Jakarta - …" stays text. The
// dash may end the line, the lead following on the next one.
const DATELINE = /^([A-ZÀ-Ý][A-ZÀ-Ý .'-]*?), ([A-Z][A-Za-z0-9.]*(?:\.[A-Za-z]+)*) [-–—](?: +|$)/
const OUTLET_ONLY = /^(KOMPAS\.(?:com|TV|tv|id))(?: [-–—](?: +|$)|(?=\p{Lu}\p{Ll}))/u

/** Splits a lead paragraph into its dateline and the rest, when it starts with one. */
export function splitDateline(paragraph: string): { dateline: Dateline; rest: string } | null {
  const m = DATELINE.exec(paragraph)
  if (m) return { dateline: { city: m[1]!, outlet: m[2]! }, rest: paragraph.slice(m[0].length) }
  const bare = OUTLET_ONLY.exec(paragraph)
  if (bare) return { dateline: { city: '', outlet: bare[1]! }, rest: paragraph.slice(bare[0].length) }
  return null
}
