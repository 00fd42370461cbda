import { BACA_JUGA, BacaJugaAttrsSchema } from '../../article'
import { bodyAt, topLevelBlocks } from '../../editor/queries'
import type { Finding, Rule } from '../findings'

const RULE = 'baca-juga-target'

const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim()

/**
 * A Baca Juga must lead to a live article under the title it now has. A block not yet linked
 * (articleId null, e.g. fresh from an import) only warns: the title is still right for the reader
 * and the link can be picked later. A target that is gone or spiked blocks, since publishing would
 * point readers at a piece the newsroom withdrew. A stale title warns, with the current one as fix.
 */
export const bacaJugaTarget: Rule = {
  id: RULE,
  severity: 'blocking',
  check(article, context) {
    const out: Finding[] = []
    for (const block of topLevelBlocks(article.body)) {
      if (block.type !== BACA_JUGA) continue
      const attrs = BacaJugaAttrsSchema.safeParse(block.node.attrs)
      const title = attrs.success ? attrs.data.title : ''
      const id = attrs.success ? attrs.data.articleId : null
      const base = { rule: RULE, where: bodyAt(block), text: title }
      if (id === null) {
        out.push({
          ...base,
          severity: 'warning',
          message: `Baca Juga “${title}” belum ditautkan ke artikel.`,
          messageEn: `Baca Juga “${title}” is not linked to an article yet.`
        })
        continue
      }
      if (!context.articleExists(id)) {
        out.push({
          ...base,
          severity: 'blocking',
          message: `Artikel tujuan Baca Juga “${title}” tidak ditemukan.`,
          messageEn: `The article Baca Juga “${title}” points to does not exist.`
        })
        continue
      }
      const current = context.currentTitle(id)
      if (current === null) {
        out.push({
          ...base,
          severity: 'blocking',
          message: `Artikel tujuan Baca Juga “${title}” sudah di-spike.`,
          messageEn: `The article Baca Juga “${title}” points to has been spiked.`
        })
      } else if (!same(current, title)) {
        out.push({
          ...base,
          severity: 'warning',
          message: `Judul Baca Juga berbeda dengan judul artikel tujuan saat ini: “${current}”.`,
          messageEn: `The Baca Juga title differs from the target's current headline: “${current}”.`,
          fix: {
            label: 'Pakai judul terbaru',
            labelEn: 'Use the current headline',
            retitle: { block: block.index, articleId: id, title: current }
          }
        })
      }
    }
    return out
  }
}
