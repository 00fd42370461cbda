import type { Finding, Rule } from '../findings'

const RULE = 'dateline-present'

const upper = (s: string): string => s.toLocaleUpperCase('id-ID')

/**
 * The dateline opens the lead ("PYONGYANG, KOMPAS.TV - "): without a city or an outlet the piece
 * does not say where it was filed or by whom, so both block. A city typed in lower case only warns,
 * since the export prints it in capitals anyway; the fix tidies the stored field. An outlet the
 * newsroom does not know warns too, with a fix when it is merely spelt in another case.
 */
export const datelinePresent: Rule = {
  id: RULE,
  severity: 'blocking',
  check(article, context) {
    const { city, outlet } = article.dateline
    const out: Finding[] = []
    const base = { rule: RULE, where: { field: 'dateline' as const } }
    if (city.trim() === '') {
      out.push({
        ...base,
        severity: 'blocking',
        message: 'Dateline belum diisi: tulis kota asal berita.',
        messageEn: 'The dateline has no city.'
      })
    } else if (city !== upper(city)) {
      out.push({
        ...base,
        severity: 'warning',
        message: `Kota pada dateline ditulis dengan huruf kapital: ${upper(city.trim())}, bukan ${city.trim()}.`,
        messageEn: `The dateline city is written in capitals: ${upper(city.trim())}, not ${city.trim()}.`,
        text: city,
        fix: {
          label: `Ubah menjadi ${upper(city.trim())}`,
          labelEn: `Change to ${upper(city.trim())}`,
          patch: { dateline: { city: upper(city.trim()), outlet } }
        }
      })
    }
    if (outlet.trim() === '') {
      const only = context.outlets?.length === 1 ? context.outlets[0] : undefined
      out.push({
        ...base,
        severity: 'blocking',
        message: 'Dateline belum mencantumkan media (mis. KOMPAS.TV).',
        messageEn: 'The dateline does not name the outlet (e.g. KOMPAS.TV).',
        ...(only
          ? { fix: { label: `Isi dengan ${only}`, labelEn: `Fill in ${only}`, patch: { dateline: { city, outlet: only } } } }
          : {})
      })
    } else if (context.outlets && !context.outlets.includes(outlet.trim())) {
      const known = context.outlets.find((o) => o.toLowerCase() === outlet.trim().toLowerCase())
      out.push({
        ...base,
        severity: 'warning',
        message: `Media pada dateline tidak dikenal: ${outlet.trim()}. Gunakan salah satu dari: ${context.outlets.join(', ')}.`,
        messageEn: `Unknown outlet in the dateline: ${outlet.trim()}. Use one of: ${context.outlets.join(', ')}.`,
        text: outlet,
        ...(known
          ? { fix: { label: `Ubah menjadi ${known}`, labelEn: `Change to ${known}`, patch: { dateline: { city, outlet: known } } } }
          : {})
      })
    }
    return out
  }
}
