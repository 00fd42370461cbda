import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/** A run of a block's text and the document position (relative to the block's start) it begins at. */
export interface Segment {
  start: number
  text: string
  pos: number
}

/** The text an inline leaf stands for: a hard break is a line break; other atoms have none. */
export const leafText = (leaf: ProseMirrorNode): string => (leaf.isInline && !leaf.isText ? '\n' : '')

/**
 * A block's text in segments. Text counts as itself and a hard break as '\n'; nested blocks
 * (list items, quoted paragraphs) are separated by a '\n' that exists in no node, so offsets never
 * straddle two paragraphs of a quote unnoticed. Atoms that are blocks (Baca Juga) have no text.
 */
export function segments(block: ProseMirrorNode): Segment[] {
  const out: Segment[] = []
  let offset = 0
  const walk = (node: ProseMirrorNode, pos: number): void => {
    if (node.isText || node.isInline) {
      const text = node.isText ? (node.text ?? '') : leafText(node)
      if (text) out.push({ start: offset, text, pos })
      offset += text.length
      return
    }
    let previousWasBlock = false
    node.forEach((child, childOffset) => {
      if (child.isBlock && previousWasBlock) offset += 1
      walk(child, pos + 1 + childOffset)
      previousWasBlock = child.isBlock
    })
  }
  walk(block, 0)
  return out
}

/** The text the checker reads in a top-level block; Baca Juga and other atoms have none. */
export function blockText(block: ProseMirrorNode): string {
  let text = ''
  for (const s of segments(block)) text = text.padEnd(s.start, '\n') + s.text
  return text
}
