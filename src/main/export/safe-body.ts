// The stored body is JSON anyone could have written (a bundle from elsewhere, a hand-edited
// file): before it is rendered for the public, links must pass the scheme allow-list and only the
// schema's own attributes may survive. The schema renders what is left.
import type { Body, BodyNode } from '../../shared/article'
import { parseSafeLink } from '../../shared/links'

type Mark = NonNullable<BodyNode['marks']>[number]

function safeMark(mark: Mark): Mark | null {
  if (mark.type !== 'link') return { type: mark.type }
  const href = typeof mark.attrs?.href === 'string' ? parseSafeLink(mark.attrs.href) : null
  return href ? { type: 'link', attrs: { href: href.href } } : null
}

function safeNode(node: BodyNode): BodyNode {
  const out: BodyNode = { type: node.type }
  if (node.attrs) out.attrs = node.attrs
  if (node.text !== undefined) out.text = node.text
  if (node.marks) {
    const marks = node.marks.map(safeMark).filter((m): m is Mark => m !== null)
    if (marks.length) out.marks = marks
  }
  if (node.content) out.content = node.content.map(safeNode)
  return out
}

/** The body with unsafe link targets dropped and link marks reduced to their href. */
export function safeBody(body: Body): Body {
  return { type: 'doc', content: body.content.map(safeNode) }
}
