// The Kompas plain-text layout, as a reader copies an article off the page (see
// tests/fixtures/kompas-tv-putin-korea-utara.txt): headline, the section line, the photo caption
// with its credit, the body with the dateline before the lead and "Baca Juga" lines between
// paragraphs, then the Penulis/Editor and Sumber lines. parse-plain-text.ts reads it back.
import type { ArticleDraft } from '../article'
import { plainTextBlocks } from '../editor/serializers/plain-text'
import { formatDateline } from './dateline'
import { formatSectionLine } from './headline-line'
import { joinNames } from './names'

export const CREDIT_OPEN = '(Sumber: '

/** "caption. (Sumber: credit)" as Kompas prints a photo's caption; empty without either. */
export function formatCaptionLine(image: { caption: string; credit: string } | null): string {
  if (!image) return ''
  const caption = image.caption.trim()
  const credit = image.credit.trim()
  const creditText = credit ? `${CREDIT_OPEN}${credit})` : ''
  return caption && creditText ? `${caption} ${creditText}` : caption || creditText
}

/** The body's blocks as Kompas prints them, the dateline leading the first paragraph. */
export function bodyBlocks(draft: Pick<ArticleDraft, 'body' | 'dateline'>): string[] {
  return plainTextBlocks(draft.body, formatDateline(draft.dateline))
}

/** "Penulis : A Editor : B" on one line, as on the page; "Sumber : …" below it. */
export function creditLines(draft: Pick<ArticleDraft, 'penulis' | 'editor' | 'sumber'>): string[] {
  const byline = [
    draft.penulis.length ? `Penulis : ${joinNames(draft.penulis)}` : '',
    draft.editor.length ? `Editor : ${joinNames(draft.editor)}` : ''
  ]
    .filter(Boolean)
    .join(' ')
  return [byline, draft.sumber.length ? `Sumber : ${joinNames(draft.sumber)}` : ''].filter(Boolean)
}

/**
 * The whole article in the Kompas plain-text layout, ending with one line break. A republished
 * correction's Ralat lines (ralat.ts, from history: a draft has none) close the body, before the
 * credits, as on the page.
 */
export function formatPlainText(draft: ArticleDraft, brand?: string, ralat: readonly string[] = []): string {
  const top = [formatSectionLine(draft.section, draft.published, brand), formatCaptionLine(draft.featuredImage)]
    .filter(Boolean)
    .join('\n')
  const blocks = [draft.headline, top, ...bodyBlocks(draft), ...ralat, ...creditLines(draft)]
  return `${blocks.join('\n\n')}\n`
}
