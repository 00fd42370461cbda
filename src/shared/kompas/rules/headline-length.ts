import { fieldAt, type Rule } from '../findings'
import { headlineCharacters } from '../headline-count'

const RULE = 'headline-length'

/**
 * An empty headline blocks: nothing can be listed, exported or linked without one. A long one only
 * warns, since the limit is a newsroom preference (page layout, search snippets), not a rule of
 * Indonesian. Length is counted as the editor's counter counts it (headline-count.ts).
 */
export const headlineLength: Rule = {
  id: RULE,
  severity: 'blocking',
  check(article, context) {
    const headline = article.headline
    if (headline.trim() === '') {
      return [
        {
          rule: RULE,
          severity: 'blocking',
          message: 'Judul belum diisi.',
          messageEn: 'The headline is empty.',
          where: fieldAt('headline')
        }
      ]
    }
    const lead = headline.length - headline.trimStart().length
    const limit = Math.max(0, Math.floor(context.headlineLimit))
    const chars = headlineCharacters(headline)
    if (chars.length <= limit) return []
    // Underline what runs past the limit, in the coordinates of the untrimmed field the editor shows.
    const from = lead + chars[limit]!.index
    const to = headline.trimEnd().length
    return [
      {
        rule: RULE,
        severity: 'warning',
        message: `Judul ${chars.length} karakter, melebihi batas ${limit} karakter.`,
        messageEn: `The headline is ${chars.length} characters long, over the limit of ${limit}.`,
        where: fieldAt('headline', from, to),
        text: headline.slice(from, to)
      }
    ]
  }
}
