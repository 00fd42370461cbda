// Bodies that pass the old shape check (type strings, content arrays) but break the schema, each
// with the failure parseBody must answer. Shared by the unit, dispatch, store and fuzz tests.
import type { BodyLocation } from '../../src/shared/location'

const text = (t: string) => ({ type: 'text', text: t })
const p = (...content: object[]) => ({ type: 'paragraph', content })

/** A paragraph inside `depth` quotes: doc → blockquote × depth → paragraph → text. */
export function nested(depth: number): { type: 'doc'; content: object[] } {
  let node: object = p(text('x'))
  for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] }
  return { type: 'doc', content: [node] }
}

export interface HostileBody {
  name: string
  body: unknown
  reason: 'body.invalid' | 'body.too-deep' | 'body.too-large'
  /** The first issue's place and kind; null for a problem with the document itself. */
  issue: { at: BodyLocation; kind: string } | null
}

const at = (block: number, node: string, ordinal: number, inner?: number[]): BodyLocation => ({ field: 'body', block, node, ordinal, ...(inner ? { inner } : {}) })

export const HOSTILE_BODIES: HostileBody[] = [
  { name: 'an unknown node', body: { type: 'doc', content: [p(text('a')), { type: 'video', attrs: { src: 'x' } }] }, reason: 'body.invalid', issue: { at: at(1, 'video', 1), kind: 'unknown-node' } },
  { name: 'an unknown mark', body: { type: 'doc', content: [p({ type: 'text', text: 'a', marks: [{ type: 'blink' }] })] }, reason: 'body.invalid', issue: { at: at(0, 'paragraph', 1, [0]), kind: 'unknown-mark' } },
  { name: 'a mark on a block', body: { type: 'doc', content: [{ ...p(text('a')), marks: [{ type: 'bold' }] }] }, reason: 'body.invalid', issue: { at: at(0, 'paragraph', 1), kind: 'node-not-allowed-here' } },
  { name: 'text straight in the document', body: { type: 'doc', content: [p(text('a')), text('lepas')] }, reason: 'body.invalid', issue: { at: at(1, 'text', 1), kind: 'node-not-allowed-here' } },
  { name: 'a heading of level 5', body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 5 }, content: [text('Sub')] }] }, reason: 'body.invalid', issue: { at: at(0, 'heading', 1), kind: 'bad-attrs' } },
  { name: 'a Baca Juga with a number for its target', body: { type: 'doc', content: [p(text('a')), { type: 'bacaJuga', attrs: { articleId: 42, title: 'x' } }] }, reason: 'body.invalid', issue: { at: at(1, 'bacaJuga', 1), kind: 'bad-attrs' } },
  { name: 'a Baca Juga with an attribute it does not have', body: { type: 'doc', content: [{ type: 'bacaJuga', attrs: { articleId: null, title: 'x', onclick: 'alert(1)' } }] }, reason: 'body.invalid', issue: { at: at(0, 'bacaJuga', 1), kind: 'bad-attrs' } },
  { name: 'a Baca Juga inside a quote', body: { type: 'doc', content: [{ type: 'blockquote', content: [{ type: 'bacaJuga', attrs: { articleId: null, title: 'x' } }] }] }, reason: 'body.invalid', issue: { at: at(0, 'blockquote', 1, [0]), kind: 'node-not-allowed-here' } },
  { name: 'an empty text node', body: { type: 'doc', content: [p(text('a')), p(text(''))] }, reason: 'body.invalid', issue: { at: at(1, 'paragraph', 2, [0]), kind: 'invalid' } },
  { name: 'a list without items', body: { type: 'doc', content: [{ type: 'bulletList', content: [] }] }, reason: 'body.invalid', issue: { at: at(0, 'bulletList', 1), kind: 'invalid' } },
  { name: 'a pull quote with a number for its quote', body: { type: 'doc', content: [{ type: 'pullQuote', attrs: { quote: 7, name: '', role: '' } }] }, reason: 'body.invalid', issue: { at: at(0, 'pullQuote', 1), kind: 'bad-attrs' } },
  { name: 'content that is not an array', body: { type: 'doc', content: [{ type: 'paragraph', content: 'teks' }] }, reason: 'body.invalid', issue: { at: at(0, 'paragraph', 1), kind: 'wrong-type' } },
  { name: 'nesting 780 deep', body: nested(780), reason: 'body.too-deep', issue: { at: at(0, 'blockquote', 1, Array(32).fill(0)), kind: 'too-deep' } },
  { name: 'too many nodes', body: { type: 'doc', content: Array.from({ length: 50_001 }, () => ({ type: 'paragraph' })) }, reason: 'body.too-large', issue: { at: at(50_000, 'paragraph', 50_001), kind: 'too-big' } },
  { name: 'too much text', body: { type: 'doc', content: [p(text('x'.repeat(1_000_001)))] }, reason: 'body.too-large', issue: { at: at(0, 'paragraph', 1, [0]), kind: 'too-big' } },
  { name: 'a document that is a paragraph', body: { type: 'paragraph', content: [] }, reason: 'body.invalid', issue: null }
]
