import Document from '@tiptap/extension-document'
import type { AnyExtension } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { parseSafeLink } from '../links'
import { BacaJuga, TOP_LEVEL_GROUP, type BacaJugaOptions } from './nodes/baca-juga'
import { checkedHeading, HEADING_LEVELS } from './nodes/heading'
import { PullQuote } from './nodes/pull-quote'

/** A Kompas article body: top-level blocks and Baca Juga blocks between them. */
const ArticleDocument = Document.extend({ content: `(block | ${TOP_LEVEL_GROUP})+` })

export interface ArticleSchemaOptions {
  bacaJuga?: Partial<BacaJugaOptions>
}

/**
 * The article body's schema, one list for the editor (which adds UI-only extensions such as the
 * placeholder and node views) and for main's HTML export. Only what a Kompas piece uses:
 * paragraphs, H2/H3, bold, italic, underline, strike, links (http, https, mailto), lists,
 * quotes, hard breaks, undo/redo, Baca Juga blocks and pull quotes (kutipan). No code, no rules, no images in the body
 * (the featured image is a field of its own).
 */
export function articleExtensions(options: ArticleSchemaOptions = {}): AnyExtension[] {
  return [
    ArticleDocument,
    // StarterKit's own heading, its level checked (nodes/heading.ts).
    StarterKit.extend({
      addExtensions() {
        return (this.parent?.() ?? []).map((extension) => (extension.name === 'heading' ? checkedHeading(extension) : extension))
      }
    }).configure({
      document: false,
      heading: { levels: [...HEADING_LEVELS] },
      code: false,
      codeBlock: false,
      horizontalRule: false,
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['mailto'],
        isAllowedUri: (url) => parseSafeLink(url) !== null,
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null }
      }
    }),
    BacaJuga.configure(options.bacaJuga ?? {}),
    PullQuote
  ]
}
