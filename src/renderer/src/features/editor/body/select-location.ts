import type { Editor } from '@tiptap/core'
import { NodeSelection, TextSelection } from '@tiptap/pm/state'
import { docRange } from '../../../../../shared/editor/queries'
import type { BodyLocation } from '../../../../../shared/location'

/**
 * Puts the cursor where a finding is: its text, else inside its block (an empty paragraph gets
 * the cursor in it), else the block itself when it holds no text (a Baca Juga), and scrolls there.
 */
export function selectLocation(editor: Editor, where: BodyLocation): boolean {
  const { state } = editor
  const range = docRange(state.doc, where)
  if (!range) return false
  const node = state.doc.nodeAt(range.from)
  const whole = where.from === undefined || where.to === undefined
  const selection =
    whole && node && !node.isTextblock && node.isAtom
      ? NodeSelection.create(state.doc, range.from)
      : whole
        ? TextSelection.near(state.doc.resolve(range.from + 1))
        : TextSelection.create(state.doc, range.from, range.to)
  editor.view.dispatch(state.tr.setSelection(selection).scrollIntoView())
  editor.view.focus()
  return true
}
