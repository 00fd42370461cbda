// A Word document's blocks laid out as the Kompas plain text, so that the one plain-text parser
// (shared/kompas/parse-plain-text.ts) decides what is the headline, the section line, the caption,
// the dateline, a Baca Juga line and the credits, exactly as it does for a .txt. Blocks the
// parser has no words for (subheadings, lists, quotes) stand in the text as placeholders; the
// parser's body is then mapped back onto the document's own blocks, marks and links kept.
import type { Body, BodyNode } from '../../../shared/article'
import { splitDateline } from '../../../shared/kompas/dateline'
import { dropLeading } from '../inline-content'
import { MARK } from './word-html'

const PLACEHOLDER = '\uE003'
const PLACEHOLDER_LINE = /^\uE003(\d+)\uE003$/
const IMAGE_MARK = new RegExp(`${MARK.image}(\\d+)${MARK.image}`, 'g')
const MARKERS = /[\uE000-\uE003]/g

export interface WordBlock {
  node: BodyNode
  kind: 'text' | 'caption' | 'other'
  /**
   * The block as the parser reads it: one line, its line breaks (Shift+Enter) as spaces, since in
   * Word a paragraph is a paragraph; the parser would take each line of a text as its own.
   */
  lines: string[]
}

export interface WordLayout {
  /** From a Title or Heading 1 opening the document, or else its title property; null: the first paragraph. */
  headline: string | null
  blocks: WordBlock[]
  /** Each picture in document order, with the index of the block right after it (-1: inside a line of text). */
  images: { index: number; before: number }[]
}

/** Inline text with hard breaks as line breaks. */
export function inlineText(node: BodyNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return '\n'
  return (node.content ?? []).map(inlineText).join('')
}

const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .filter((l) => l.trim() !== '')

const oneLine = (text: string): string => linesOf(text).join(' ')

function withoutMarkers(node: BodyNode): BodyNode {
  if (node.type === 'text') return { ...node, text: (node.text ?? '').replace(MARKERS, '') }
  if (!node.content) return node
  const content = node.content.map(withoutMarkers).filter((n) => n.type !== 'text' || n.text !== '')
  return content.length ? { ...node, content } : { type: node.type, ...(node.attrs ? { attrs: node.attrs } : {}) }
}

/** The document's blocks, its pictures taken out of the flow and its headline found. */
export function readLayout(body: Body, title: string | null): WordLayout {
  const blocks: WordBlock[] = []
  const images: WordLayout['images'] = []
  let headline: string | null = null
  for (const raw of body.content) {
    const text = inlineText(raw)
    const pictures = [...text.matchAll(IMAGE_MARK)].map((m) => Number(m[1]))
    const rest = text.replace(IMAGE_MARK, '')
    if (pictures.length && raw.type === 'paragraph' && rest.trim() === '') {
      for (const index of pictures) images.push({ index, before: blocks.length })
      continue
    }
    for (const index of pictures) images.push({ index, before: -1 })
    const node = withoutMarkers(raw)
    if (blocks.length === 0 && headline === null && raw.type === 'heading' && text.startsWith(MARK.headline)) {
      headline = oneLine(inlineText(node)).trim()
      continue
    }
    const kind = raw.type === 'paragraph' ? (rest.startsWith(MARK.caption) ? 'caption' : 'text') : 'other'
    const line = oneLine(inlineText(node))
    blocks.push({ node, kind, lines: kind === 'other' || line === '' ? [] : [line] })
  }
  const first = blocks[0]
  if (headline === null && title && !(first?.kind === 'text' && first.lines.join(' ').trim() === title)) headline = title
  return { headline, blocks, images }
}

/**
 * The layout as Kompas plain text. A caption right after a picture below the section line joins
 * it, where the parser looks for the caption; with only the headline before it, `sectionLine` is
 * put in between to carry it. `sectionLine` also stands in for a document that
 * has none of its own, once the parser has said it is not a Kompas piece without one.
 */
export function layoutText(layout: WordLayout, sectionLine: string, always: boolean): string {
  const out: string[][] = []
  const headBlocks = layout.headline === null ? 1 : 0
  if (layout.headline !== null) out.push([layout.headline])
  const imageBefore = new Set(layout.images.map((i) => i.before))
  let added = false
  const addSection = (): void => {
    if (!added) out.push([sectionLine])
    added = true
  }
  if (always && headBlocks === 0) addSection()
  layout.blocks.forEach((block, i) => {
    if (block.kind === 'other') out.push([`${PLACEHOLDER}${i}${PLACEHOLDER}`])
    else if (block.kind === 'caption' && imageBefore.has(i) && out.length <= 2) {
      if (out.length === 1) addSection()
      out[1]!.push(...block.lines)
    } else if (block.lines.length) out.push(block.lines)
    if (always && i === 0 && headBlocks === 1) addSection()
  })
  return out.map((lines) => lines.join('\n')).join('\n\n')
}

/** The block without its first `count` characters (a hard break is one), keeping marks. */
function dropLeadingOf(node: BodyNode, count: number): BodyNode {
  const content = dropLeading(node.content ?? [], count)
  return content.length ? { ...node, content } : { type: node.type }
}

/**
 * The parser's body with each of its paragraphs replaced by the document's own block where the
 * text is the same (or the same after the dateline the parser took off the lead), and each
 * placeholder by the block it stands for. Anything the parser changed otherwise stays as it read it.
 */
export function richBody(parsed: readonly BodyNode[], layout: WordLayout): BodyNode[] {
  let cursor = 0
  return parsed.map((node) => {
    if (node.type !== 'paragraph') return node
    const text = oneLine(inlineText(node))
    const placeholder = PLACEHOLDER_LINE.exec(text)
    if (placeholder) {
      cursor = Number(placeholder[1]) + 1
      return layout.blocks[Number(placeholder[1])]!.node
    }
    for (let j = cursor; j < layout.blocks.length; j++) {
      const block = layout.blocks[j]!
      if (block.kind === 'other') continue
      const own = block.lines.join(' ')
      if (own === text) {
        cursor = j + 1
        return block.node
      }
      const full = inlineText(block.node)
      const split = splitDateline(full)
      if (split && oneLine(split.rest) === text) {
        cursor = j + 1
        return dropLeadingOf(block.node, full.length - split.rest.length)
      }
    }
    return node
  })
}
