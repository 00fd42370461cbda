// The second pass: the clean, bounded copy from body-shape.ts against the schema itself — node and
// mark types it knows, attributes it accepts, each node's content expression and allowed marks —
// asked of ProseMirror's own NodeType, MarkType and ContentMatch, so nothing here restates the
// schema. Recursion is safe: the shape pass has already bounded the depth.
import type { MarkType, NodeType, Schema } from '@tiptap/pm/model'
import type { BodyMark, BodyNode } from './body-json'
import type { BodyPath } from './body-shape'

export type SchemaIssueKind = 'unknown-node' | 'unknown-mark' | 'node-not-allowed-here' | 'bad-attrs' | 'invalid'

export interface SchemaIssue {
  path: BodyPath
  kind: SchemaIssueKind
  /** The node or mark type the issue is about. */
  type: string
}

const MAX_ISSUES = 20

function attrsFit(type: NodeType | MarkType, given: Record<string, unknown> | undefined): boolean {
  const known = type.spec.attrs ?? {}
  if (given && Object.keys(given).some((name) => !Object.hasOwn(known, name))) return false
  try {
    // create() fills in defaults, refuses missing required attributes and runs each `validate`.
    if ('contentMatch' in type) type.create(given ?? null)
    else type.create(given ?? null)
    return true
  } catch {
    return false
  }
}

export function schemaIssues(schema: Schema, content: BodyNode[]): SchemaIssue[] {
  const issues: SchemaIssue[] = []
  const add = (path: BodyPath, kind: SchemaIssueKind, type: string): void => {
    if (issues.length < MAX_ISSUES) issues.push({ path, kind, type })
  }

  const checkMarks = (marks: BodyMark[], parent: NodeType, path: BodyPath): void => {
    for (const mark of marks) {
      const type = schema.marks[mark.type]
      if (!type) add(path, 'unknown-mark', mark.type)
      else if (!parent.allowsMarkType(type)) add(path, 'node-not-allowed-here', mark.type)
      else if (!attrsFit(type, mark.attrs)) add(path, 'bad-attrs', mark.type)
    }
  }

  const checkNode = (node: BodyNode, type: NodeType, path: BodyPath): void => {
    if (type.isText) {
      if (!node.text) add(path, 'invalid', node.type)
      if (node.attrs && Object.keys(node.attrs).length) add(path, 'bad-attrs', node.type)
      if (node.content?.length) add(path, 'node-not-allowed-here', node.type)
      return
    }
    if (node.text !== undefined) add(path, 'invalid', node.type)
    if (!attrsFit(type, node.attrs)) add(path, 'bad-attrs', node.type)
    checkContent(type, node.content ?? [], path, false)
  }

  const checkContent = (parent: NodeType, children: BodyNode[], path: BodyPath, emptyIsFine: boolean): void => {
    let match: ReturnType<NodeType['contentMatch']['matchType']> = parent.contentMatch
    children.forEach((child, i) => {
      const at = [...path, i]
      const type = schema.nodes[child.type]
      if (!type) {
        add(at, 'unknown-node', child.type)
        return
      }
      const next = match?.matchType(type)
      if (!next) add(at, 'node-not-allowed-here', child.type)
      match = next ?? match
      if (child.marks?.length) checkMarks(child.marks, parent, at)
      checkNode(child, type, at)
    })
    if (match && !match.validEnd && !(emptyIsFine && children.length === 0)) add(path, 'invalid', parent.name)
  }

  // The store allows a body of no blocks (a fresh article); the editor adds the empty paragraph.
  checkContent(schema.topNodeType, content, [], true)
  return issues
}
