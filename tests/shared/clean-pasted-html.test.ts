import { describe, expect, it } from 'vitest'
import { cleanPastedHtml } from '../../src/shared/editor/paste/clean-pasted-html'

describe('cleanPastedHtml', () => {
  it('keeps the tags a body uses and no attribute but a checked href, an ol start and mark styles', () => {
    expect(
      cleanPastedHtml(
        '<p class="x" id="y" onclick="steal()" style="color:red;font-weight:700;background:url(https://t.example/a.png)">Satu <a href="https://kompas.tv/a?b=1&amp;c=2" target="_blank" onmouseover="x()">tautan</a></p><ol start="3" type="a"><li>tiga</li></ol>'
      )
    ).toBe('<p style="font-weight:700">Satu <a href="https://kompas.tv/a?b=1&amp;c=2">tautan</a></p><ol start="3"><li>tiga</li></ol>')
  })

  it('drops links whose scheme is not http, https or mailto, written plainly or hidden in entities', () => {
    expect(cleanPastedHtml('<p><a href="javascript:alert(1)">a</a><a href=" java&#x73;cript:x">b</a><a href="mailto:r@kompas.tv">c</a><a href=data:text/html,x>d</a></p>')).toBe(
      '<p><a>a</a><a>b</a><a href="mailto:r@kompas.tv">c</a><a>d</a></p>'
    )
  })

  it('drops scripts, styles, frames, media, pictures and forms controls with what is inside them', () => {
    expect(
      cleanPastedHtml(
        '<head><title>t</title><style>p{}</style></head><p>a<script>document.write("</p><img src=x onerror=y>")</script>b</p><svg><svg><image href="x"/></svg><text>z</text></svg><video><source src="v.mp4"></video><iframe src="https://ads.example"></iframe><p>c<img src="https://t.example/p.gif" onerror="x()"><input type="image" src="i.png"></p>'
      )
    ).toBe('<p>ab</p><p>c</p>')
  })

  it('unwraps Google Docs\' normal-weight <b> wrapper and drops a line break between blocks', () => {
    expect(cleanPastedHtml('<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p>a</p><br><p>b</p></b><br class="Apple-interchange-newline">')).toBe('<p>a</p><p>b</p>')
    expect(cleanPastedHtml('<div>Penulis : A<br>Editor : B</div>')).toBe('<div>Penulis : A<br>Editor : B</div>')
  })

  it('leaves the underline Docs draws on the span around a link to the link', () => {
    expect(cleanPastedHtml('<p><span style="color:#1155cc;text-decoration:underline"><a href="https://bmkg.go.id" style="text-decoration:none">BMKG</a></span></p>')).toBe(
      '<p><span><a href="https://bmkg.go.id" style="text-decoration:none">BMKG</a></span></p>'
    )
  })

  it("reads Word's markup: title and headings as H2, no o:p, no namespaced tags, no downlevel fallbacks, no empty paragraphs", () => {
    expect(
      cleanPastedHtml(
        "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--><p class=MsoTitle>Judul<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoListParagraph><![if !supportLists]><span>·&nbsp;</span><![endif]>Beras</p><p>Akhir<!--[if !supportLineBreakNewLine]--><br style='mso-special-character:line-break'><!--[endif]--></p><p><v:shape><v:imagedata src=\"x.png\"/></v:shape>Foto</p><p class=MsoHeading3>Sub</p>"
      )
    ).toBe('<h2>Judul</h2><p>Beras</p><p>Akhir</p><p>Foto</p><h2>Sub</h2>')
  })

  it('closes what the HTML parser would close, so no stray end tag makes an empty paragraph', () => {
    expect(cleanPastedHtml('<p>a<p>b</p></p><ul><li>x<li>y<ul><li>z</ul></ul>')).toBe('<p>a</p><p>b</p><ul><li>x</li><li>y<ul><li>z</li></ul></li></ul>')
    expect(cleanPastedHtml('</div></p>teks <b>tebal')).toBe('teks <b>tebal</b>')
  })

  it('keeps a lone "<" as text and drops a tag cut off by the end of the clipboard', () => {
    expect(cleanPastedHtml('<p>1 < 2</p><p>x<img src="a" onerror="b"')).toBe('<p>1 &lt; 2</p><p>x</p>')
  })
})
