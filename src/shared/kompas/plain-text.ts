// The Kompas plain-text layout, as a reader copies an article off the page (see
// tests/fixtures/kompas-tv-putin-korea-utara.txt): headline, the section line, the photo caption
// with its credit, the body with the dateline before the lead and "Baca Juga" lines between
// paragraphs, then the Penulis/Editor and Sumber lines. parse-plain-text.ts reads it back.
import { BACA_JUGA, type ArticleDraft, type BodyNode } from '../article'
import { formatDateline } from './dateline'
import { formatSectionLine } from './headline-line'
import { joinNames } from './names'

export const BACA_JUGA_LABEL = 'Baca Juga: '
export const CREDIT_OPEN = '(Sumber: '

/** "caption. (Sumber: credit)" as Kompas prints a photo's caption; empty without either. */
export function formatCaptionLine(image: { caption: string; credit: string } | null): string {
  if (!image) return ''
  const caption = image.caption.trim()
  const credit = image.credit.trim()
  const creditText = credit ? `${CREDIT_OPEN}${credit})` : ''
  return caption && creditText ? `${caption} ${creditText}` : caption || creditText
}

/** Inline text of a node: text as written, a hard break as a line break. */
function inlineText(node: BodyNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return '\n'
  return (node.content ?? []).map(inlineText).join('')
}

/** The text lines one top-level block stands for; lists and quotes flatten to one line an item. */
function blockText(node: BodyNode): string[] {
  switch (node.type) {
    case BACA_JUGA:
      return [`${BACA_JUGA_LABEL}${String(node.attrs?.title ?? '')}`]
    case 'bulletList':
      return (node.content ?? []).map((item) => `- ${itemText(item)}`)
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1
      return (node.content ?? []).map((item, i) => `${start + i}. ${itemText(item)}`)
    }
    case 'blockquote':
      return (node.content ?? []).flatMap(blockText)
    default:
      return [inlineText(node)]
  }
}

function itemText(item: BodyNode): string {
  return (item.content ?? []).flatMap(blockText).join(' ')
}

/**
 * The body's blocks as Kompas prints them, the dateline leading the first paragraph. A body that
 * does not open with a paragraph gets the dateline as a block of its own.
 */
export function bodyBlocks(draft: Pick<ArticleDraft, 'body' | 'dateline'>): string[] {
  const dateline = formatDateline(draft.dateline)
  const blocks: string[] = []
  draft.body.content.forEach((node, i) => {
    const lines = blockText(node)
    if (i === 0 && dateline) {
      if (node.type === 'paragraph') lines[0] = dateline + (lines[0] ?? '')
      else blocks.push(dateline.trimEnd())
    }
    // List items are separate lines of one block; everything else is a block of its own.
    if (node.type === 'bulletList' || node.type === 'orderedList') blocks.push(lines.join('\n'))
    else blocks.push(...lines)
  })
  if (blocks.length === 0 && dateline) blocks.push(dateline.trimEnd())
  return blocks
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

/** The whole article in the Kompas plain-text layout, ending with one line break. */
export function formatPlainText(draft: ArticleDraft, brand?: string): string {
  const top = [formatSectionLine(draft.section, draft.published, brand), formatCaptionLine(draft.featuredImage)]
    .filter(Boolean)
    .join('\n')
  const blocks = [draft.headline, top, ...bodyBlocks(draft), ...creditLines(draft)]
  return `${blocks.join('\n\n')}\n`
}
