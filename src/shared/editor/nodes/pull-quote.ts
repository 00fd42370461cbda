import { mergeAttributes, Node, type Attribute } from '@tiptap/core'
import { z } from 'zod'
import { insertTopLevel } from '../commands/insert-top-level'
import { TOP_LEVEL_GROUP } from './baca-juga'

/**
 * "Kutipan": a pull quote, a line of the story set large between paragraphs, with who said it.
 * Its words repeat the body's, so it is left out of the body's text and word count (queries).
 */
export const PULL_QUOTE = 'pullQuote'
export const PullQuoteAttrsSchema = z.object({ quote: z.string(), name: z.string(), role: z.string() })
export type PullQuoteAttrs = z.infer<typeof PullQuoteAttrsSchema>

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pullQuote: {
      /** Inserts a pull quote after the current block (or in place of an empty paragraph). */
      insertPullQuote: (attrs: PullQuoteAttrs) => ReturnType
    }
  }
}

/** "Nama, Jabatan" as the caption prints it; just the name without a role. */
export const attribution = ({ name, role }: Pick<PullQuoteAttrs, 'name' | 'role'>): string =>
  [name.trim(), role.trim()].filter(Boolean).join(', ')

// The DOM element type as TipTap names it: shared code has no DOM library of its own.
type ParsedElement = Parameters<NonNullable<Attribute['parseHTML']>>[0]

const textOf = (element: ParsedElement, selector: string): string => element.querySelector(selector)?.textContent?.trim() ?? ''

export const PullQuote = Node.create({
  name: PULL_QUOTE,
  group: TOP_LEVEL_GROUP,
  atom: true,
  selectable: true,
  draggable: true,
  defining: true,

  addAttributes() {
    // Rendered as the figure's content, never as attributes of its own.
    const attr = (selector: string) => ({
      default: '',
      validate: 'string',
      parseHTML: (element: ParsedElement) => textOf(element, selector),
      renderHTML: () => ({})
    })
    return { quote: attr('blockquote'), name: attr('.pull-quote__name'), role: attr('.pull-quote__role') }
  },

  parseHTML() {
    return [{ tag: 'figure.pull-quote' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const { quote, name, role } = node.attrs as PullQuoteAttrs
    const who = [
      ...(name.trim() ? [['cite', { class: 'pull-quote__name' }, name.trim()]] : []),
      ...(name.trim() && role.trim() ? [', '] : []),
      ...(role.trim() ? [['span', { class: 'pull-quote__role' }, role.trim()]] : [])
    ]
    const figure = mergeAttributes(HTMLAttributes, { class: 'pull-quote' })
    const blockquote = ['blockquote', { class: 'pull-quote__text' }, ['p', {}, quote]] as const
    return who.length ? ['figure', figure, blockquote, ['figcaption', { class: 'pull-quote__attribution' }, ...who]] : ['figure', figure, blockquote]
  },

  renderText({ node }) {
    return (node.attrs as PullQuoteAttrs).quote
  },

  addCommands() {
    return {
      insertPullQuote:
        (attrs) =>
        ({ state, tr, dispatch }) =>
          insertTopLevel(state, tr, this.type.create(attrs), dispatch)
    }
  }
})
