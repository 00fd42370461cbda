import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/** The class body-editor.css draws always, whatever `content-visibility` skips. */
export const CARET_BLOCK_CLASS = 'body-editor__caret-block'

interface CaretBlockState {
  /** Where the marked top-level blocks start, to tell whether the caret left them. */
  starts: number[]
  decorations: DecorationSet
}

const caretBlockKey = new PluginKey<CaretBlockState>('caretBlock')

/** The top-level blocks holding the selection's two ends (one, when they share it); atoms are left out. */
function blockStarts(state: EditorState): number[] {
  const starts = new Set<number>()
  for (const $pos of [state.selection.$anchor, state.selection.$head]) {
    if ($pos.depth === 0 || $pos.node(1).isAtom) continue
    starts.add($pos.before(1))
  }
  return [...starts].sort((a, b) => a - b)
}

function marked(state: EditorState, starts: number[]): CaretBlockState {
  const decorations = starts.map((start) => Decoration.node(start, start + state.doc.nodeAt(start)!.nodeSize, { class: CARET_BLOCK_CLASS }))
  return { starts, decorations: DecorationSet.create(state.doc, decorations) }
}

/** Whether the moved marks still cover exactly the blocks that hold the selection. */
function covers(decorations: DecorationSet, starts: number[], state: EditorState): boolean {
  const found = decorations.find()
  return found.length === starts.length && found.every((d, i) => d.from === starts[i] && d.to === d.from + state.doc.nodeAt(d.from)!.nodeSize)
}

/**
 * Marks the block the writer types in, so body-editor.css keeps it drawn (decision 0106). Blocks
 * out of view are skipped by `content-visibility: auto`, and a block made a moment ago (Enter,
 * then a key at once) is skipped until the next frame: Chromium's own text insertion into a block
 * it has not laid out put the letter in a paragraph of its own, after the caret.
 */
export const CaretBlock = Extension.create({
  name: 'caretBlock',

  addProseMirrorPlugins() {
    return [
      new Plugin<CaretBlockState>({
        key: caretBlockKey,
        state: {
          init: (_, state) => marked(state, blockStarts(state)),
          apply(tr, previous, _old, state) {
            if (!tr.docChanged && !tr.selectionSet) return previous
            const starts = blockStarts(state)
            // Typing inside the same block: the mark is moved with the text, not rebuilt over the whole body.
            const mapped = tr.docChanged ? previous.decorations.map(tr.mapping, tr.doc) : previous.decorations
            if (covers(mapped, starts, state)) return { starts, decorations: mapped }
            return marked(state, starts)
          }
        },
        props: {
          decorations: (state) => caretBlockKey.getState(state)?.decorations
        }
      })
    ]
  }
})
