import { bodyAt, topLevelBlocks } from '../../editor/queries'
import { fieldAt, type Finding, type Location, type Rule } from '../findings'
import { BULAN, HARI, weekdayOf } from '../tanggal'

/** HARI's days in English, in the same order (Minggu is Sunday). */
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const

const RULE = 'day-matches-date'

// Capitalised only: lower-case "minggu" is also the word for "week" ("dua minggu (…)").
const DAY = String.raw`Senin|Selasa|Rabu|Kamis|Jumat|Jum['’]at|Sabtu|Minggu|Ahad`
const NUMERIC = String.raw`(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})`
const SPELLED = String.raw`(?<d2>\d{1,2})\s+(?<mon>${BULAN.join('|')})\s+(?<y2>\d{4})`
// "Senin (17/6/2024)", "Rabu, (13/6/2023)", "Senin, 17/6/2024", "Senin (17 Juni 2024)".
const MENTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<day>${DAY})(?!\p{L})\s*,?\s*(?<open>\(\s*)?(?:${NUMERIC}|${SPELLED})(?![\d/])(?<close>\s*\))?`,
  'gu'
)

const dayIndex = (name: string): number => {
  // Ahad is the older name for Minggu; Jum'at the older spelling of Jumat.
  if (name === 'Ahad') return 0
  return HARI.findIndex((h) => h === name.replace(/['’]/u, ''))
}

export interface WeekdayMention {
  /** The whole mention, from the weekday to the closing parenthesis if there is one. */
  from: number
  to: number
  /** Where the weekday's name ends (it starts at `from`). */
  dayTo: number
  /** The weekday named, 0 Minggu … 6 Sabtu. */
  written: number
  date: { year: number; month: number; day: number }
  dateText: string
}

/** Every weekday-and-date mention in a text, as written. */
export function weekdayMentions(text: string): WeekdayMention[] {
  const out: WeekdayMention[] = []
  for (const m of text.matchAll(MENTION)) {
    const g = m.groups ?? {}
    const day = g.day ?? ''
    const month = g.m !== undefined ? Number(g.m) : BULAN.findIndex((b) => b === g.mon) + 1
    const date = { year: Number(g.y ?? g.y2), month, day: Number(g.d ?? g.d2) }
    // A closing parenthesis without an opening one belongs to the sentence, not to the mention.
    const whole = g.open === undefined && g.close !== undefined ? m[0].slice(0, -g.close.length) : m[0]
    const dateText = g.y !== undefined ? `${g.d}/${g.m}/${g.y}` : `${g.d2} ${g.mon} ${g.y2}`
    out.push({ from: m.index, to: m.index + whole.length, dayTo: m.index + day.length, written: dayIndex(day), date, dateText })
  }
  return out
}

const exists = ({ year, month, day }: WeekdayMention['date']): boolean => {
  const d = new Date(Date.UTC(year, month - 1, day))
  return month >= 1 && month <= 12 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

function check(text: string, where: (from?: number, to?: number) => Location): Finding[] {
  const out: Finding[] = []
  for (const mention of weekdayMentions(text)) {
    const written = text.slice(mention.from, mention.to)
    const base = { rule: RULE, severity: 'blocking' as const, where: where(mention.from, mention.to), text: written }
    if (!exists(mention.date)) {
      out.push({
        ...base,
        message: `Tanggal ${mention.dateText} tidak ada di kalender.`,
        messageEn: `${mention.dateText} is not a date on the calendar.`
      })
      continue
    }
    const right = weekdayOf(mention.date.year, mention.date.month, mention.date.day)
    if (right === mention.written) continue
    const wrongName = text.slice(mention.from, mention.dayTo)
    const rightName = HARI[right]!
    out.push({
      ...base,
      message: `${mention.dateText} jatuh pada hari ${rightName}, bukan ${wrongName}.`,
      // The article's own words stay as written, with the English day beside them for the reader.
      messageEn: `${mention.dateText} was a ${DAYS_EN[right]} (${rightName}), not a ${DAYS_EN[mention.written]} (${wrongName}).`,
      fix: {
        label: `Ganti ${wrongName} menjadi ${rightName}`,
        labelEn: `Change ${wrongName} to ${rightName} (${DAYS_EN[right]})`,
        replace: { where: where(), from: mention.from, to: mention.dayTo, text: rightName }
      }
    })
  }
  return out
}

/**
 * A wrong weekday next to a date is a factual error a reader can check in a second, so it blocks.
 * Checked in every body block and in the featured image's caption; the fix swaps only the weekday,
 * trusting the date (dates come from notes and wires, weekdays from memory).
 */
export const dayMatchesDate: Rule = {
  id: RULE,
  severity: 'blocking',
  check(article) {
    const out: Finding[] = []
    if (article.featuredImage) {
      out.push(...check(article.featuredImage.caption, (from, to) => fieldAt('featuredImage.caption', from, to)))
    }
    for (const block of topLevelBlocks(article.body)) {
      out.push(...check(block.text, (from, to) => bodyAt(block, from, to)))
    }
    return out
  }
}
