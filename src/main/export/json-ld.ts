import type { Article } from '../../shared/article'
import { formatDateline } from '../../shared/kompas/dateline'
import { BRAND } from '../../shared/kompas/headline-line'
import { ralatLine } from '../../shared/kompas/ralat'
import { publishedCorrections } from '../../shared/workflow'

const person = (name: string) => ({ '@type': 'Person', name })

/**
 * schema.org NewsArticle for search engines and aggregators. `imageUrl` is the copied file's
 * relative address; an embedded image is not repeated here (it would double the file's size).
 */
export function newsArticleJsonLd(article: Article, imageUrl: string | null): Record<string, unknown> {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    identifier: article.id,
    headline: article.headline,
    inLanguage: 'id',
    articleSection: article.section
  }
  if (article.published) ld.datePublished = article.published.at
  ld.dateCreated = article.createdAt
  ld.dateModified = article.updatedAt
  const dateline = formatDateline(article.dateline).replace(/ - $/, '')
  if (dateline) ld.dateline = dateline
  ld.author = article.penulis.map(person)
  if (article.editor.length) ld.editor = article.editor.map(person)
  if (article.sumber.length) ld.citation = article.sumber
  if (article.featuredImage) {
    const image: Record<string, unknown> = { '@type': 'ImageObject' }
    if (imageUrl) image.contentUrl = imageUrl
    if (article.featuredImage.caption) image.caption = article.featuredImage.caption
    // schema.org has no alt property; `description` is the ImageObject's text of what it shows.
    if (article.featuredImage.alt?.trim()) image.description = article.featuredImage.alt.trim()
    if (article.featuredImage.credit) image.creditText = article.featuredImage.credit
    ld.image = image
  }
  if (article.tags.length) ld.keywords = article.tags.join(', ')
  const corrections = publishedCorrections(article.history)
  const zone = article.published?.zone ?? 'WIB'
  if (corrections.length) ld.correction = corrections.map((c) => ({ '@type': 'CorrectionComment', text: ralatLine(c, zone), datePublished: c.at }))
  ld.publisher = { '@type': 'Organization', name: article.dateline.outlet.trim() || BRAND }
  return ld
}
