import type { BodyNode } from '../../shared/editor/body-json'

/**
 * Inline content without its first `count` characters (a hard break or other inline atom counts
 * as one), marks kept: how an importer takes a dateline off the front of a lead.
 */
export function dropLeading(content: readonly BodyNode[], count: number): BodyNode[] {
  let left = count
  const out: BodyNode[] = []
  for (const node of content) {
    const length = node.type === 'text' ? (node.text ?? '').length : 1
    if (left >= length) left -= length
    else if (left > 0) {
      out.push({ ...node, text: node.text!.slice(left) })
      left = 0
    } else out.push(node)
  }
  return out
}
