import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

export interface DatelineDecorationOptions {
  /** The dateline as printed, e.g. "PYONGYANG, KOMPAS.TV - ", or '' for none. */
  text: () => string
}

export const datelineKey = new PluginKey<string>('dateline')

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    datelineDecoration: {
      /** Redraws the dateline after its fields changed. */
      refreshDateline: () => ReturnType
    }
  }
}

/**
 * Shows the dateline as the start of the first paragraph, as readers see it, without making it
 * body text: it is a field of the article, so a widget (not content) draws it, and the writer
 * cannot type into it.
 */
export const DatelineDecoration = Extension.create<DatelineDecorationOptions>({
  name: 'datelineDecoration',

  addOptions() {
    return { text: () => '' }
  },

  addCommands() {
    return {
      refreshDateline:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) dispatch(tr.setMeta(datelineKey, this.options.text()).setMeta('addToHistory', false))
          return true
        }
    }
  },

  addProseMirrorPlugins() {
    const options = this.options
    return [
      new Plugin<string>({
        key: datelineKey,
        state: {
          init: () => options.text(),
          apply: (tr, value) => (tr.getMeta(datelineKey) as string | undefined) ?? value
        },
        props: {
          decorations(state) {
            const text = datelineKey.getState(state)
            const first = state.doc.firstChild
            if (!text || !first || first.type.name !== 'paragraph') return DecorationSet.empty
            const widget = Decoration.widget(
              1,
              () => {
                const span = document.createElement('span')
                span.className = 'dateline-widget'
                span.contentEditable = 'false'
                span.textContent = text
                return span
              },
              { side: -1, key: `dateline:${text}`, ignoreSelection: true }
            )
            return DecorationSet.create(state.doc, [widget])
          }
        }
      })
    ]
  }
})
