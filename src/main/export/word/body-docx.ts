// The article body as Word paragraphs. Subheadings, marks, links, lists and quotes keep Word's own
// styles (Heading 2/3, Quote, numbered and bulleted lists) so that mammoth reads them back; Baca
// Juga and the pull quote are written as their Kompas text lines ("Baca Juga: …", "Kutipan: …"),
// the same lines the plain-text import recognises, because Word has no block of that kind.
import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx'
import type { BodyNode } from '../../../shared/article'
import { parseSafeLink } from '../../../shared/links'
import { BACA_JUGA } from '../../../shared/editor/nodes/baca-juga'
import { PULL_QUOTE, type PullQuoteAttrs } from '../../../shared/editor/nodes/pull-quote'
import { BACA_JUGA_LABEL, pullQuoteLine } from '../../../shared/editor/serializers/plain-text'

export const QUOTE_STYLE = 'Quote'
export const PULL_QUOTE_STYLE = 'PullQuote'
export const BULLETS = 'redaksi-bullets'
export const orderedReference = (start: number): string => `redaksi-ordered-${start}`

/** What the document's numbering must define for the lists this body uses. */
export interface ListNeeds {
  starts: Set<number>
  /** Each list is its own numbering instance, so a second numbered list starts again at its start. */
  instances: number
}

const has = (node: BodyNode, mark: string): boolean => node.marks?.some((m) => m.type === mark) ?? false

function textRun(node: BodyNode, bold = false): TextRun {
  return new TextRun({
    text: node.text ?? '',
    bold: bold || has(node, 'bold'),
    italics: has(node, 'italic'),
    ...(has(node, 'underline') ? { underline: {} } : {}),
    strike: has(node, 'strike')
  })
}

/** Inline content as runs; a link mark becomes a hyperlink around its run (safe schemes only). */
export function inlineRuns(content: readonly BodyNode[] | undefined, bold = false): ParagraphChild[] {
  return (content ?? []).map((node) => {
    if (node.type === 'hardBreak') return new TextRun({ break: 1 })
    const href = node.marks?.find((m) => m.type === 'link')?.attrs?.href
    const run = textRun(node, bold)
    return typeof href === 'string' && parseSafeLink(href) ? new ExternalHyperlink({ link: href, children: [run] }) : run
  })
}

function listParagraphs(list: BodyNode, level: number, needs: ListNeeds): Paragraph[] {
  const ordered = list.type === 'orderedList'
  const start = typeof list.attrs?.start === 'number' ? list.attrs.start : 1
  if (ordered) needs.starts.add(start)
  const instance = ++needs.instances
  const out: Paragraph[] = []
  for (const item of list.content ?? []) {
    for (const child of item.content ?? []) {
      if (child.type === 'bulletList' || child.type === 'orderedList') out.push(...listParagraphs(child, level + 1, needs))
      else {
        const numbering = { reference: ordered ? orderedReference(start) : BULLETS, level, instance }
        out.push(new Paragraph({ children: inlineRuns(child.content), numbering }))
      }
    }
  }
  return out
}

/** One top-level block (or a block inside a quote) as Word paragraphs. */
export function blockParagraphs(node: BodyNode, needs: ListNeeds, lead: ParagraphChild[] = []): Paragraph[] {
  switch (node.type) {
    case 'heading':
      return [new Paragraph({ heading: node.attrs?.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2, children: inlineRuns(node.content) })]
    case 'bulletList':
    case 'orderedList':
      return listParagraphs(node, 0, needs)
    case 'blockquote':
      return (node.content ?? []).flatMap((child) =>
        child.type === 'paragraph' ? [new Paragraph({ style: QUOTE_STYLE, children: inlineRuns(child.content) })] : blockParagraphs(child, needs)
      )
    case BACA_JUGA:
      return [new Paragraph({ children: [new TextRun({ text: `${BACA_JUGA_LABEL}${String(node.attrs?.title ?? '')}` })] })]
    case PULL_QUOTE:
      return [new Paragraph({ style: PULL_QUOTE_STYLE, children: [new TextRun({ text: pullQuoteLine(node.attrs as PullQuoteAttrs) })] })]
    default:
      return [new Paragraph({ children: [...lead, ...inlineRuns(node.content)] })]
  }
}
