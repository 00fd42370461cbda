// The body as HTML, from the schema's own renderHTML: what export publishes, what ninjs carries as
// body_html and what the review desk previews, byte for byte the same. Pure: the DOMOutputSpecs
// are rendered to an escaped string (html-tree.ts), grouping marks across adjacent text exactly
// as ProseMirror's DOMSerializer.serializeFragment does.
import { getSchema } from '@tiptap/core'
import type { Fragment, Mark, Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'
import { parseSafeLink } from '../../links'
import { articleExtensions } from '../extensions'
import type { BodyInput } from '../queries/body-doc'
import { publishedDoc } from '../queries/empty-paragraphs'
import { escapeText, renderSpec, toHtml, type Element } from './html-tree'

export type HrefFor = (articleId: string) => string | null

export interface BodyHtmlOptions {
  /** Where a Baca Juga's title links to (the target's exported file); no link without it. */
  hrefFor?: HrefFor | null
}

/**
 * Links from stored JSON anyone could have written (a bundle, a hand-edited file) are published
 * only when their scheme passes the allow-list, and with nothing but their href.
 */
function publicMarks(schema: Schema, marks: readonly Mark[]): Mark[] {
  return marks.flatMap((mark) => {
    if (mark.type.name !== 'link') return [schema.marks[mark.type.name]!.create(mark.attrs)]
    const href = typeof mark.attrs.href === 'string' ? parseSafeLink(mark.attrs.href) : null
    return href ? [schema.marks.link!.create({ href: href.href })] : []
  })
}

export class BodyHtml {
  private readonly schema: Schema

  constructor(options: BodyHtmlOptions = {}) {
    const hrefFor = options.hrefFor ?? (() => null)
    // The same extension list as the editor's, rendering for readers: no editor-only attributes.
    this.schema = getSchema(articleExtensions({ bacaJuga: { hrefFor, editorAttributes: false } }))
  }

  /**
   * The body, with the dateline as a marked span at the start of the first paragraph (a paragraph
   * renders as a bare <p>, so the span goes right after it); a body that does not open with a
   * paragraph gets the dateline in one of its own. Empty paragraphs are not published.
   */
  render(body: BodyInput, dateline = ''): string {
    const doc = publishedDoc(body)
    const root: Element = { tag: '', attrs: [], children: [] }
    this.fragment(doc.content, root)
    const html = root.children.map(toHtml).join('')
    if (!dateline) return html
    const span = `<span class="dateline">${escapeText(dateline)}</span>`
    if (doc.firstChild?.type.name === 'paragraph' && html.startsWith('<p>')) return `<p>${span}${html.slice(3)}`
    return `<p>${span}</p>${html}`
  }

  private fragment(fragment: Fragment, target: Element): void {
    let top = target
    const active: [Mark, Element][] = []
    fragment.forEach((node) => {
      const marks = publicMarks(this.schema, node.marks)
      if (active.length || marks.length) {
        let keep = 0
        let rendered = 0
        while (keep < active.length && rendered < marks.length) {
          const next = marks[rendered]!
          if (!next.eq(active[keep]![0]) || next.type.spec.spanning === false) break
          keep++
          rendered++
        }
        while (keep < active.length) top = active.pop()![1]
        while (rendered < marks.length) {
          const mark = marks[rendered++]!
          const toDOM = mark.type.spec.toDOM
          if (!toDOM) continue
          const { dom, hole } = renderSpec(toDOM(mark, node.isInline))
          if (typeof dom === 'string') throw new RangeError(`mark ${mark.type.name} rendered as text`)
          active.push([mark, top])
          top.children.push(dom)
          top = hole ?? dom
        }
      }
      top.children.push(this.node(node))
    })
  }

  private node(node: ProseMirrorNode): Element | string {
    if (node.isText) return node.text ?? ''
    // Looked up by name: the body was parsed with the shared schema, rendered with this one's options.
    const toDOM = this.schema.nodes[node.type.name]?.spec.toDOM
    if (!toDOM) throw new RangeError(`node ${node.type.name} has no renderHTML`)
    const { dom, hole } = renderSpec(toDOM(node))
    if (hole) {
      if (node.isLeaf) throw new RangeError('Content hole not allowed in a leaf node spec')
      this.fragment(node.content, hole)
    }
    return dom
  }
}
