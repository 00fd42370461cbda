import { Extension } from '@tiptap/core'

export interface WriterKeymapOptions {
  openBacaJugaPicker: () => void
  openPullQuoteDialog: () => void
  openLinkDialog: () => void
  saveNow: () => void
}

const SLASH_BACA = /^\/baca$/i
const SLASH_KUTIP = /^\/kutip$/i

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
