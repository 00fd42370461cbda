// One article as a Word document, laid out as the Kompas page and the plain-text export are:
// the headline (Word's Title style, and the document's title property), the section line, the
// photo with its caption line, the body with the dateline before the lead, then the Penulis/Editor
// and Sumber lines. The Word import (src/main/import/word) reads exactly this back.
import { AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, TextRun, type ILevelsOptions } from 'docx'
import type { Article } from '../../../shared/article'
import { imageSize, imageType } from '../../../shared/image-bytes'
import { publishedBody } from '../../../shared/editor/queries'
import { formatDateline } from '../../../shared/kompas/dateline'
import { formatSectionLine } from '../../../shared/kompas/headline-line'
import { creditLines, formatCaptionLine } from '../../../shared/kompas/plain-text'
import { ralatLines } from '../../../shared/kompas/ralat'
import type { ArticleStore } from '../../store'
import { readImage } from '../image-file'
import { blockParagraphs, BULLETS, orderedReference, PULL_QUOTE_STYLE, QUOTE_STYLE, type ListNeeds } from './body-docx'

export const CAPTION_STYLE = 'Caption'
const DOCX_IMAGE = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' } as const
/** The photo's width on the page, in pixels as docx counts them (a portrait A4 text column). */
const IMAGE_WIDTH = 600

async function photoParagraph(store: ArticleStore, article: Article): Promise<Paragraph | null> {
  const image = await readImage(store, article.featuredImage?.asset)
  const type = image ? imageType(image.bytes) : null
  // WebP has no place in a .docx (Word reads PNG, JPEG, GIF, BMP): the caption stays, the photo not.
  if (!image || !type || type === 'image/webp') return null
  const size = imageSize(image.bytes) ?? { width: IMAGE_WIDTH, height: Math.round(IMAGE_WIDTH * 0.66) }
  const width = Math.min(IMAGE_WIDTH, size.width)
  const height = Math.max(1, Math.round((size.height * width) / Math.max(1, size.width)))
  // Word's "Alt Text" pane shows the description; the caption is its own paragraph below.
  const alt = article.featuredImage?.alt?.trim() ?? ''
  return new Paragraph({
    children: [new ImageRun({ type: DOCX_IMAGE[type], data: image.bytes, transformation: { width, height }, altText: { name: 'foto', title: alt, description: alt } })]
  })
}

const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (l: number) => string, start = 1): ILevelsOptions[] =>
  [0, 1, 2, 3, 4].map((l) => ({ level: l, format, text: text(l), start, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720 * (l + 1), hanging: 360 } } } }))

function bodyParagraphs(article: Article, needs: ListNeeds): Paragraph[] {
  const dateline = formatDateline(article.dateline)
  const out: Paragraph[] = []
  // Empty paragraphs are not published (shared/editor/queries/empty-paragraphs.ts).
  publishedBody(article.body).content.forEach((node, i) => {
    // The dateline leads the first paragraph in bold, as on the page; before any other block it stands alone.
    const lead = i === 0 && dateline && node.type === 'paragraph' ? [new TextRun({ text: dateline, bold: true })] : []
    if (i === 0 && dateline && node.type !== 'paragraph') out.push(new Paragraph({ children: [new TextRun({ text: dateline.trimEnd(), bold: true })] }))
    out.push(...blockParagraphs(node, needs, lead))
  })
  return out
}

/** The article's .docx bytes. */
export async function articleDocx(store: ArticleStore, article: Article): Promise<Uint8Array> {
  const needs: ListNeeds = { starts: new Set(), instances: 0 }
  const photo = await photoParagraph(store, article)
  const caption = formatCaptionLine(article.featuredImage)
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(article.headline)] }),
    new Paragraph({ children: [new TextRun(formatSectionLine(article.section, article.published))] }),
    ...(photo ? [photo] : []),
    ...(caption ? [new Paragraph({ style: CAPTION_STYLE, children: [new TextRun(caption)] })] : []),
    ...bodyParagraphs(article, needs),
    // A republished correction closes the body, before the credit lines, as on the page.
    ...ralatLines(article).map((line) => new Paragraph({ children: [new TextRun({ text: line, italics: true })] })),
    ...creditLines(article).map((line) => new Paragraph({ children: [new TextRun(line)] }))
  ]
  const document = new Document({
    title: article.headline,
    creator: article.penulis.join(', ') || 'Redaksi',
    styles: {
      paragraphStyles: [
        { id: QUOTE_STYLE, name: 'Quote', basedOn: 'Normal', next: 'Normal', run: { italics: true }, paragraph: { indent: { left: 720, right: 720 } } },
        { id: PULL_QUOTE_STYLE, name: 'Pull Quote', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 28 } },
        { id: CAPTION_STYLE, name: 'Caption', basedOn: 'Normal', next: 'Normal', run: { italics: true, size: 18 } }
      ]
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: level(LevelFormat.BULLET, (l) => ['•', '◦', '▪', '•', '◦'][l]!) },
        ...[...needs.starts].map((start) => ({ reference: orderedReference(start), levels: level(LevelFormat.DECIMAL, (l) => `%${l + 1}.`, start) }))
      ]
    },
    sections: [{ children }]
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
