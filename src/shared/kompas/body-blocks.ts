// The body as the checker sees it: top-level blocks, each with one string of text, plus the two
// conversions an editor needs to act on a finding: from a (block, offset) to a ProseMirror
// position, and a text replacement applied to the stored JSON.
import { BACA_JUGA, type Body, type BodyNode } from '../article'
import type { BodyLocation } from './findings'

const INLINE = new Set(['text', 'hardBreak'])
// Nodes without content in our schema; JSON cannot tell an atom from an empty paragraph by shape.
const LEAF = new Set(['hardBreak', BACA_JUGA, 'horizontalRule', 'image'])

const isInline = (node: BodyNode): boolean => INLINE.has(node.type)

/** ProseMirror's size of a node: a text's length, 1 for a leaf, content plus open and close tokens otherwise. */
export function nodeSize(node: BodyNode): number {
  if (node.type === 'text') return node.text?.length ?? 0
  if (LEAF.has(node.type)) return 1
  return 2 + (node.content ?? []).reduce((sum, child) => sum + nodeSize(child), 0)
}

/** A run of a block's text and the ProseMirror position (relative to the block's start) it begins at. */
interface Segment {
  start: number
  text: string
  pos: number
}

/**
 * A block's text in segments. Text nodes count as themselves and a hard break as '\n'; nested
 * blocks (list items, quoted paragraphs) are separated by a '\n' that exists in no node, so
 * offsets never straddle two paragraphs of a quote unnoticed.
 */
function segments(block: BodyNode): Segment[] {
  const out: Segment[] = []
  let offset = 0
  const walk = (node: BodyNode, pos: number): void => {
    if (node.type === 'text') {
      out.push({ start: offset, text: node.text ?? '', pos })
      offset += node.text?.length ?? 0
      return
    }
    if (node.type === 'hardBreak') {
      out.push({ start: offset, text: '\n', pos })
      offset += 1
      return
    }
    if (LEAF.has(node.type)) return
    let inner = pos + 1
    let previousWasBlock = false
    for (const child of node.content ?? []) {
      const block = !isInline(child)
      if (block && previousWasBlock) offset += 1
      walk(child, inner)
      inner += nodeSize(child)
      previousWasBlock = block
    }
  }
  walk(block, 0)
  return out
}

/** The text the checker reads in a top-level block; Baca Juga and other atoms have none. */
export function blockText(block: BodyNode): string {
  let text = ''
  for (const s of segments(block)) text = text.padEnd(s.start, '\n') + s.text
  return text
}

export interface Block {
  index: number
  node: BodyNode
  /** 1-based rank among top-level nodes of the same type ("paragraph 1" is the lead). */
  ordinal: number
  text: string
}

export function topLevelBlocks(body: Body): Block[] {
  const seen = new Map<string, number>()
  return body.content.map((node, index) => {
    const ordinal = (seen.get(node.type) ?? 0) + 1
    seen.set(node.type, ordinal)
    return { index, node, ordinal, text: blockText(node) }
  })
}

/** The location of a block, or of a range of its text. */
export function bodyAt(block: Block, from?: number, to?: number): BodyLocation {
  const at: BodyLocation = { field: 'body', block: block.index, node: block.node.type, ordinal: block.ordinal }
  return from === undefined || to === undefined ? at : { ...at, from, to }
}

/** Blocks that carry words: empty paragraphs left by the editor do not separate or end anything. */
export function hasWords(block: Block): boolean {
  return block.node.type === BACA_JUGA || block.text.trim() !== ''
}

/**
 * The ProseMirror document range of a body location (for `editor.commands.setTextSelection` or a
 * decoration), or null when the body no longer has that block.
 */
export function docRange(body: Body, where: BodyLocation): { from: number; to: number } | null {
  const block = body.content[where.block]
  if (!block) return null
  const start = body.content.slice(0, where.block).reduce((sum, node) => sum + nodeSize(node), 0)
  if (where.from === undefined || where.to === undefined) return { from: start, to: start + nodeSize(block) }
  const segs = segments(block)
  const last = segs.at(-1)
  if (!last) return { from: start, to: start + nodeSize(block) }
  // At the boundary of two runs a range starts in the next run and ends in the previous one, so a
  // highlight never takes in a neighbour's open or close token.
  const at = (offset: number, opening: boolean): number => {
    const inside = segs.filter((s) => offset >= s.start && offset <= s.start + s.text.length)
    const seg =
      (opening ? inside.at(-1) : inside[0]) ??
      (opening ? segs.find((s) => s.start > offset) : segs.findLast((s) => s.start + s.text.length < offset)) ??
      (opening ? last : segs[0]!)
    return start + seg.pos + Math.min(Math.max(offset - seg.start, 0), seg.text.length)
  }
  return { from: at(where.from, true), to: at(where.to, false) }
}

/**
 * The block with `text` in place of its text from `from` to `to`, keeping the marks of the run the
 * range starts in. Runs left empty are dropped (ProseMirror forbids empty text nodes); hard breaks
 * inside the range go with it.
 */
export function replaceInBlock(block: BodyNode, from: number, to: number, text: string): BodyNode {
  let offset = 0
  let inserted = false
  // The run that receives the new text: the one the replaced range starts in or, for a pure
  // insertion at a run's end, the run before it, as typing there would continue it.
  const takes = (start: number, end: number): boolean => from >= start && (from < end || (from === end && from === to))
  const rewrite = (node: BodyNode): BodyNode[] => {
    if (node.type === 'text' || node.type === 'hardBreak') {
      const own = node.type === 'text' ? (node.text ?? '') : '\n'
      const start = offset
      const end = start + own.length
      offset = end
      if (end < from || start > to) return [node]
      const out: BodyNode[] = []
      if (node.type === 'hardBreak') {
        if (!(start >= from && end <= to)) out.push(node)
        if (!inserted && takes(start, end) && text) {
          out.splice(from === start ? 0 : out.length, 0, { type: 'text', text })
          inserted = true
        }
        return out
      }
      const before = own.slice(0, Math.max(0, from - start))
      const after = own.slice(Math.max(0, to - start))
      let middle = ''
      if (!inserted && takes(start, end)) {
        middle = text
        inserted = true
      }
      const joined = before + middle + after
      return joined ? [{ ...node, text: joined }] : []
    }
    if (LEAF.has(node.type)) return [node]
    const content: BodyNode[] = []
    let previousWasBlock = false
    for (const child of node.content ?? []) {
      const block = !isInline(child)
      if (block && previousWasBlock) offset += 1
      content.push(...rewrite(child))
      previousWasBlock = block
    }
    // An empty paragraph that received the text (no run to carry it) gets a run of its own.
    if (!inserted && text && content.length === 0 && from === offset) {
      content.push({ type: 'text', text })
      inserted = true
    }
    return node.content || content.length > 0 ? [{ ...node, content }] : [node]
  }
  return rewrite(block)[0] ?? block
}
