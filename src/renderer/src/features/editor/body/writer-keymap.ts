import { Extension, type Editor } from '@tiptap/core'
import { Selection, TextSelection } from '@tiptap/pm/state'

export interface WriterKeymapOptions {
  openBacaJugaPicker: () => void
  openPullQuoteDialog: () => void
  openLinkDialog: () => void
  saveNow: () => void
}

const SLASH_BACA = /^\/baca$/i
const SLASH_KUTIP = /^\/kutip$/i

/**
 * Ctrl+Home / Ctrl+End (with Shift, selecting), done by ProseMirror rather than the browser: the
 * body's far blocks are not laid out (content-visibility, decision 0106), and Chromium's own move
 * to the end of the document stops at the start of a block it has not laid out.
 */
function toBoundary(editor: Editor, side: 'start' | 'end', extend: boolean): boolean {
  const { state, view } = editor
  const target = side === 'start' ? Selection.atStart(state.doc) : Selection.atEnd(state.doc)
  const selection = extend ? TextSelection.between(state.selection.$anchor, target.$head) : target
  view.dispatch(state.tr.setSelection(selection).scrollIntoView())
  return true
}

/**
 * The writer's own shortcuts, ahead of TipTap's defaults (Mod-Shift-B is blockquote there; here
 * it inserts a Baca Juga, and the quote moves to Mod-Shift-9).
 */
export const WriterKeymap = Extension.create<WriterKeymapOptions>({
  name: 'writerKeymap',
  priority: 1000,

  addOptions() {
    return { openBacaJugaPicker: () => undefined, openPullQuoteDialog: () => undefined, openLinkDialog: () => undefined, saveNow: () => undefined }
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Shift-b': () => {
        this.options.openBacaJugaPicker()
        return true
      },
      'Mod-Alt-q': () => {
        this.options.openPullQuoteDialog()
        return true
      },
      'Mod-Shift-9': () => this.editor.commands.toggleBlockquote(),
      'Mod-k': () => {
        this.options.openLinkDialog()
        return true
      },
      'Mod-Home': () => toBoundary(this.editor, 'start', false),
      'Mod-End': () => toBoundary(this.editor, 'end', false),
      'Shift-Mod-Home': () => toBoundary(this.editor, 'start', true),
      'Shift-Mod-End': () => toBoundary(this.editor, 'end', true),
      'Mod-s': () => {
        this.options.saveNow()
        return true
      },
      // "/baca" (or "/kutip") alone in a paragraph, then Enter: the slash commands for a Baca Juga
      // and a pull quote.
      Enter: () => {
        const { $from, empty } = this.editor.state.selection
        const parent = $from.parent
        if (!empty || parent.type.name !== 'paragraph') return false
        const open = SLASH_BACA.test(parent.textContent)
          ? this.options.openBacaJugaPicker
          : SLASH_KUTIP.test(parent.textContent)
            ? this.options.openPullQuoteDialog
            : null
        if (!open) return false
        this.editor
          .chain()
          .deleteRange({ from: $from.start(), to: $from.end() })
          .run()
        open()
        return true
      }
    }
  }
})
