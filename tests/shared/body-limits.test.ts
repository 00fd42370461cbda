// Every limit of parseBody, at the limit and one past it, each refused with the one failure that
// names it; and the deepest body it lets through goes through every reader that recurses (HTML
// export, plain text export, the house-style check) without trouble.
import { describe, expect, it } from 'vitest'
import { parseBody } from '../../src/shared/editor/parse-body'
import { MAX_BODY_DEPTH, MAX_BODY_NODES, MAX_BODY_TEXT, MAX_NODE_ATTRIBUTES, MAX_NODE_MARKS } from '../../src/shared/editor/schema'
import { BodyHtml } from '../../src/shared/editor/serializers/html'
import { plainTextBlocks } from '../../src/shared/editor/serializers/plain-text'
import { checkArticle } from '../../src/shared/kompas/check'
import { buildCheckContext } from '../../src/shared/kompas/check-context'
import { failureText } from '../../src/shared/result'
import { draftWith } from '../helpers/largest-articles'
import { nested } from '../helpers/hostile-bodies'

const text = (t: string, marks?: object[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) })
const p = (...content: object[]) => ({ type: 'paragraph', content })
const doc = (...content: object[]) => ({ type: 'doc', content })
const pullQuote = (quote: string) => ({ type: 'pullQuote', attrs: { quote, name: 'Ani', role: 'warga' } })

const refusal = (body: unknown) => {
  const result = parseBody(body)
  return result.ok ? null : { reason: result.error.reason, message: failureText(result.error, 'en'), issue: result.error.issues?.[0] }
}

/** An object nested `depth` deep: { a: { a: … } }. */
const deepObject = (depth: number): object => {
  let value: object = {}
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

const TOO_LARGE = 'The article body is too large (the limit is 50000 nodes and 1000000 characters).'
const TOO_MANY_NODES = `${TOO_LARGE} body, block 50001: is too large (max. 50000)`
const TOO_MANY_CHARACTERS = `${TOO_LARGE} body, block 2: is too large (max. 1000000)`

describe('the limits of a body', () => {
  it(`nests ${MAX_BODY_DEPTH} deep and refuses one level more`, () => {
    // doc → quotes → paragraph → text: the text sits at depth quotes + 2.
    expect(parseBody(nested(MAX_BODY_DEPTH - 2)).ok).toBe(true)
    expect(refusal(nested(MAX_BODY_DEPTH - 1))).toMatchObject({ reason: 'body.too-deep', message: 'The article body is nested too deeply (more than 32 levels). body, block 1: is nested too deeply (max. 32 levels)' })
  })

  it(`holds ${MAX_BODY_NODES} nodes and refuses one more`, () => {
    const paragraphs = (n: number) => doc(...Array.from({ length: n }, () => ({ type: 'paragraph' })))
    expect(parseBody(paragraphs(MAX_BODY_NODES)).ok).toBe(true)
    expect(refusal(paragraphs(MAX_BODY_NODES + 1))).toMatchObject({ reason: 'body.too-large', message: TOO_MANY_NODES, issue: { at: { block: MAX_BODY_NODES }, kind: 'too-big' } })
  })

  it(`holds ${MAX_BODY_TEXT} characters of text and refuses one more`, () => {
    expect(parseBody(doc(p(text('x'.repeat(MAX_BODY_TEXT - 1))), p(text('y')))).ok).toBe(true)
    expect(refusal(doc(p(text('x'.repeat(MAX_BODY_TEXT))), p(text('y'))))).toMatchObject({ reason: 'body.too-large', message: TOO_MANY_CHARACTERS, issue: { at: { block: 1, inner: [0] } } })
  })

  it('counts attribute values in the same characters: a pull quote as long as the limit allows, and one more', () => {
    // The pull quote's name and role take 8 characters.
    expect(parseBody(doc(p(text('a')), pullQuote('q'.repeat(MAX_BODY_TEXT - 9)))).ok).toBe(true)
    expect(refusal(doc(p(text('a')), pullQuote('q'.repeat(MAX_BODY_TEXT - 8))))).toMatchObject({ reason: 'body.too-large', message: TOO_MANY_CHARACTERS, issue: { at: { block: 1, node: 'pullQuote' } } })
    const link = (href: string) => [{ type: 'link', attrs: { href } }]
    expect(parseBody(doc(p(text('a', link('h'.repeat(MAX_BODY_TEXT - 1 - 'noopener noreferrer nofollow'.length)))))).ok).toBe(true)
    expect(refusal(doc(p(text('ab', link('h'.repeat(MAX_BODY_TEXT))))))).toMatchObject({ reason: 'body.too-large' })
  })

  it('refuses an attribute that is an object, however deep, before anything recurses into it', () => {
    // The link's href has no validator of its own: before, this passed and broke JSON.stringify at the store.
    for (const depth of [1, 100_000]) {
      expect(refusal(doc(p(text('a', [{ type: 'link', attrs: { href: deepObject(depth) } }]))))).toMatchObject({
        reason: 'body.invalid',
        issue: { at: { block: 0, node: 'paragraph', inner: [0] }, kind: 'bad-attrs', params: { type: 'text' } }
      })
      expect(refusal(doc(p(text('a')), { type: 'bacaJuga', attrs: { articleId: null, title: [deepObject(depth)] } }))).toMatchObject({ reason: 'body.invalid', issue: { at: { block: 1 }, kind: 'bad-attrs' } })
    }
  })

  it(`refuses more than ${MAX_NODE_ATTRIBUTES} attributes or ${MAX_NODE_MARKS} marks on one node in the first pass`, () => {
    const attrs = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`a${i}`, '']))
    // At the limit the schema still refuses the unknown names; one past it the first pass does.
    expect(refusal(doc({ type: 'heading', attrs: attrs(MAX_NODE_ATTRIBUTES), content: [text('a')] }))).toMatchObject({ reason: 'body.invalid', issue: { kind: 'bad-attrs', params: { type: 'heading' } } })
    expect(refusal(doc({ type: 'heading', attrs: attrs(100_000), content: [text('a')] }))).toMatchObject({ reason: 'body.invalid', issue: { kind: 'bad-attrs', params: { type: 'heading' } } })
    const marks = (n: number) => Array.from({ length: n }, () => ({ type: 'bold' }))
    expect(parseBody(doc(p(text('a', marks(1))))).ok).toBe(true)
    expect(refusal(doc(p(text('a', marks(MAX_NODE_MARKS + 1)))))).toMatchObject({ reason: 'body.invalid', issue: { kind: 'wrong-type', params: { type: 'text' } } })
  })
})

describe('the deepest body the limits allow', () => {
  // Quotes, a list in the deepest quote, a bold link in its item: every kind of nesting at once.
  const deepest = (): unknown => {
    let node: object = { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('dalam', [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://kompas.com' } }]))] }] }
    for (let i = 0; i < MAX_BODY_DEPTH - 4; i++) node = { type: 'blockquote', content: [node] }
    return doc(p(text('Isi.')), node)
  }

  it('is accepted, and the HTML export, the plain text export and the check all read it', () => {
    const parsed = parseBody(deepest())
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const html = new BodyHtml().render(parsed.value)
    expect(html.split('<blockquote>').length - 1).toBe(MAX_BODY_DEPTH - 4)
    expect(html).toContain('<ul><li><p><a rel="noopener noreferrer nofollow" href="https://kompas.com/"><strong>dalam</strong></a></p></li></ul>')
    expect(plainTextBlocks(parsed.value, '')).toEqual(['Isi.', '- dalam'])
    expect(checkArticle(draftWith(parsed.value), buildCheckContext(new Map(), { headlineLimit: 90 })).map((f) => f.rule)).toEqual(['credits-present'])
  })

  it('one level deeper is refused before any of them sees it', () => {
    const deeper = doc({ type: 'blockquote', content: [(deepest() as { content: object[] }).content[1]!] })
    expect(refusal(deeper)).toMatchObject({ reason: 'body.too-deep' })
  })
})
