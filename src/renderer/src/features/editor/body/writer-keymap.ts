import { Extension } from '@tiptap/core'

export interface WriterKeymapOptions {
  openBacaJugaPicker: () => void
  openLinkDialog: () => void
  saveNow: () => void
}

const SLASH_BACA = /^\/baca$/i

/**
 * The writer's own shortcuts, ahead of TipTap's defaults (Mod-Shift-B is blockquote there; here
 * it inserts a Baca Juga, and the quote moves to Mod-Shift-9).
 */
export const WriterKeymap = Extension.create<WriterKeymapOptions>({
  name: 'writerKeymap',
  priority: 1000,

  addOptions() {
    return { openBacaJugaPicker: () => undefined, openLinkDialog: () => undefined, saveNow: () => undefined }
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Shift-b': () => {
        this.options.openBacaJugaPicker()
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
      // "/baca" alone in a paragraph, then Enter: the slash command for a Baca Juga.
      Enter: () => {
        const { $from, empty } = this.editor.state.selection
        const parent = $from.parent
        if (!empty || parent.type.name !== 'paragraph' || !SLASH_BACA.test(parent.textContent)) return false
        this.editor
          .chain()
          .deleteRange({ from: $from.start(), to: $from.end() })
          .run()
        this.options.openBacaJugaPicker()
        return true
      }
    }
  }
})
