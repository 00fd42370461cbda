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

/** The fields that are not headline or body, one line each, labelled with the editor's own field names. */
export function otherFieldsText(a: Article, t: Words): string {
  const image = a.featuredImage
  // An asset is named by its content hash: a new photo is a new name, shown by its first digits.
  const photo = image?.asset ? t('photo:file', { file: image.asset.slice(0, 8) }) : t('photo:none')
  return [
    formatSectionLine(a.section, a.published),
    `${t('editor:dateline')}: ${formatDateline(a.dateline)}`,
    `${t('editor:image')}: ${photo}`,
    `${t('editor:caption')}: ${image?.caption ?? ''}`,
    `${t('editor:credit')}: ${image?.credit ?? ''}`,
    `${t('photo:alt')}: ${image?.alt ?? ''}`,
    `${t('editor:penulis')}: ${a.penulis.join(', ')}`,
    `${t('editor:editor')}: ${a.editor.join(', ')}`,
    `${t('editor:sumber')}: ${a.sumber.join(', ')}`,
    `${t('editor:tags')}: ${a.tags.join(', ')}`
  ].join('\n')
}
