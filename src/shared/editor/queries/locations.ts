// From a finding's place in the writer's terms (block, offsets into its text) to the document's
// positions and back into the stored JSON: what the editor needs to highlight a finding and what
// a fix needs to rewrite one block.
import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { BodyLocation } from '../../location'
import type { BodyNode } from '../body-json'
import { bodyDoc, type BodyInput } from './body-doc'
import { segments } from './text-segments'

/** Where top-level block `index` starts in the document, or null when there is no such block. */
function blockStart(doc: ProseMirrorNode, index: number): number | null {
  if (index < 0 || index >= doc.childCount) return null
  let pos = 0
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize
  return pos
}

/** The position, relative to the block's start, of an offset into its text. */
function positionIn(block: ProseMirrorNode, offset: number, opening: boolean): number | null {
  const segs = segments(block)
  const last = segs.at(-1)
  if (!last) return null
  // At the boundary of two runs a range starts in the next run and ends in the previous one, so a
  // highlight never takes in a neighbour's open or close token.
  const inside = segs.filter((s) => offset >= s.start && offset <= s.start + s.text.length)
  const seg =
    (opening ? inside.at(-1) : inside[0]) ??
    (opening ? segs.find((s) => s.start > offset) : segs.findLast((s) => s.start + s.text.length < offset)) ??
    (opening ? last : segs[0]!)
  return seg.pos + Math.min(Math.max(offset - seg.start, 0), seg.text.length)
}

/**
 * The document range of a body location (for `editor.commands.setTextSelection` or a
 * decoration), or null when the body no longer has that block.
 */
export function docRange(body: BodyInput, where: BodyLocation): { from: number; to: number } | null {
  const doc = bodyDoc(body)
  const start = blockStart(doc, where.block)
  if (start === null) return null
  const block = doc.child(where.block)
  const whole = { from: start, to: start + block.nodeSize }
  if (where.from === undefined || where.to === undefined) return whole
  const from = positionIn(block, where.from, true)
  const to = positionIn(block, where.to, false)
  return from === null || to === null ? whole : { from: start + from, to: start + to }
}

/**
 * Block `index` of the body with `text` in place of its text from `from` to `to`, keeping the marks
 * of the run the range starts in (or, for an insertion at a run's end, the run it continues).
 * Hard breaks inside the range go with it. Null when the body has no such block.
 */
export function replaceInBlock(body: BodyInput, index: number, from: number, to: number, text: string): BodyNode | null {
  const doc = bodyDoc(body)
  const start = blockStart(doc, index)
  if (start === null) return null
  const block = doc.child(index)
  const a = positionIn(block, from, true)
  const b = positionIn(block, to, false)
  if (a === null || b === null) {
    // No text at all (an empty paragraph): the text becomes its only run.
    if (!block.isTextblock || !text) return block.toJSON() as BodyNode
    return block.copy(Fragment.from(block.type.schema.text(text))).toJSON() as BodyNode
  }
  // Segment positions count the block's opening token; Node.replace counts from its content.
  const $from = block.resolve(a - 1)
  const before = $from.nodeBefore?.isText ? $from.nodeBefore.marks : null
  const after = $from.nodeAfter?.isText ? $from.nodeAfter.marks : null
  const marks = (from === to ? (before ?? after) : (after ?? before)) ?? []
  const inserted = text ? Fragment.from(block.type.schema.text(text, marks)) : Fragment.empty
  return block.replace(a - 1, Math.max(a, b) - 1, new Slice(inserted, 0, 0)).toJSON() as BodyNode
}
