import { describe, expect, it } from 'vitest'
import { ArticleDraftSchema } from '../../src/shared/article'
import { parseBody } from '../../src/shared/editor/parse-body'
import { issuesFromZod, reasonOf } from '../../src/shared/request-issues'
import { fixtureDraft } from '../export/exchange-fixture'
import { HOSTILE_BODIES, nested } from '../helpers/hostile-bodies'
import { draft } from '../store/helpers'
import { EVERY_NODE } from './every-node'

describe('parseBody', () => {
  it('accepts what the editor writes, as a clean copy without foreign keys', () => {
    for (const body of [fixtureDraft().body, EVERY_NODE, { type: 'doc', content: [] }]) expect(parseBody(body)).toEqual({ ok: true, value: body })
    const extra = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', junk: 1 }], __proto__x: 2 }], meta: 3 }
    expect(parseBody(extra)).toEqual({ ok: true, value: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }] } })
  })

  it.each(HOSTILE_BODIES)('refuses $name with a typed failure that says where', ({ body, reason, issue }) => {
    const result = parseBody(body)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.reason).toBe(reason)
    expect(result.error.code).toBe(reason === 'body.invalid' ? 'invalid-request' : 'too-large')
    if (issue) expect(result.error.issues?.[0]).toMatchObject(issue)
    else expect(result.error.issues).toBeUndefined()
  })

  it('refuses a body nested 100,000 deep without overflowing the stack', () => {
    const result = parseBody(nested(100_000))
    expect(result.ok ? null : result.error.reason).toBe('body.too-deep')
    expect(result.ok ? null : result.error.message).toBe('Isi artikel bersarang terlalu dalam (lebih dari 32 tingkat).')
  })

  it('accepts nesting up to the limit and refuses one level more', () => {
    // doc → 30 quotes → paragraph → text: the text sits at depth 32.
    expect(parseBody(nested(30)).ok).toBe(true)
    expect(parseBody(nested(31)).ok).toBe(false)
  })

  it('is what the draft schema checks, with the path into the body and the body’s own reason', () => {
    const parsed = ArticleDraftSchema.safeParse({ ...draft(), body: HOSTILE_BODIES[1]!.body })
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    expect(parsed.error.issues.map((i) => i.path)).toEqual([['body', 'content', 0, 'content', 0]])
    expect(reasonOf(parsed.error.issues, 'request.invalid')).toEqual({ reason: 'body.invalid', params: {} })
    const deep = ArticleDraftSchema.safeParse({ ...draft(), body: nested(780) })
    expect(deep.success ? null : reasonOf(deep.error.issues, 'request.invalid')).toEqual({ reason: 'body.too-deep', params: { max: 32 } })
    expect(issuesFromZod(parsed.error.issues.map((i) => ({ ...i, path: ['draft', ...i.path] })))).toEqual([
      { at: { field: 'body', block: 0, node: 'paragraph', ordinal: 1, inner: [0] }, kind: 'unknown-mark', params: { type: 'blink' } }
    ])
  })
})
