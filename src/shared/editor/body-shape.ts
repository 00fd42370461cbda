// The first pass over a body from outside: its JSON shape, its depth and its size, walked with a
// stack of our own rather than recursion, so a body nested 100,000 deep is refused in a loop
// instead of overflowing the call stack. What passes comes out as a clean copy (only the keys a
// node has), small and shallow enough for the schema pass to recurse over safely.
import { MAX_BACA_JUGA, MAX_BODY_DEPTH, MAX_BODY_NODES, MAX_BODY_TEXT } from './schema'
import { BACA_JUGA } from './nodes/baca-juga'
import type { Body, BodyMark, BodyNode } from './body-json'

/** Where in the body: child indexes from the document down (the first is the top-level block). */
export type BodyPath = number[]

export type ShapeProblem =
  | { reason: 'body.too-deep'; path: BodyPath }
  | { reason: 'body.too-large'; path: BodyPath }
  | { reason: 'body.too-many-baca-juga'; path: BodyPath }
  | { reason: 'body.invalid'; path: BodyPath; kind: 'wrong-type' | 'required'; type: string }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const typeName = (value: Record<string, unknown>): string => (typeof value.type === 'string' ? value.type : '')

function copyMarks(marks: unknown): BodyMark[] | null {
  if (!Array.isArray(marks)) return null
  const out: BodyMark[] = []
  for (const mark of marks) {
    if (!isRecord(mark) || typeof mark.type !== 'string' || mark.type === '') return null
    if (mark.attrs !== undefined && !isRecord(mark.attrs)) return null
    out.push(mark.attrs === undefined ? { type: mark.type } : { type: mark.type, attrs: { ...mark.attrs } })
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
  const bad = (path: BodyPath, kind: 'wrong-type' | 'required', type = ''): { ok: false; problem: ShapeProblem } => ({
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
  let text = 0
  let bacaJuga = 0
  while (stack.length > 0) {
    const { json: node, depth, path, into } = stack.pop()!
    if (depth > MAX_BODY_DEPTH) return { ok: false, problem: { reason: 'body.too-deep', path } }
    if (++nodes > MAX_BODY_NODES) return { ok: false, problem: { reason: 'body.too-large', path } }
    if (!isRecord(node)) return bad(path, 'wrong-type')
    const type = typeName(node)
    if (type === '') return bad(path, 'required')
    if (type === BACA_JUGA && ++bacaJuga > MAX_BACA_JUGA) return { ok: false, problem: { reason: 'body.too-many-baca-juga', path } }
    const out: BodyNode = { type }
    if (node.attrs !== undefined) {
      if (!isRecord(node.attrs)) return bad(path, 'wrong-type', type)
      out.attrs = { ...node.attrs }
    }
    if (node.marks !== undefined) {
      const marks = copyMarks(node.marks)
      if (!marks) return bad(path, 'wrong-type', type)
      out.marks = marks
    }
    if (node.text !== undefined) {
      if (typeof node.text !== 'string') return bad(path, 'wrong-type', type)
      text += node.text.length
      if (text > MAX_BODY_TEXT) return { ok: false, problem: { reason: 'body.too-large', path } }
      out.text = node.text
    }
    if (node.content !== undefined) {
      if (!Array.isArray(node.content)) return bad(path, 'wrong-type', type)
      out.content = []
      push(node.content, depth + 1, path, out.content)
    }
    into.push(out)
  }
  return { ok: true, body }
}
