import { PULL_QUOTE, PullQuoteAttrsSchema } from '../../editor/nodes/pull-quote'
import { bodyAt, bodyText, topLevelBlocks } from '../../editor/queries'
import type { Finding, Rule } from '../findings'

const RULE = 'pull-quote'

// Words only: case, quotation marks, punctuation and spacing do not make a quote different.
const words = (s: string): string =>
  s
    .toLocaleLowerCase('id-ID')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * A pull quote lifts a line the story already tells, and says who said it. A desk editor wants
 * both checked: a quote that is not in the body was made up or edited away, and a quote without
 * a name cannot be printed. Warnings, since the writer may be mid-edit; the editor can approve
 * over them after a look.
 */
export const pullQuote: Rule = {
  id: RULE,
  severity: 'warning',
  check(article) {
    const blocks = topLevelBlocks(article.body).filter((b) => b.type === PULL_QUOTE)
    if (blocks.length === 0) return []
    const body = ` ${words(bodyText(article.body))} `
    const out: Finding[] = []
    for (const block of blocks) {
      const attrs = PullQuoteAttrsSchema.parse(block.node.attrs)
      const base = { rule: RULE, severity: 'warning' as const, where: bodyAt(block), text: attrs.quote }
      const quote = words(attrs.quote)
      if (quote === '') {
        out.push({ ...base, message: 'Kutipan sorot masih kosong.', messageEn: 'The pull quote is empty.' })
      } else if (!body.includes(` ${quote} `)) {
        out.push({
          ...base,
          message: 'Kutipan sorot harus mengulang kalimat yang ada di tubuh berita; kalimat ini tidak ditemukan.',
          messageEn: 'A pull quote must repeat words from the body; these are not in it.'
        })
      }
      if (attrs.name.trim() === '') {
        out.push({
          ...base,
          message: 'Kutipan sorot belum menyebut siapa yang mengatakannya.',
          messageEn: 'The pull quote does not say who said it.'
        })
      }
    }
    return out
  }
}
