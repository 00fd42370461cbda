import { mergeAttributes, Node } from '@tiptap/core'
import { BACA_JUGA, type BacaJugaAttrs } from '../../article'

export interface BacaJugaOptions {
  /**
   * Where the block's title links to, given the target article's id: the target's exported file
   * in an HTML export, nothing (null) where the target is not part of what is being rendered.
   */
  hrefFor: (articleId: string) => string | null
  /** Attributes added to every rendered block. */
  HTMLAttributes: Record<string, string>
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    bacaJuga: {
      /** Inserts a "Baca Juga" block linking another stored article, after the current block. */
      insertBacaJuga: (attrs: BacaJugaAttrs) => ReturnType
      /** Replaces the title a block shows, e.g. after the target's headline changed. */
      updateBacaJugaTitle: (articleId: string, title: string) => ReturnType
    }
  }
}

/** The group only the document accepts, so a Baca Juga can never sit inside a list or a quote. */
export const TOP_LEVEL_GROUP = 'topLevel'

/**
 * "Baca Juga: <title>": a block between paragraphs that points to another article by id and
 * keeps the title shown when it was inserted (so a later headline change can be noticed).
 */
export const BacaJuga = Node.create<BacaJugaOptions>({
  name: BACA_JUGA,
  group: TOP_LEVEL_GROUP,
  atom: true,
  selectable: true,
  draggable: true,
  defining: true,

  addOptions() {
    return { hrefFor: () => null, HTMLAttributes: {} }
  },

  addAttributes() {
    return {
      articleId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-article-id') || null,
        renderHTML: (attributes) => (attributes.articleId ? { 'data-article-id': attributes.articleId as string } : {})
      },
      title: {
        default: '',
        parseHTML: (element) => element.querySelector('[data-baca-juga-title]')?.textContent?.trim() ?? '',
        // Rendered as the block's text, not as an attribute.
        renderHTML: () => ({})
      }
    }
  },

  parseHTML() {
    return [{ tag: 'aside[data-baca-juga]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const { articleId, title } = node.attrs as BacaJugaAttrs
    const href = articleId ? this.options.hrefFor(articleId) : null
    return [
      'aside',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-baca-juga': '', class: 'baca-juga' }),
      ['strong', { class: 'baca-juga__label' }, 'Baca Juga: '],
      href ? ['a', { href, 'data-baca-juga-title': '' }, title] : ['span', { 'data-baca-juga-title': '' }, title]
    ]
  },

  renderText({ node }) {
    return `Baca Juga: ${(node.attrs as BacaJugaAttrs).title}`
  },

  addCommands() {
    return {
      insertBacaJuga:
        (attrs) =>
        ({ state, chain }) => {
          // Always at the top level, after the block holding the cursor: never split a paragraph.
          const $from = state.selection.$from
          const position = $from.depth === 0 ? $from.pos : $from.after(1)
          return chain().insertContentAt(position, { type: this.name, attrs }).run()
        },
      updateBacaJugaTitle:
        (articleId, title) =>
        ({ state, tr, dispatch }) => {
          let changed = false
          state.doc.descendants((node, pos) => {
            if (node.type.name === this.name && node.attrs.articleId === articleId && node.attrs.title !== title) {
              tr.setNodeMarkup(pos, undefined, { ...node.attrs, title })
              changed = true
            }
          })
          if (changed && dispatch) dispatch(tr)
          return changed
        }
    }
  },

  addKeyboardShortcuts() {
    // Mod-Shift-B opens the article picker: the renderer binds it, since picking needs the store.
    return {}
  }
})
