// The first pass over a body from outside: its JSON shape, its depth and its size, walked with a
// stack of our own rather than recursion, so a body nested 100,000 deep is refused in a loop
// instead of overflowing the call stack. What passes comes out as a clean copy (only the keys a
// node has), small and shallow enough for the schema pass to recurse over safely.
import { MAX_BACA_JUGA, MAX_BODY_DEPTH, MAX_BODY_NODES, MAX_BODY_TEXT, MAX_NODE_ATTRIBUTES, MAX_NODE_MARKS } from './schema'
import { BACA_JUGA } from './nodes/baca-juga'
import type { Body, BodyMark, BodyNode } from './body-json'

/** Where in the body: child indexes from the document down (the first is the top-level block). */
export type BodyPath = number[]

export type ShapeProblem =
  | { reason: 'body.too-deep'; path: BodyPath }
  | { reason: 'body.too-large'; path: BodyPath; max: number }
  | { reason: 'body.too-many-baca-juga'; path: BodyPath }
  | { reason: 'body.invalid'; path: BodyPath; kind: ShapeKind; type: string }

type ShapeKind = 'wrong-type' | 'required' | 'bad-attrs'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const typeName = (value: Record<string, unknown>): string => (typeof value.type === 'string' ? value.type : '')

/**
 * A copy of attributes whose values are all plain (string, number, boolean, null; undefined as a
 * structured clone may carry it), or null: an
 * object or array value could nest without bound where the depth limit does not look. `chars`
 * adds up their strings' lengths.
 */
function copyAttrs(attrs: Record<string, unknown>, chars: { count: number }): Record<string, unknown> | null {
  const names = Object.keys(attrs)
  if (names.length > MAX_NODE_ATTRIBUTES) return null
  const out: Record<string, unknown> = {}
  for (const name of names) {
    const value = attrs[name]
    // A number, true or null counts as its JSON, so the body's size in JSON stays bounded by the budget.
    if (typeof value === 'string') chars.count += value.length
    else if (value === null || typeof value === 'number' || typeof value === 'boolean') chars.count += String(value).length
    else if (value !== undefined) return null
    out[name] = value
  }
  return out
}

function copyMarks(marks: unknown, chars: { count: number }): BodyMark[] | 'bad-attrs' | null {
  if (!Array.isArray(marks) || marks.length > MAX_NODE_MARKS) return null
  const out: BodyMark[] = []
  for (const mark of marks) {
    if (!isRecord(mark) || typeof mark.type !== 'string' || mark.type === '') return null
    if (mark.attrs === undefined) {
      out.push({ type: mark.type })
      continue
    }
    const attrs = isRecord(mark.attrs) ? copyAttrs(mark.attrs, chars) : null
    if (!attrs) return 'bad-attrs'
    out.push({ type: mark.type, attrs })
  }
  return out
}

interface Pending {
  json: unknown
  depth: number
  path: BodyPath
  into: BodyNode[]
}

/** The body's clean copy, or the first problem with its shape, depth or size. */
export function readBodyShape(json: unknown): { ok: true; body: Body } | { ok: false; problem: ShapeProblem } {
  const bad = (path: BodyPath, kind: ShapeKind, type = ''): { ok: false; problem: ShapeProblem } => ({
    ok: false,
    problem: { reason: 'body.invalid', path, kind, type }
  })
  if (!isRecord(json) || json.type !== 'doc') return bad([], isRecord(json) ? 'wrong-type' : 'required', 'doc')
  if (!Array.isArray(json.content)) return bad([], 'required', 'doc')
  const body: Body = { type: 'doc', content: [] }
  const stack: Pending[] = []
  const push = (children: unknown[], depth: number, path: BodyPath, into: BodyNode[]): void => {
    // Reversed, so the stack hands them out in reading order and the first problem is the first.
    for (let i = children.length - 1; i >= 0; i--) stack.push({ json: children[i], depth, path: [...path, i], into })
  }
  push(json.content, 1, [], body.content)
  let nodes = 0
  // Text and attribute values, one budget (MAX_BODY_TEXT).
  const chars = { count: 0 }
  let bacaJuga = 0
  while (stack.length > 0) {
    const { json: node, depth, path, into } = stack.pop()!
    if (depth > MAX_BODY_DEPTH) return { ok: false, problem: { reason: 'body.too-deep', path } }
    if (++nodes > MAX_BODY_NODES) return { ok: false, problem: { reason: 'body.too-large', path, max: MAX_BODY_NODES } }
    if (!isRecord(node)) return bad(path, 'wrong-type')
    const type = typeName(node)
    if (type === '') return bad(path, 'required')
    if (type === BACA_JUGA && ++bacaJuga > MAX_BACA_JUGA) return { ok: false, problem: { reason: 'body.too-many-baca-juga', path } }
    const out: BodyNode = { type }
    if (node.attrs !== undefined) {
      if (!isRecord(node.attrs)) return bad(path, 'wrong-type', type)
      const attrs = copyAttrs(node.attrs, chars)
      if (!attrs) return bad(path, 'bad-attrs', type)
      out.attrs = attrs
    }
    if (node.marks !== undefined) {
      const marks = copyMarks(node.marks, chars)
      if (!Array.isArray(marks)) return bad(path, marks ?? 'wrong-type', type)
      out.marks = marks
    }
    if (node.text !== undefined) {
      if (typeof node.text !== 'string') return bad(path, 'wrong-type', type)
      chars.count += node.text.length
      out.text = node.text
    }
    if (chars.count > MAX_BODY_TEXT) return { ok: false, problem: { reason: 'body.too-large', path, max: MAX_BODY_TEXT } }
    if (node.content !== undefined) {
      if (!Array.isArray(node.content)) return bad(path, 'wrong-type', type)
      out.content = []
      push(node.content, depth + 1, path, out.content)
    }
    into.push(out)
  }
  return { ok: true, body }
}
