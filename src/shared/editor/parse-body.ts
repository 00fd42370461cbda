// The one reader of a body from outside (IPC, the store, imports, restore, the newsroom server):
// checks it against the schema and answers a typed failure that says where, never a thrown
// RangeError. Shape, depth and size come first, without recursion (body-shape.ts); then the
// schema's own rules (body-schema-check.ts); then ProseMirror's check() as the last word.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { FailureReason } from '../failures'
import type { BodyLocation } from '../location'
import { fail, ok, type FailureParams, type IssueKind, type Result } from '../result'
import type { Body, BodyNode } from './body-json'
import { schemaIssues } from './body-schema-check'
import { readBodyShape, type BodyPath } from './body-shape'
import { articleSchema, MAX_BACA_JUGA, MAX_BODY_DEPTH, MAX_BODY_NODES, MAX_BODY_TEXT } from './schema'

export type BodyReason = Extract<FailureReason, `body.${string}`>

export interface BodyIssue {
  at: BodyLocation
  kind: IssueKind
  params: FailureParams
}

export type BodyCheck =
  | { ok: true; body: Body; doc: ProseMirrorNode }
  | { ok: false; reason: BodyReason; params: FailureParams; issues: BodyIssue[] }

const LIMITS: Record<BodyReason, FailureParams> = {
  'body.invalid': {},
  'body.too-deep': { max: MAX_BODY_DEPTH },
  'body.too-large': { nodes: MAX_BODY_NODES, characters: MAX_BODY_TEXT },
  'body.too-many-baca-juga': { max: MAX_BACA_JUGA }
}

const LIMIT_OF: Record<Exclude<BodyReason, 'body.invalid'>, number> = {
  'body.too-deep': MAX_BODY_DEPTH,
  'body.too-large': MAX_BODY_NODES,
  'body.too-many-baca-juga': MAX_BACA_JUGA
}

/** The location of a path into `content`: its top-level block, that block's rank, and below. */
export function locationOfPath(content: readonly { type?: unknown }[], path: BodyPath): BodyLocation {
  const block = path[0] ?? 0
  const node = typeof content[block]?.type === 'string' ? (content[block].type as string) : ''
  let ordinal = 0
  for (let i = 0; i <= block && i < content.length; i++) if (content[i]?.type === node) ordinal++
  const inner = path.slice(1)
  return { field: 'body', block, node, ordinal, ...(inner.length ? { inner } : {}) }
}

const contentOf = (json: unknown): { type?: unknown }[] => {
  const content = typeof json === 'object' && json !== null ? (json as { content?: unknown }).content : undefined
  return Array.isArray(content) ? (content as { type?: unknown }[]) : []
}

/** The body checked against the schema, with its ProseMirror document when it fits. */
export function checkBody(json: unknown): BodyCheck {
  const shape = readBodyShape(json)
  if (!shape.ok) {
    const { problem } = shape
    const params = LIMITS[problem.reason]
    // A path of [] is the document itself: nothing below it to point at.
    if (problem.path.length === 0) return { ok: false, reason: problem.reason, params, issues: [] }
    const at = locationOfPath(contentOf(json), problem.path)
    const issue: BodyIssue =
      problem.reason === 'body.invalid'
        ? { at, kind: problem.kind, params: { type: problem.type } }
        : {
            at,
            kind: problem.reason === 'body.too-deep' ? 'too-deep' : 'too-big',
            // Too many nodes or too many characters: the issue names the one that was passed.
            params: { max: problem.reason === 'body.too-large' ? problem.max : LIMIT_OF[problem.reason] }
          }
    return { ok: false, reason: problem.reason, params, issues: [issue] }
  }
  const { body } = shape
  const issues = schemaIssues(articleSchema, body.content)
  if (issues.length) {
    return {
      ok: false,
      reason: 'body.invalid',
      params: {},
      issues: issues.map((issue) => ({ at: locationOfPath(body.content, issue.path), kind: issue.kind, params: { type: issue.type } }))
    }
  }
  try {
    const doc = articleSchema.nodeFromJSON(body)
    if (body.content.length) doc.check()
    return { ok: true, body, doc }
  } catch {
    return { ok: false, reason: 'body.invalid', params: {}, issues: [] }
  }
}

/** A body the schema can hold, as a clean copy, or a typed failure saying where it does not fit. */
export function parseBody(json: unknown): Result<Body> {
  const checked = checkBody(json)
  if (checked.ok) return ok(checked.body)
  return fail(checked.reason, checked.params, { issues: checked.issues })
}

export type { Body, BodyNode }
