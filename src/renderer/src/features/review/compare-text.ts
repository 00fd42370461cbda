// What the compare view sets side by side, as lines of text: every field, and the body as it is
// published (Baca Juga and pull quotes included), so a retitled Baca Juga or a new photo shows.
import type { Article } from '../../../../shared/article'
import { plainTextBlocks } from '../../../../shared/editor/serializers/plain-text'
import { formatDateline } from '../../../../shared/kompas/dateline'
import { formatSectionLine } from '../../../../shared/kompas/headline-line'

type Words = (key: string, values?: Record<string, string>) => string

/** The body's published blocks, one a line; the dateline is a field of its own here. */
export function bodyCompareText(article: Pick<Article, 'body'>): string {
  return plainTextBlocks(article.body, '').join('\n')
}

/** The fields that are not headline or body, one labelled line each. */
export function otherFieldsText(a: Article, t: Words): string {
  const image = a.featuredImage
  // An asset is named by its content hash: a new photo is a new name, shown by its first digits.
  const photo = image?.asset ? t('line.photoFile', { file: image.asset.slice(0, 8) }) : t('line.photoNone')
  return [
    formatSectionLine(a.section, a.published),
    `${t('line.dateline')}: ${formatDateline(a.dateline)}`,
    `${t('line.photo')}: ${photo}`,
    `${t('line.caption')}: ${image?.caption ?? ''}`,
    `${t('line.credit')}: ${image?.credit ?? ''}`,
    `${t('line.alt')}: ${image?.alt ?? ''}`,
    `${t('line.penulis')}: ${a.penulis.join(', ')}`,
    `${t('line.editor')}: ${a.editor.join(', ')}`,
    `${t('line.sumber')}: ${a.sumber.join(', ')}`,
    `${t('line.tags')}: ${a.tags.join(', ')}`
  ].join('\n')
}
