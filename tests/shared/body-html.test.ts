import { generateHTML } from '@tiptap/html/server'
import { describe, expect, it } from 'vitest'
import type { Body, BodyNode } from '../../src/shared/article'
import { parseSafeLink } from '../../src/shared/links'
import { articleExtensions } from '../../src/shared/editor/extensions'
import { BodyHtml } from '../../src/shared/editor/serializers/html'
import { makeDraft, seededRandom } from '../bench/corpus'
import { fixtureDraft } from '../export/exchange-fixture'

const hrefFor = (id: string): string | null => (id === '01J0ABC' ? '01J0ABC.html' : null)
// What export rendered before the pure serialiser: links through the allow-list and down to their
// href, then @tiptap/html over happy-dom with the same extensions.
const safeNode = (node: BodyNode): BodyNode => ({
  ...node,
  ...(node.marks
    ? {
        marks: node.marks.flatMap((m) => {
          if (m.type !== 'link') return [{ type: m.type }]
          const href = typeof m.attrs?.href === 'string' ? parseSafeLink(m.attrs.href) : null
          return href ? [{ type: 'link', attrs: { href: href.href } }] : []
        })
      }
    : {}),
  ...(node.content ? { content: node.content.map(safeNode) } : {})
})
const reference = (body: Body): string =>
  generateHTML({ type: 'doc', content: body.content.map(safeNode) }, articleExtensions({ bacaJuga: { hrefFor, editorAttributes: false } }))

export const RICH: Body = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sub <judul> & "kutip" \'satu\'' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'tebal', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'text', text: ' miring', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' garis', marks: [{ type: 'underline' }, { type: 'strike' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'baris\u00a0dua' }
      ]
    },
    { type: 'bacaJuga', attrs: { articleId: '01J0ABC', title: 'Tertaut <b>' } },
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'H3' }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'butir' }] }] }] },
    { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'tiga' }] }] }] },
    {
      type: 'blockquote',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'kutipan', marks: [{ type: 'link', attrs: { href: 'https://kompas.tv/?a=1&b="2"' } }] },
            { type: 'text', text: ' jahat', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }
          ]
        }
      ]
    },
    { type: 'bacaJuga', attrs: { articleId: null, title: 'Belum tertaut' } }
  ]
}

describe('the body’s HTML serialiser', () => {
  it('renders byte for byte what @tiptap/html rendered over happy-dom', () => {
    const rand = seededRandom(3)
    const renderer = new BodyHtml({ hrefFor })
    const bodies = [fixtureDraft().body, RICH, ...Array.from({ length: 30 }, () => makeDraft(rand).body)]
    for (const body of bodies) expect(renderer.render(body)).toBe(reference(body))
  })

  it('escapes text and attributes and drops links outside the allow-list', () => {
    const html = new BodyHtml({ hrefFor }).render(RICH)
    expect(html).toContain('<h2>Sub &lt;judul&gt; &amp; "kutip" \'satu\'</h2>')
    expect(html).toContain('<a rel="noopener noreferrer nofollow" href="https://kompas.tv/?a=1&amp;b=%222%22">kutipan</a> jahat')
    expect(html).toContain('<a href="01J0ABC.html">Tertaut &lt;b&gt;</a>')
    expect(html).not.toContain('javascript')
  })

  it('puts the dateline at the start of the lead, or in a paragraph of its own', () => {
    const renderer = new BodyHtml()
    const lead: Body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Isi.' }] }] }
    expect(renderer.render(lead, 'JAKARTA, KOMPAS.TV - ')).toBe('<p><span class="dateline">JAKARTA, KOMPAS.TV - </span>Isi.</p>')
    expect(renderer.render({ type: 'doc', content: [RICH.content[0]!] }, 'A - ')).toBe('<p><span class="dateline">A - </span></p><h2>Sub &lt;judul&gt; &amp; "kutip" \'satu\'</h2>')
  })

  it('refuses a body the schema cannot hold with the typed failure', () => {
    expect(() => new BodyHtml().render({ type: 'doc', content: [{ type: 'video' }] })).toThrow(expect.objectContaining({ reason: 'body.invalid' }))
  })
})
