// IPTC ninjs 2.2 (News in JSON), the approved 2.x version; resources/ninjs holds the schema the
// tests validate against. Only fields Redaksi really knows are filled in.
import type { Article } from '../../shared/article'
import { wordCount } from '../../shared/editor/queries'
import { formatDateline } from '../../shared/kompas/dateline'
import { slugify } from '../../shared/kompas/slug'
import { bodyBlocks, formatCaptionLine } from '../../shared/kompas/plain-text'
import type { BodyHtml } from '../../shared/editor/serializers/html'
import { ralatLines } from '../../shared/kompas/ralat'
import { escapeHtml } from './html-escape'

export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json'

export const articleUri = (id: string): string => `urn:redaksi:article:${id}`

/** `renderer` must link no Baca Juga: a ninjs item stands alone. */
export function toNinjs(article: Article, renderer: BodyHtml): Record<string, unknown> {
  // The Ralat lines close the text, as on the page.
  const ralat = ralatLines(article)
  const plain = [...bodyBlocks(article), ...ralat].join('\n\n')
  const ninjs: Record<string, unknown> = {
    standard: { name: 'ninjs', version: '2.2', schema: NINJS_SCHEMA_URI },
    uri: articleUri(article.id),
    type: 'text',
    representationtype: 'full',
    version: String(article.rev),
    firstcreated: article.createdAt,
    versioncreated: article.updatedAt,
    pubstatus: article.status === 'spiked' ? 'canceled' : 'usable',
    language: 'id',
    slugline: slugify(article.headline),
    headlines: [{ role: 'main', contenttype: 'text/plain', value: article.headline }],
    bodies: [
      { role: 'main', contenttype: 'text/plain', value: plain, charcount: [...plain].length, wordcount: wordCount(article.body) },
      {
        role: 'richtext',
        contenttype: 'text/html',
        value: renderer.render(article.body, formatDateline(article.dateline)) + ralat.map((line) => `\n<p class="ralat">${escapeHtml(line)}</p>`).join('')
      }
    ],
    subjects: [{ name: article.section, rel: 'section' }, ...article.tags.map((tag) => ({ name: tag, rel: 'tag' }))],
    altids: [{ role: 'redaksi-id', value: article.id }]
  }
  if (article.published) ninjs.contentcreated = article.published.at
  if (article.penulis.length) ninjs.by = article.penulis.join(', ')
  if (article.dateline.city.trim()) ninjs.located = article.dateline.city.trim()
  const infosources = [
    ...article.editor.map((name) => ({ name, role: 'editor' })),
    ...article.sumber.map((name) => ({ name, role: 'source' }))
  ]
  if (infosources.length) ninjs.infosources = infosources
  const image = article.featuredImage
  if (image && (image.asset || image.caption || image.credit)) {
    const picture: Record<string, unknown> = {
      name: 'featured-image',
      uri: image.asset ? `urn:redaksi:asset:${image.asset}` : `${articleUri(article.id)}:featured-image`,
      type: 'picture'
    }
    const alt = image.alt?.trim() ?? ''
    const descriptions = [
      ...(image.caption || image.credit ? [{ role: 'caption', value: formatCaptionLine(image) }] : []),
      // ninjs leaves description roles open; 'alt' is the name HTML and IPTC's photo metadata use.
      ...(alt ? [{ role: 'alt', contenttype: 'text/plain', value: alt }] : [])
    ]
    if (descriptions.length) picture.descriptions = descriptions
    if (image.credit) picture.by = image.credit
    ninjs.associations = [picture]
  }
  return ninjs
}
