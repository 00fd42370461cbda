import { BACA_JUGA, type Body } from '../../shared/article'
import type { ArticleSummary } from '../../shared/article'
import { headlineKey } from './headline-key'

/**
 * Links imported "Baca Juga" lines to stored articles whose headline they name. A title that
 * matches no stored article, or several, stays unresolved (articleId null) for the editor to
 * pick: a wrong link is worse than none. Returns how many were linked.
 */
export function resolveBacaJuga(body: Body, headlines: ReadonlyMap<string, ArticleSummary[]>): number {
  let linked = 0
  for (const node of body.content) {
    if (node.type !== BACA_JUGA || node.attrs?.articleId) continue
    const matches = headlines.get(headlineKey(String(node.attrs?.title ?? '')))
    if (matches?.length === 1) {
      node.attrs = { ...node.attrs, articleId: matches[0]!.id }
      linked++
    }
  }
  return linked
}
