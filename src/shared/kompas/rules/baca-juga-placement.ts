import { BACA_JUGA } from '../../article'
import { bodyAt, hasWords, topLevelBlocks } from '../../editor/queries'
import type { Finding, Rule } from '../findings'

const RULE = 'baca-juga-placement'

/**
 * A Baca Juga interrupts the story to point elsewhere, so it must sit between paragraphs: never
 * before the lead, never as the last word, never stacked on another. All three block. Empty
 * paragraphs do not count as separating anything: the reader sees none. No fix is offered, as
 * where the block should go is the writer's choice.
 */
export const bacaJugaPlacement: Rule = {
  id: RULE,
  severity: 'blocking',
  check(article) {
    const blocks = topLevelBlocks(article.body).filter(hasWords)
    const out: Finding[] = []
    blocks.forEach((block, i) => {
      if (block.type !== BACA_JUGA) return
      const base = { rule: RULE, severity: 'blocking' as const, where: bodyAt(block) }
      if (i === 0) {
        out.push({
          ...base,
          message: 'Baca Juga tidak boleh berada di awal tubuh berita; letakkan setelah paragraf.',
          messageEn: 'A Baca Juga block cannot open the body; place it after a paragraph.'
        })
      } else if (blocks[i - 1]?.type === BACA_JUGA) {
        out.push({
          ...base,
          message: 'Baca Juga tidak boleh tepat setelah Baca Juga lain; pisahkan dengan paragraf.',
          messageEn: 'A Baca Juga block cannot follow another directly; put a paragraph between them.'
        })
      }
      if (i === blocks.length - 1) {
        out.push({
          ...base,
          message: 'Baca Juga tidak boleh berada di akhir tubuh berita; letakkan sebelum paragraf terakhir.',
          messageEn: 'A Baca Juga block cannot end the body; place it before the last paragraph.'
        })
      }
    })
    return out
  }
}
