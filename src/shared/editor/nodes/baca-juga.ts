import { mergeAttributes, Node } from '@tiptap/core'
import { insertTopLevel } from '../commands/insert-top-level'
import { z } from 'zod'

/** "Baca Juga" (read also): points at another article and keeps the title shown when inserted. */
export const BacaJugaAttrsSchema = z.object({ articleId: z.string().nullable(), title: z.string() })
export type BacaJugaAttrs = z.infer<typeof BacaJugaAttrsSchema>
export const BACA_JUGA = 'bacaJuga'

export interface BacaJugaOptions {
  /**
   * Where the block's title links to, given the target article's id: the target's exported file
   * in an HTML export, nothing (null) where the target is not part of what is being rendered.
   */
  hrefFor: (articleId: string) => string | null
  /** Attributes added to every rendered block. */
  HTMLAttributes: Record<string, string>
  /**
   * Whether the markup carries what the editor needs to read it back (the target's id, the title
   * marker). Published HTML leaves them out: readers get an aside and a link, nothing internal.
   */
  editorAttributes: boolean
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    bacaJuga: {
      /** Inserts a "Baca Juga" block linking another stored article, after the current block. */
      insertBacaJuga: (attrs: BacaJugaAttrs) => ReturnType
      /**
       * Points the block at `pos` to another stored article, with that article's headline: how a
       * block left unlinked by an import, or whose target was spiked, is linked later.
       */
      linkBacaJuga: (pos: number, attrs: BacaJugaAttrs & { articleId: string }) => ReturnType
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
    return { hrefFor: () => null, HTMLAttributes: {}, editorAttributes: true }
  },

  addAttributes() {
    return {
      articleId: {
        default: null,
        validate: 'string|null',
        parseHTML: (element) => element.getAttribute('data-article-id') || null,
        renderHTML: (attributes) =>
          this.options.editorAttributes && attributes.articleId ? { 'data-article-id': attributes.articleId as string } : {}
      },
      title: {
        default: '',
        validate: 'string',
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
    const marker: Record<string, string> = this.options.editorAttributes ? { 'data-baca-juga-title': '' } : {}
    const block: Record<string, string> = this.options.editorAttributes ? { 'data-baca-juga': '', class: 'baca-juga' } : { class: 'baca-juga' }
    return [
      'aside',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, block),
      ['strong', { class: 'baca-juga__label' }, 'Baca Juga: '],
      href ? ['a', { href, ...marker }, title] : ['span', marker, title]
    ]
  },

  renderText({ node }) {
    return `Baca Juga: ${(node.attrs as BacaJugaAttrs).title}`
  },

  addCommands() {
    return {
      insertBacaJuga:
        (attrs) =>
        ({ state, tr, dispatch }) =>
          insertTopLevel(state, tr, this.type.create(attrs), dispatch),
      linkBacaJuga:
        (pos, attrs) =>
        ({ state, tr, dispatch }) => {
          const node = state.doc.nodeAt(pos)
          if (node?.type !== this.type) return false
          if (dispatch) dispatch(tr.setNodeMarkup(pos, undefined, { articleId: attrs.articleId, title: attrs.title }))
          return true
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
