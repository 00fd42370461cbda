// The article body as HTML, from the shared TipTap schema's renderHTML. This is what
// @tiptap/html's generateHTML does, minus its per-call costs: it rebuilds the schema and a whole
// happy-dom window for every body (≈11 ms of ≈12 ms per article), which made a 1,000-article
// export take most of its 10 s budget. One renderer per export keeps both; the output is
// identical (tests/export/body-renderer.test.ts compares them).
import { getSchema, type AnyExtension } from '@tiptap/core'
import { DOMSerializer, Node, type Schema } from '@tiptap/pm/model'
import { Window } from 'happy-dom'
import type { Body } from '../../shared/article'
import { articleExtensions } from '../../shared/editor/extensions'
import { RedaksiFailure } from '../../shared/result'
import { escapeHtml } from './html-escape'
import { safeBody } from './safe-body'

export type HrefFor = (articleId: string) => string | null

/** The schema's extensions, Baca Juga linking the exported files `hrefFor` names (none without it). */
export function extensionsFor(hrefFor: HrefFor | null): AnyExtension[] {
  return articleExtensions({ bacaJuga: { hrefFor: hrefFor ?? (() => null), editorAttributes: false } })
}

export class BodyRenderer {
  private readonly schema: Schema
  private readonly serializer: DOMSerializer
  private window: Window | null = null

  constructor(extensions: AnyExtension[]) {
    this.schema = getSchema(extensions)
    this.serializer = DOMSerializer.fromSchema(this.schema)
  }

  /**
   * The body, with the dateline as a marked span at the start of the first paragraph (a paragraph
   * renders as a bare <p>, so the span goes right after it); a body that does not open with a
   * paragraph gets the dateline in one of its own.
   */
  render(body: Body, dateline: string): string {
    const html = body.content.length ? this.serialize(body) : ''
    if (!dateline) return html
    const span = `<span class="dateline">${escapeHtml(dateline)}</span>`
    if (body.content[0]?.type === 'paragraph' && html.startsWith('<p>')) return `<p>${span}${html.slice(3)}`
    return `<p>${span}</p>${html}`
  }

  async close(): Promise<void> {
    const window = this.window
    this.window = null
    if (window) {
      window.happyDOM.abort()
      await window.happyDOM.close()
    }
  }

  private serialize(body: Body): string {
    let doc: Node
    try {
      doc = Node.fromJSON(this.schema, safeBody(body))
    } catch (err) {
      // A body the schema cannot hold (a node from another program) is refused, not guessed at.
      throw new RedaksiFailure('body.invalid', {}, { cause: err })
    }
    // Settings as @tiptap/html's own: a DOM to build nodes in, never a browser that runs anything.
    this.window ??= new Window({
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
        disableComputedStyleRendering: true
      }
    })
    const document = this.window.document
    const wrap = document.createElement('div')
    // happy-dom's DOM stands in for the browser's; main's types have no DOM library to name it by.
    type Target = Parameters<DOMSerializer['serializeFragment']>
    this.serializer.serializeFragment(doc.content, { document: document as unknown as NonNullable<Target[1]>['document'] }, wrap as unknown as Target[2])
    return wrap.innerHTML
  }
}
