// A schema's complaints as typed issues: where (an article field, a body block, or a request path)
// and what kind of wrong, so the words can be chosen in the asker's language and the renderer can
// point at the field. Zod's own messages are never shown.
import type { z } from 'zod'
import type { FailureReason } from './failures'
import { isFieldName, type Location } from './location'
import { ISSUE_KINDS, type FailureIssue, type FailureParams, type IssueKind } from './result'

type Path = readonly PropertyKey[]

/** Where a path into a request lands: `draft.headline` is the headline field, `draft.body.content.3…` block 3. */
export function locationOf(path: Path): Location {
  const keys = path.map((k) => (typeof k === 'symbol' ? String(k) : k))
  const start = keys[0] === 'draft' ? 1 : -1
  if (start === 1) {
    const [field, second, third] = [keys[1], keys[2], keys[3]]
    if (field === 'body' && second === 'content' && typeof third === 'number') {
      const inner = keys.slice(4).filter((k): k is number => typeof k === 'number')
      return { field: 'body', block: third, node: '', ordinal: 0, ...(inner.length ? { inner } : {}) }
    }
    const dotted = typeof second === 'string' && field === 'featuredImage' ? `${field}.${second}` : String(field)
    if (isFieldName(dotted)) return { field: dotted }
    if (typeof field === 'string' && isFieldName(field)) return { field }
  }
  return { field: 'request', path: keys }
}

function kindOf(issue: z.core.$ZodIssue): { kind: IssueKind; params?: FailureParams } {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? { kind: 'required' } : { kind: 'wrong-type' }
    case 'too_big': {
      const max = Number(issue.maximum)
      if (issue.origin === 'string') return { kind: 'too-long', params: { max } }
      if (issue.origin === 'array' || issue.origin === 'set') return { kind: 'too-many', params: { max } }
      return { kind: 'too-big', params: { max } }
    }
    case 'too_small': {
      const min = Number(issue.minimum)
      if (issue.origin === 'string') return min <= 1 ? { kind: 'required' } : { kind: 'too-short', params: { min } }
      return { kind: 'too-small', params: { min } }
    }
    case 'invalid_format':
      return { kind: 'bad-format' }
    case 'unrecognized_keys':
      return { kind: 'not-allowed', params: { keys: issue.keys.join(', ') } }
    case 'invalid_value':
      return { kind: 'not-allowed' }
    case 'custom': {
      // The body's check (article.ts BodySchema) says what kind of wrong and about which type.
      const kind = issue.params?.kind as unknown
      if (!(ISSUE_KINDS as readonly unknown[]).includes(kind)) return { kind: 'invalid' }
      const params: FailureParams = {}
      for (const key of ['type', 'max'] as const) {
        const value = issue.params?.[key] as unknown
        if (typeof value === 'string' || typeof value === 'number') params[key] = value
      }
      return { kind: kind as IssueKind, params }
    }
    default:
      return { kind: 'invalid' }
  }
}

/** Zod's issues as ours, at most `limit` of them. */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[], limit = 20): Omit<FailureIssue, 'message'>[] {
  return issues.slice(0, limit).map((issue) => {
    const { kind, params } = kindOf(issue)
    const at = locationOf(issue.path)
    // A body issue knows its block's type and rank; the path alone only has the index.
    if (at.field === 'body' && issue.code === 'custom') {
      const { node, ordinal } = issue.params ?? {}
      if (typeof node === 'string') at.node = node
      if (typeof ordinal === 'number') at.ordinal = ordinal
    }
    return { at, kind, ...(params && Object.keys(params).length ? { params } : {}) }
  })
}

/**
 * The reason a refused request fails with: the body's own (`body.too-deep`, …) when the body is
 * what the schema refused, so a caller learns more than "invalid request"; otherwise `fallback`.
 */
export function reasonOf(issues: readonly z.core.$ZodIssue[], fallback: FailureReason): { reason: FailureReason; params: FailureParams } {
  for (const issue of issues) {
    if (issue.code !== 'custom') continue
    const reason = issue.params?.bodyReason as unknown
    if (reason !== 'body.too-deep' && reason !== 'body.too-large' && reason !== 'body.invalid') continue
    const params: FailureParams = {}
    for (const key of ['max', 'nodes', 'characters'] as const) {
      const value = issue.params?.[key] as unknown
      if (typeof value === 'number' && (reason !== 'body.too-deep' || key === 'max') && (reason !== 'body.too-large' || key !== 'max')) params[key] = value
    }
    return { reason, params }
  }
  return { reason: fallback, params: {} }
}
