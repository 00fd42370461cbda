import { describe, expect, it } from 'vitest'
import { htmlFragmentToBody } from '../../src/main/import/html-to-body'
import type { Body, BodyNode } from '../../src/shared/editor/body-json'
import { MAX_BODY_TEXT } from '../../src/shared/editor/schema'

const LINK = { target: null, rel: 'noopener noreferrer nofollow', class: null }
const text = (value: string, ...marks: BodyNode['marks'] & object): BodyNode => (marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value })
const p = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content })

function bodyOf(html: string): Body {
  const result = htmlFragmentToBody(html)
  if (!result.ok) throw new Error(`refused: ${result.error.reason}`)
  return result.value
}

describe('htmlToBody', () => {
  it('reads paragraphs, headings, marks, links, lists and quotes', () => {
    const body = bodyOf(`
      <h1>Judul &amp; sub</h1>
      <p>Satu <b>tebal</b> <em>miring <strong>keduanya</strong></em> <u>garis</u> <del>coret</del>.</p>
      <h4>Kecil</h4>
      <p><a href="https://kompas.com/read/1?a=1&amp;b=2">tautan</a> dan <a href="mailto:redaksi@kompas.com">surel</a></p>
      <ul><li>satu</li><li><p>dua</p><ol start="3"><li>tiga</li></ol></li></ul>
      <blockquote><p>kutipan</p></blockquote>
      <p>baris<br>kedua</p>`)
    expect(body.content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [text('Judul & sub')] },
      p(
        text('Satu '),
        text('tebal', { type: 'bold' }),
        text(' '),
        text('miring ', { type: 'italic' }),
        text('keduanya', { type: 'bold' }, { type: 'italic' }),
        text(' '),
        text('garis', { type: 'underline' }),
        text(' '),
        text('coret', { type: 'strike' }),
        text('.')
      ),
      { type: 'heading', attrs: { level: 3 }, content: [text('Kecil')] },
      p(
        text('tautan', { type: 'link', attrs: { href: 'https://kompas.com/read/1?a=1&b=2', ...LINK } }),
        text(' dan '),
        text('surel', { type: 'link', attrs: { href: 'mailto:redaksi@kompas.com', ...LINK } })
      ),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(text('satu'))] },
          { type: 'listItem', content: [p(text('dua')), { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(text('tiga'))] }] }] }
        ]
      },
      { type: 'blockquote', content: [p(text('kutipan'))] },
      p(text('baris'), { type: 'hardBreak' }, text('kedua'))
    ])
  })

  it('reads unknown tags and nested divs and spans for their text, collapsing white space', () => {
    const body = bodyOf(`<div><div>  <span><font>Halo</font>\n\t  <blink>dunia</blink></span>&nbsp;!</div><custom-tag>lagi</custom-tag></div><p> </p><p><br></p><div>   </div>`)
    expect(body.content).toEqual([p(text('Halo dunia\u00a0!')), p(text('lagi'))])
  })

  it('lets no script, style, iframe, event handler, unknown attribute or unsafe link through', () => {
    const body = bodyOf(`
      <p onclick="alert(1)" style="color:red" class="x" data-x="1">aman<script>alert('skrip')</script><style>p{color:red}</style></p>
      <iframe src="https://evil.example"></iframe><img src="x" onerror="alert(2)"><svg><text>svg teks</text></svg>
      <p><a href="javascript:alert(3)">js</a> <a href="java&#9;script:alert(4)">tab</a> <a href="data:text/html,x">data</a> <a href="/relatif">rel</a></p>
      <noscript>noscript teks</noscript><template>template teks</template><form><button>tombol</button></form>`)
    expect(body.content).toEqual([p(text('aman')), p(text('js tab data rel'))])
    expect(JSON.stringify(body)).not.toMatch(/alert|color|onclick|onerror|evil|svg|noscript|template|tombol|data-x/)
  })

  it('reads the app own Baca Juga and pull quote markup, and keeps them top-level', () => {
    const body = bodyOf(`
      <p>awal</p>
      <aside data-baca-juga class="baca-juga"><strong>Baca Juga: </strong><span data-baca-juga-title>Judul lain</span></aside>
      <figure class="pull-quote"><blockquote><p>Kata penting</p></blockquote><figcaption><cite class="pull-quote__name">Ani</cite>, <span class="pull-quote__role">Menteri</span></figcaption></figure>
      <ul><li><aside data-baca-juga><span data-baca-juga-title>Di dalam daftar</span></aside></li></ul>`)
    expect(body.content).toEqual([
      p(text('awal')),
      { type: 'bacaJuga', attrs: { articleId: null, title: 'Judul lain' } },
      { type: 'pullQuote', attrs: { quote: 'Kata penting', name: 'Ani', role: 'Menteri' } },
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('Baca Juga: Di dalam daftar'))] }] }
    ])
  })

  it('wraps list text outside <li> in items and drops empty items', () => {
    const body = bodyOf(`<ul>lepas<li></li><li>isi</li></ul><li>tanpa daftar</li>`)
    expect(body.content).toEqual([
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('lepas'))] }, { type: 'listItem', content: [p(text('isi'))] }] },
      p(text('tanpa daftar'))
    ])
  })

  it('reads 10,000 nested divs and 100 nested lists without overflowing, within the schema depth', () => {
    const deep = bodyOf(`${'<div>'.repeat(10_000)}<p>dalam</p>${'</div>'.repeat(10_000)}`)
    expect(deep.content).toEqual([p(text('dalam'))])
    const lists = bodyOf(`${'<ul><li>lapis'.repeat(100)}${'</li></ul>'.repeat(100)}`)
    let depth = 0
    for (let node: BodyNode | undefined = lists.content[0]; node; node = node.content?.[node.content.length - 1]) depth++
    // Eight lists of item and paragraph, then the rest of the text as paragraphs in the last item.
    expect(depth).toBe(8 * 2 + 2)
    expect(JSON.stringify(lists).match(/lapis/g)).toHaveLength(100)
  })

  it('gives a body without blocks for HTML without text', () => {
    expect(bodyOf('<div><script>x()</script><p>  </p></div>').content).toEqual([])
  })

  it('refuses more text than a body may hold, with the schema failure', () => {
    const result = htmlFragmentToBody(`<p>${'a'.repeat(MAX_BODY_TEXT + 1)}</p>`)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.reason).toBe('body.too-large')
  })
})
