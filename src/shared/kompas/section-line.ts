// The line under the headline that says when (and on kompas.tv AMP pages, in which desk) a piece
// was published. Three page layouts print it three ways:
//   kompas.tv AMP      "Kompas dunia | 17 Juni 2024, 20:49 WIB" (also "Vod | …", a weekday first)
//   kompas.tv          "Kompas.tv - 25 Mei 2023, 09:49 WIB"
//   Kompas.com         "Kompas.com - 29/11/2017, 14:50 WIB"
//   older kompas.tv    "Jumat, 14 Januari 2022 | 21:57 WIB" (the pipe between date and time)
import type { Published } from '../article'
import { HARI, parseTanggal, parseTanggalAngka } from './tanggal'

export type PageLayout = 'kompas-tv-amp' | 'kompas-tv' | 'kompas-com'

export interface SectionLine {
  layout: PageLayout
  /** The desk as printed, lower case; null where the layout prints none. */
  section: string | null
  published: Published | null
  /** The date as printed, to name it when it cannot be read. */
  dateText: string | null
}

const BRAND = /^(?:kompas(?:\.com|\.id|\.tv|tv)?|kompastv)$/i
const PIPE_LINE = /^(\S.*?)\s*\|\s*(.+)$/
const OUTLET_LINE = /^(kompas\.tv|kompas\.com|kompastv)\s*[-–—]\s*(.+)$/i
const WEEKDAY = new RegExp(`^(?:${HARI.join('|')}),?\\s+`, 'i')

/** The printed date read either way: "17 Juni 2024, 20:49 WIB" or "29/11/2017, 14:50 WIB". */
export function readPrintedDate(text: string): Published | null {
  const date = text.trim().replace(WEEKDAY, '')
  return parseTanggal(date) ?? parseTanggalAngka(date)
}

// "Kompas TV internasional kompas dunia": the breadcrumb above a kompas.tv headline.
const BREADCRUMB = /^Kompas\s?TV\s+(\S.*)$/i

/** The breadcrumb's words after the brand (one of them may name the desk), or null. */
export function readBreadcrumb(line: string): string[] | null {
  const m = BREADCRUMB.exec(line.trim())
  if (!m) return null
  const words = m[1]!.toLowerCase().split(/\s+/)
  return words.length <= 6 ? words : null
}

export function readSectionLine(line: string): SectionLine | null {
  const text = line.trim()
  const outlet = OUTLET_LINE.exec(text)
  if (outlet) {
    const published = readPrintedDate(outlet[2]!)
    // "Kompas.com - kata dia" is a sentence, not this line: it must look like a date.
    if (!published && !/\d/.test(outlet[2]!.slice(0, 3))) return null
    return { layout: /com/i.test(outlet[1]!) ? 'kompas-com' : 'kompas-tv', section: null, published, dateText: outlet[2]!.trim() }
  }
  const m = PIPE_LINE.exec(text)
  const left = (m ? m[1]! : text).split(/\s+/)
  const branded = BRAND.test(left[0] ?? '')
  if (!m) {
    // "Kompas dunia" alone: the AMP line without its date; a brand and one or two words only.
    if (!branded || left.length > 3) return null
    return { layout: 'kompas-tv-amp', section: left.slice(1).join(' ').toLowerCase() || null, published: null, dateText: null }
  }
  // The date, a pipe, the time: kompas.tv's older article pages; the desk is in the breadcrumb.
  const split = readPrintedDate(`${m[1]!}, ${m[2]!}`)
  if (split) return { layout: 'kompas-tv', section: null, published: split, dateText: text }
  const dateText = m[2]!.trim()
  const published = readPrintedDate(dateText)
  // A pipe with something other than a date after it is a headline ("Video Viral | …"), unless
  // the brand opens the line.
  if (!published && !branded) return null
  const words = branded ? left.slice(1) : left
  return { layout: 'kompas-tv-amp', section: words.join(' ').toLowerCase() || null, published, dateText: dateText.replace(WEEKDAY, '') }
}
