// Applying a fix to a draft, for the places that hold the article as JSON (tests, a "fix all"
// button, main). The editor may instead turn a fix into a TipTap transaction with `docRange`;
// both read the same declarative Fix.
import { BACA_JUGA, type ArticleDraft } from '../article'
import { replaceInBlock } from '../editor/queries'
import type { Fix } from './findings'

const splice = (s: string, from: number, to: number, text: string): string => s.slice(0, from) + text + s.slice(to)

/** The draft with the fix applied; unchanged when the fix no longer fits it (e.g. the block moved). */
export function applyFix(article: ArticleDraft, fix: Fix): ArticleDraft {
  if ('patch' in fix) return { ...article, ...fix.patch }
  if ('retitle' in fix) {
    const { block, articleId, title } = fix.retitle
    const node = article.body.content[block]
    if (node?.type !== BACA_JUGA || node.attrs?.articleId !== articleId) return article
    const content = article.body.content.map((n, i) => (i === block ? { ...n, attrs: { ...n.attrs, title } } : n))
    return { ...article, body: { ...article.body, content } }
  }
  const { where, from, to, text } = fix.replace
  switch (where.field) {
    case 'body': {
      const replaced = replaceInBlock(article.body, where.block, from, to, text)
      if (!replaced) return article
      const content = article.body.content.map((n, i) => (i === where.block ? replaced : n))
      return { ...article, body: { ...article.body, content } }
    }
    case 'headline':
      return { ...article, headline: splice(article.headline, from, to, text) }
    case 'featuredImage.caption':
    case 'featuredImage.credit': {
      const image = article.featuredImage
      if (!image) return article
      const key = where.field === 'featuredImage.caption' ? 'caption' : 'credit'
      return { ...article, featuredImage: { ...image, [key]: splice(image[key], from, to, text) } }
    }
    default:
      // The other fields are not free text: their fixes are patches.
      return article
  }
}
