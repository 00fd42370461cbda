import { bodyAt, topLevelBlocks } from '../../editor/queries'
import type { Finding, Rule } from '../findings'

const RULE = 'time-zone'

// "pukul 20.00", "jam 9.30", or a bare clock "20:49" (colon and two-digit hour only: a bare
// "20.49" is as likely a number, and "1:10" a ratio). Not part of a longer "2:30:15".
const TIME = /(?<![\p{L}\p{N}.:])(?:(?<word>[Pp]ukul|[Jj]am)\s+(?<h>\d{1,2})[.:](?<m>\d{2})|(?<h2>[01]\d|2[0-3]):(?<m2>[0-5]\d))(?![\p{N}]|[.:]\p{N})/gu
// What may follow a time before its zone: the end of a range ("20.00-22.00", "hingga pukul 22.00")
// and a part of the day ("pukul 07.00 pagi WIB").
const RANGE = String.raw`(?:\s*(?:-|–|—|s\.d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*(?:pukul\s+)?\d{1,2}[.:]\d{2})?`
const PART_OF_DAY = String.raw`(?:\s+(?:pagi|siang|sore|malam|dini\s+hari))?`
// "waktu setempat" is how a foreign dateline's local time is written; UTC/GMT for world events.
const ZONE = new RegExp(String.raw`^${RANGE}${PART_OF_DAY}\s*\(?\s*(?:WIB|WITA|WIT|UTC|GMT|waktu\s+setempat)(?!\p{L})`, 'u')

/**
 * A time without a zone is ambiguous in a country with three of them, and abroad. Only a warning:
 * a quoted time ("jam 10.00 tadi") can be clear from context. The fix appends the article's own
 * zone (WIB while none is set), the likeliest one for a time the writer forgot to mark.
 */
export const timeZone: Rule = {
  id: RULE,
  severity: 'warning',
  check(article) {
    const zone = article.published?.zone ?? 'WIB'
    const out: Finding[] = []
    for (const block of topLevelBlocks(article.body)) {
      for (const m of block.text.matchAll(TIME)) {
        const g = m.groups ?? {}
        if (Number(g.h ?? g.h2) > 24 || Number(g.m ?? g.m2) > 59) continue
        const end = m.index + m[0].length
        if (ZONE.test(block.text.slice(end))) continue
        const time = g.word ? m[0].slice(m[0].search(/\d/)) : m[0]
        out.push({
          rule: RULE,
          severity: 'warning',
          message: `Waktu ${time} belum diberi zona waktu (WIB, WITA, atau WIT).`,
          messageEn: `The time ${time} has no time zone (WIB, WITA or WIT).`,
          where: bodyAt(block, m.index, end),
          text: m[0],
          fix: {
            label: `Tambahkan ${zone}`,
            labelEn: `Add ${zone}`,
            replace: { where: bodyAt(block), from: end, to: end, text: ` ${zone}` }
          }
        })
      }
    }
    return out
  }
}
