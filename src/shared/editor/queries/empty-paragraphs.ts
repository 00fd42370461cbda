import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Body } from '../body-json'
import { bodyDoc, type BodyInput } from './body-doc'

/**
 * A paragraph a reader would see as nothing: no text but spaces (non-breaking ones too) and at
 * most hard breaks. Enter after a Baca Juga, a blank line pasted from Word, leave these behind.
 */
export function isEmptyParagraph(node: ProseMirrorNode): boolean {
  if (node.type.name !== 'paragraph') return false
  let empty = true
  node.forEach((child) => {
    if (child.isText ? (child.text ?? '').trim() !== '' : child.type.name !== 'hardBreak') empty = false
  })
  return empty
}

function withoutEmpty(fragment: Fragment): Fragment | null {
  let changed = false
  const kept: ProseMirrorNode[] = []
  fragment.forEach((node) => {
    if (isEmptyParagraph(node)) {
      changed = true
      return
    }
    if (node.isTextblock || node.isLeaf) {
      kept.push(node)
      return
    }
    const inner = withoutEmpty(node.content)
    if (!inner) {
      kept.push(node)
      return
    }
    changed = true
    // A list item, list or quote that held only empty paragraphs goes with them.
    if (inner.childCount > 0) kept.push(node.copy(inner))
  })
  return changed ? Fragment.fromArray(kept) : null
}

/**
 * The body as it is published: every export (HTML, plain text, ninjs, Word) reads this, never
 * the stored body, so an empty paragraph the editor keeps for the writer never reaches a reader.
 */
export function publishedDoc(body: BodyInput): ProseMirrorNode {
  const doc = bodyDoc(body)
  const content = withoutEmpty(doc.content)
  return content ? doc.copy(content) : doc
}

/** The same, as the stored JSON shape, for exports that walk the JSON (Word). */
export function publishedBody(body: BodyInput): Body {
  return publishedDoc(body).toJSON() as Body
}
