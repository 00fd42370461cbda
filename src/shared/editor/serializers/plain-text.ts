// The body in the Kompas plain-text layout: one block of text per top-level node, list items as
// "- " or "1. " lines, quotes flattened, Baca Juga as its "Baca Juga: " line, a pull quote as its "Kutipan: " line. kompas/plain-text.ts
// puts the article around it and kompas/parse-plain-text.ts reads the same lines back.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { BACA_JUGA, type BacaJugaAttrs } from '../nodes/baca-juga'
import { attribution, PULL_QUOTE, type PullQuoteAttrs } from '../nodes/pull-quote'
import type { BodyInput } from '../queries/body-doc'
import { publishedDoc } from '../queries/empty-paragraphs'
import { leafText } from '../queries/text-segments'

export const BACA_JUGA_LABEL = 'Baca Juga: '
export const PULL_QUOTE_LABEL = 'Kutipan: '

/** “Kutipan: “…” — Nama, Jabatan”: the quote in curly quotes, so a dash inside it stays its own. */
export function pullQuoteLine(attrs: PullQuoteAttrs): string {
  const who = attribution(attrs)
  return `${PULL_QUOTE_LABEL}“${attrs.quote.trim()}”${who ? ` — ${who}` : ''}`
}

/** Inline text of a node: text as written, a hard break as a line break. */
const inlineText = (node: ProseMirrorNode): string => node.textBetween(0, node.content.size, '', leafText)

const itemText = (item: ProseMirrorNode): string => children(item).flatMap(blockLines).join(' ')

const children = (node: ProseMirrorNode): ProseMirrorNode[] => {
  const out: ProseMirrorNode[] = []
  node.forEach((child) => out.push(child))
  return out
}

/** The text lines one block stands for: the one place a node type chooses its plain-text form. */
function blockLines(node: ProseMirrorNode): string[] {
  switch (node.type.name) {
    case BACA_JUGA:
      return [`${BACA_JUGA_LABEL}${(node.attrs as BacaJugaAttrs).title}`]
    case PULL_QUOTE:
      return [pullQuoteLine(node.attrs as PullQuoteAttrs)]
    case 'bulletList':
      return children(node).map((item) => `- ${itemText(item)}`)
    case 'orderedList': {
      const start = typeof node.attrs.start === 'number' ? node.attrs.start : 1
      return children(node).map((item, i) => `${start + i}. ${itemText(item)}`)
    }
    case 'blockquote':
      return children(node).flatMap(blockLines)
    default:
      return [inlineText(node)]
  }
}

/**
 * The body's blocks as Kompas prints them, `dateline` leading the first paragraph. A body that
 * does not open with a paragraph gets the dateline as a block of its own. Empty paragraphs are
 * not published.
 */
export function plainTextBlocks(body: BodyInput, dateline: string): string[] {
  const blocks: string[] = []
  children(publishedDoc(body)).forEach((node, i) => {
    const lines = blockLines(node)
    if (i === 0 && dateline) {
      if (node.type.name === 'paragraph') lines[0] = dateline + (lines[0] ?? '')
      else blocks.push(dateline.trimEnd())
    }
    // List items are separate lines of one block; everything else is a block of its own.
    if (node.type.name === 'bulletList' || node.type.name === 'orderedList') blocks.push(lines.join('\n'))
    else blocks.push(...lines)
  })
  if (blocks.length === 0 && dateline) blocks.push(dateline.trimEnd())
  return blocks
}
