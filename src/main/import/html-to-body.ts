// The one converter from HTML to the article body: a saved web page (after Readability) and a Word
// document (mammoth's HTML) both come through here. It builds the body from what it recognises
// and copies nothing else: no attribute reaches the body except a link's checked href, so script,
// style, iframes and event handlers have nowhere to go. The DOM is walked with a stack of our own,
// so a page nested 10,000 deep is read in a loop, and the result is checked by parseBody.
import { parseHTML } from 'linkedom'
import type { Body, BodyMark, BodyNode } from '../../shared/editor/body-json'
import { BACA_JUGA } from '../../shared/editor/nodes/baca-juga'
import { PULL_QUOTE } from '../../shared/editor/nodes/pull-quote'
import { parseBody } from '../../shared/editor/parse-body'
import { articleSchema, MAX_BODY_DEPTH } from '../../shared/editor/schema'
import { parseSafeLink } from '../../shared/links'
import type { Result } from '../../shared/result'

/** The little of a DOM node the converter reads; a linkedom node (or a browser's) fits it. */
export interface HtmlNode {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<HtmlNode>
  getAttribute?(name: string): string | null
  querySelector?(selector: string): HtmlNode | null
}

const ELEMENT = 1
const TEXT = 3
const CDATA = 4

// Whole subtrees that are never article text.
const DROPPED = new Set(
  'script style noscript template iframe frame frameset object embed applet svg math canvas video audio source track img picture map area form button input select option textarea label nav head title meta link base hr dialog menu'.split(' ')
)
const MARKS: Record<string, string> = { b: 'bold', strong: 'bold', i: 'italic', em: 'italic', cite: 'italic', u: 'underline', ins: 'underline', s: 'strike', strike: 'strike', del: 'strike' }
const HEADINGS: Record<string, 2 | 3> = { h1: 2, h2: 2, h3: 3, h4: 3, h5: 3, h6: 3 }
// Elements that end the line of text before them; anything unknown is read as inline (a span).
const BLOCKS = new Set('p div section article main header footer aside address center figure figcaption pre table thead tbody tfoot tr td th caption dl dt dd details summary body html'.split(' '))
const CONTAINERS: Record<string, 'blockquote' | 'bulletList' | 'orderedList' | 'listItem'> = { blockquote: 'blockquote', ul: 'bulletList', ol: 'orderedList', li: 'listItem' }
// Lists, items and quotes nest 16 deep (eight lists), well inside the schema's depth; deeper
// ones keep their text as paragraphs of the deepest.
const MAX_NESTING = Math.min(16, MAX_BODY_DEPTH - 4)
const MARK_RANK = Object.keys(articleSchema.marks)
const LINK_ATTRS = { target: null, rel: 'noopener noreferrer nofollow', class: null }
// HTML's own white space; a non-breaking space is text.
const BLANKS = /[ \t\n\r\f]+/g

interface Container {
  type: 'doc' | 'blockquote' | 'bulletList' | 'orderedList' | 'listItem'
  content: BodyNode[]
  attrs?: Record<string, unknown>
  /** A list item opened for text that sat in a list outside any <li>. */
  implicit?: boolean
  /** The element that opened it, so its end closes it; null for the document and implicit items. */
  opener: HtmlNode | null
}

const nameOf = (node: HtmlNode): string => node.nodeName.toLowerCase()
const attr = (node: HtmlNode, name: string): string | null => node.getAttribute?.(name) ?? null
const classes = (node: HtmlNode): string[] => (attr(node, 'class') ?? '').split(/\s+/)

const sortedMarks = (marks: readonly BodyMark[]): BodyMark[] => {
  const byType = new Map<string, BodyMark>()
  for (const mark of marks) if (!byType.has(mark.type)) byType.set(mark.type, mark)
  return [...byType.values()].sort((a, b) => MARK_RANK.indexOf(a.type) - MARK_RANK.indexOf(b.type))
}

const sameMarks = (a: readonly BodyMark[] | undefined, b: readonly BodyMark[]): boolean =>
  JSON.stringify(a ?? []) === JSON.stringify(b)

/** "Baca Juga: <title>" as the app's own HTML writes it (serializers/html.ts), without the label. */
function bacaJugaTitle(node: HtmlNode): string {
  const title = node.querySelector?.('[data-baca-juga-title]')?.textContent ?? node.textContent ?? ''
  return title.replace(BLANKS, ' ').trim().replace(/^Baca\s+juga\s*:\s*/i, '')
}

function pullQuoteOf(node: HtmlNode): BodyNode {
  const text = (selector: string): string => (node.querySelector?.(selector)?.textContent ?? '').replace(BLANKS, ' ').trim()
  return { type: PULL_QUOTE, attrs: { quote: text('blockquote'), name: text('.pull-quote__name'), role: text('.pull-quote__role') } }
}

class BodyBuilder {
  readonly doc: Container = { type: 'doc', content: [], opener: null }
  private containers: Container[] = [this.doc]
  private line: BodyNode[] = []
  private headings: (2 | 3 | null)[] = []
  marks: BodyMark[] = []

  private get top(): Container {
    return this.containers[this.containers.length - 1]!
  }

  /** Where a block goes: a list gets an item of its own for text outside any <li>. */
  private target(): Container {
    const top = this.top
    if (top.type !== 'bulletList' && top.type !== 'orderedList') return top
    const item: Container = { type: 'listItem', content: [], implicit: true, opener: null }
    this.containers.push(item)
    return item
  }

  text(raw: string): void {
    let text = raw.replace(BLANKS, ' ')
    const last = this.line[this.line.length - 1]
    const endsBlank = last === undefined || last.type === 'hardBreak' || (last.text ?? '').endsWith(' ')
    if (endsBlank) text = text.replace(/^ /, '')
    if (text === '') return
    const marks = sortedMarks(this.marks)
    if (last?.type === 'text' && sameMarks(last.marks, marks)) last.text += text
    else this.line.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text })
  }

  hardBreak(): void {
    const last = this.line[this.line.length - 1]
    if (last?.type === 'text') last.text = last.text!.replace(/ $/, '')
    this.line.push({ type: 'hardBreak' })
  }

  /** The text so far as a paragraph or heading; a line of nothing but spaces and breaks is dropped. */
  flush(): void {
    const line = this.line
    this.line = []
    while (line.length && line[line.length - 1]!.type === 'hardBreak') line.pop()
    while (line.length && line[0]!.type === 'hardBreak') line.shift()
    const last = line[line.length - 1]
    if (last?.type === 'text') last.text = last.text!.replace(/ $/, '')
    const content = line.filter((node) => node.type !== 'text' || node.text !== '')
    if (!content.some((node) => node.type === 'text' && node.text!.trim() !== '')) return
    const level = this.headings[this.headings.length - 1] ?? null
    this.target().content.push(level ? { type: 'heading', attrs: { level }, content } : { type: 'paragraph', content })
  }

  enterHeading(level: 2 | 3): void {
    this.flush()
    this.headings.push(level)
  }

  exitHeading(): void {
    this.flush()
    this.headings.pop()
  }

  /** Baca Juga and pull quotes sit only between top-level blocks; inside a list or quote they are text. */
  topLevel(node: BodyNode, asText: string): void {
    this.flush()
    if (this.containers.length === 1) this.doc.content.push(node)
    else {
      this.text(asText)
      this.flush()
    }
  }

  /** Opens a list, quote or item; false when nesting is already as deep as it may go. */
  open(type: Container['type'], opener: HtmlNode, attrs?: Record<string, unknown>): boolean {
    if (this.containers.length - 1 >= MAX_NESTING) return false
    this.flush()
    if (type === 'listItem') {
      if (this.top.type !== 'bulletList' && this.top.type !== 'orderedList') this.closeImplicit()
      if (this.top.type !== 'bulletList' && this.top.type !== 'orderedList') return false
    } else this.target()
    this.containers.push({ type, content: [], opener, ...(attrs ? { attrs } : {}) })
    return true
  }

  private closeImplicit(): void {
    while (this.top.implicit) this.closeTop()
  }

  close(opener: HtmlNode): void {
    if (!this.containers.some((c) => c.opener === opener)) return
    this.flush()
    while (this.top.opener !== opener) this.closeTop()
    this.closeTop()
  }

  private closeTop(): void {
    const done = this.containers.pop()!
    const parent = this.top
    if (done.type === 'listItem') {
      // An item must start with a paragraph: one of only a nested list gets an empty one first.
      if (done.content.length === 0) return
      if (done.content[0]!.type !== 'paragraph') done.content.unshift({ type: 'paragraph' })
    }
    if (done.content.length === 0) return
    if (done.type === 'blockquote' && parent.type !== 'doc' && parent.type !== 'listItem' && parent.type !== 'blockquote') return
    parent.content.push({ type: done.type, ...(done.attrs ? { attrs: done.attrs } : {}), content: done.content })
  }

  finish(): Body {
    this.flush()
    while (this.containers.length > 1) this.closeTop()
    return { type: 'doc', content: this.doc.content }
  }
}

type Step = { node: HtmlNode; exit: false } | { node: HtmlNode; exit: true; undo: () => void }

/** What an element does on entering; the returned function runs on leaving it, or null to skip it whole. */
function enter(node: HtmlNode, out: BodyBuilder): (() => void) | null {
  const name = nameOf(node)
  if (DROPPED.has(name)) return null
  if (name === 'br') {
    out.hardBreak()
    return null
  }
  if ((name === 'aside' || name === 'div') && (attr(node, 'data-baca-juga') !== null || classes(node).includes('baca-juga'))) {
    const title = bacaJugaTitle(node)
    if (title) out.topLevel({ type: BACA_JUGA, attrs: { articleId: null, title } }, `Baca Juga: ${title}`)
    return null
  }
  if (name === 'figure' && classes(node).includes('pull-quote')) {
    const quote = pullQuoteOf(node)
    if ((quote.attrs!.quote as string) !== '') out.topLevel(quote, quote.attrs!.quote as string)
    return null
  }
  const mark = MARKS[name]
  if (mark) {
    out.marks.push({ type: mark })
    return () => out.marks.pop()
  }
  if (name === 'a') {
    const href = parseSafeLink(attr(node, 'href') ?? '')
    if (!href) return () => undefined
    out.marks.push({ type: 'link', attrs: { href: href.href, ...LINK_ATTRS } })
    return () => out.marks.pop()
  }
  const level = HEADINGS[name]
  if (level) {
    out.enterHeading(level)
    return () => out.exitHeading()
  }
  const container = CONTAINERS[name]
  if (container) {
    const start = Number.parseInt(attr(node, 'start') ?? '', 10)
    const attrs = container === 'orderedList' && Number.isSafeInteger(start) && start > 1 && start < 1_000_000 ? { start } : undefined
    if (out.open(container, node, attrs)) return () => out.close(node)
  }
  if (BLOCKS.has(name) || container) {
    out.flush()
    return () => out.flush()
  }
  return () => undefined
}

/**
 * The body an HTML fragment holds: paragraphs, H2/H3 (an H1 in the text becomes H2), bold,
 * italic, underline, strike, http(s)/mailto links, lists, quotes, line breaks, and the app's own
 * Baca Juga and pull quote markup. Unknown tags are read for their text; whatever is not text is
 * dropped. Empty paragraphs are left out; an HTML without text gives a body without blocks.
 * Fails only where the schema's size limits do (parseBody).
 */
export function htmlToBody(root: HtmlNode): Result<Body> {
  const out = new BodyBuilder()
  const stack: Step[] = []
  const pushChildren = (node: HtmlNode): void => {
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i]!, exit: false })
  }
  pushChildren(root)
  while (stack.length) {
    const step = stack.pop()!
    if (step.exit) {
      step.undo()
      continue
    }
    const { node } = step
    if (node.nodeType === TEXT || node.nodeType === CDATA) out.text(node.textContent ?? '')
    if (node.nodeType !== ELEMENT) continue
    const undo = enter(node, out)
    if (!undo) continue
    stack.push({ node, exit: true, undo })
    pushChildren(node)
  }
  return parseBody(out.finish())
}

/** htmlToBody of an HTML string, such as mammoth's output: parsed with linkedom, never run. */
export function htmlFragmentToBody(html: string): Result<Body> {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`)
  return htmlToBody(document.body as unknown as HtmlNode)
}
