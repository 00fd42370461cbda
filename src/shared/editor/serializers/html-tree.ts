// A DOMOutputSpec (what a node's renderHTML returns) rendered without a DOM: into a tiny element
// tree, then to a string escaped as a browser's innerHTML would serialise it. Shared code has no
// DOM, and the newsroom server must render the very same markup.
import type { DOMOutputSpec } from '@tiptap/pm/model'

export interface Element {
  tag: string
  attrs: [string, string][]
  children: (Element | string)[]
}

// Elements the HTML serialisation writes without an end tag (and never with content).
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

const TEXT: Record<string, string> = { '&': '&amp;', '\u00a0': '&nbsp;', '<': '&lt;', '>': '&gt;' }
const ATTR: Record<string, string> = { '&': '&amp;', '\u00a0': '&nbsp;', '"': '&quot;' }

export const escapeText = (s: string): string => s.replace(/[&\u00a0<>]/g, (c) => TEXT[c]!)
export const escapeAttr = (s: string): string => s.replace(/[&\u00a0"]/g, (c) => ATTR[c]!)

const isAttrs = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !('nodeType' in value)

/** The spec as elements, and the element its content hole (`0`) stands in, if any. */
export function renderSpec(spec: DOMOutputSpec): { dom: Element | string; hole: Element | null } {
  if (typeof spec === 'string') return { dom: spec, hole: null }
  if (!Array.isArray(spec)) throw new RangeError('renderHTML must return an array or a string, not a DOM node')
  const [tag, ...rest] = spec as readonly unknown[]
  if (typeof tag !== 'string') throw new RangeError('renderHTML must name an element')
  const element: Element = { tag: tag.includes(' ') ? tag.slice(tag.indexOf(' ') + 1) : tag, attrs: [], children: [] }
  let hole: Element | null = null
  let start = 0
  if (isAttrs(rest[0])) {
    start = 1
    for (const [name, value] of Object.entries(rest[0])) if (value !== null && value !== undefined) element.attrs.push([name, String(value)])
  }
  for (const child of rest.slice(start)) {
    if (child === 0) {
      if (rest.length - start > 1) throw new RangeError('Content hole must be the only child of its parent node')
      hole = element
      continue
    }
    const inner = renderSpec(child as DOMOutputSpec)
    element.children.push(inner.dom)
    if (inner.hole) {
      if (hole) throw new RangeError('Multiple content holes')
      hole = inner.hole
    }
  }
  return { dom: element, hole }
}

export function toHtml(node: Element | string): string {
  if (typeof node === 'string') return escapeText(node)
  const attrs = node.attrs.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('')
  if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`
}
