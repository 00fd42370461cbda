import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { BodyLocation } from '../../location'
import { bodyDoc, type BodyInput } from './body-doc'
import { blockText } from './text-segments'

export interface Block {
  index: number
  /** The node's type name ('paragraph', 'bacaJuga', …). */
  type: string
  node: ProseMirrorNode
  /** 1-based rank among top-level nodes of the same type ("paragraph 1" is the lead). */
  ordinal: number
  text: string
}

export function topLevelBlocks(body: BodyInput): Block[] {
  const seen = new Map<string, number>()
  const out: Block[] = []
  bodyDoc(body).forEach((node, _offset, index) => {
    const type = node.type.name
    const ordinal = (seen.get(type) ?? 0) + 1
    seen.set(type, ordinal)
    out.push({ index, type, node, ordinal, text: blockText(node) })
  })
  return out
}

/** The location of a block, or of a range of its text. */
export function bodyAt(block: Block, from?: number, to?: number): BodyLocation {
  const at: BodyLocation = { field: 'body', block: block.index, node: block.type, ordinal: block.ordinal }
  return from === undefined || to === undefined ? at : { ...at, from, to }
}

/** Blocks that carry words: empty paragraphs left by the editor do not separate or end anything. */
export function hasWords(block: Block): boolean {
  return block.node.isAtom || block.text.trim() !== ''
}
