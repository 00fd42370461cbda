import { getSchema } from '@tiptap/core'
import { generateHTML, generateJSON } from '@tiptap/html/server'
import { describe, expect, it } from 'vitest'
import { articleExtensions } from '../../src/shared/editor/extensions'

const doc = (...content: object[]) => ({ type: 'doc', content })
const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const baca = (articleId: string | null, title: string) => ({ type: 'bacaJuga', attrs: { articleId, title } })

describe('the article body schema', () => {
  const schema = getSchema(articleExtensions())

  it('has exactly the nodes and marks a Kompas piece uses', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      ['bacaJuga', 'blockquote', 'bulletList', 'doc', 'hardBreak', 'heading', 'listItem', 'orderedList', 'paragraph', 'pullQuote', 'text'].sort()
    )
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'link', 'strike', 'underline'])
  })

  it('accepts Baca Juga between paragraphs but never inside a list or a quote', () => {
    expect(() => schema.nodeFromJSON(doc(p('a'), baca('01J0', 'Judul'), p('b'))).check()).not.toThrow()
    expect(() => schema.nodeFromJSON(doc({ type: 'blockquote', content: [baca('01J0', 'x')] })).check()).toThrow()
    expect(() =>
      schema.nodeFromJSON(doc({ type: 'bulletList', content: [{ type: 'listItem', content: [p('a'), baca('01J0', 'x')] }] })).check()
    ).toThrow()
  })

  it('renders Baca Juga as an aside, linked where the export knows the target', () => {
    const plain = generateHTML(doc(baca('01J0ABC', 'Respons Kemenlu RI')), articleExtensions())
    expect(plain).toBe(
      '<aside data-article-id="01J0ABC" data-baca-juga="" class="baca-juga"><strong class="baca-juga__label">Baca Juga: </strong><span data-baca-juga-title="">Respons Kemenlu RI</span></aside>'
    )
    const linked = generateHTML(doc(baca('01J0ABC', 'Respons')), articleExtensions({ bacaJuga: { hrefFor: (id) => `${id}.html` } }))
    expect(linked).toContain('<a href="01J0ABC.html" data-baca-juga-title="">Respons</a>')
  })

  it('round-trips through HTML', () => {
    const body = doc(
      p('PYONGYANG, KOMPAS.TV - Presiden Rusia'),
      baca('01J0ABC', 'Benjamin Netanyahu Bubarkan Kabinet Perang Israel, Perang di Gaza Usai?'),
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sub' }] }
    )
    expect(generateJSON(generateHTML(body, articleExtensions()), articleExtensions())).toEqual(body)
  })

  it('drops links with schemes other than http, https and mailto', () => {
    const html = '<p><a href="javascript:alert(1)">x</a> <a href="https://kompas.tv">y</a> <a href="mailto:r@k.id">z</a></p>'
    const json = generateJSON(html, articleExtensions())
    const hrefs = JSON.stringify(json).match(/"href":"[^"]*"/g)
    expect(hrefs).toEqual(['"href":"https://kompas.tv"', '"href":"mailto:r@k.id"'])
  })
})
