import { bodyAt, hasWords, isEmptyParagraph, topLevelBlocks } from '../../editor/queries'
import type { Rule } from '../findings'

const RULE = 'empty-paragraph'

/**
 * An empty paragraph (Enter after a Baca Juga, a blank line pasted from Word) is never published,
 * so the page the writer sees and the page readers get differ there: a warning at the paragraph,
 * so the panel takes her to it. A body with no words yet is not flagged: there is nothing to
 * publish, and a fresh article is one empty paragraph. Paragraphs inside lists and quotes are
 * dropped from exports too; they are not flagged, as a finding points at a top-level block.
 */
export const emptyParagraph: Rule = {
  id: RULE,
  severity: 'warning',
  check(article) {
    const blocks = topLevelBlocks(article.body)
    if (!blocks.some(hasWords)) return []
    return blocks
      .filter((block) => isEmptyParagraph(block.node))
      .map((block) => ({
        rule: RULE,
        severity: 'warning' as const,
        where: bodyAt(block),
        message: 'Paragraf kosong tidak ikut diterbitkan; hapus atau isi paragraf ini.',
        messageEn: 'An empty paragraph is not published; delete it or write in it.'
      }))
  }
}
