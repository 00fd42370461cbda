import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'

/**
 * Puts a top-level block (Baca Juga, pull quote) into the body without splitting a paragraph: in
 * place of an empty paragraph (where a slash command was typed), otherwise after the block holding
 * the cursor. Writing goes on in the paragraph after it, so the next key does not replace it.
 */
export function insertTopLevel(state: EditorState, tr: Transaction, node: ProseMirrorNode, dispatch: ((tr: Transaction) => void) | undefined): boolean {
  const { $from } = state.selection
  const block = $from.depth === 0 ? null : $from.node(1)
  let at: number
  if (block?.type.name === 'paragraph' && block.content.size === 0) {
    at = $from.before(1)
    tr.replaceWith(at, at + block.nodeSize, node)
  } else {
    at = $from.depth === 0 ? $from.pos : $from.after(1)
    tr.insert(at, node)
  }
  const after = at + node.nodeSize
  const paragraph = state.schema.nodes.paragraph
  if (paragraph && tr.doc.nodeAt(after)?.type !== paragraph) tr.insert(after, paragraph.create())
  tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView()
  if (dispatch) dispatch(tr)
  return true
}
