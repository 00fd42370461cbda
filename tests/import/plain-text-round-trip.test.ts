import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SECTIONS, type ArticleDraft } from '../../src/shared/article'
import { parsePlainText, type PlainTextOptions } from '../../src/shared/kompas/parse-plain-text'
import { formatPlainText } from '../../src/shared/kompas/plain-text'

const fixture = (name: string): string => readFileSync(resolve(import.meta.dirname, '../fixtures', name), 'utf8')
const OPTIONS: PlainTextOptions = { sections: DEFAULT_SECTIONS, defaultSection: 'nasional', defaultOutlet: 'KOMPAS.TV' }

/** The fixture minus its page noise: "> >" at the top, "TERBARU" at the end, and the blank lines around them. */
function articleOnly(text: string): string {
  const lines = text.split('\n')
  expect(lines[0]).toBe('> >')
  expect(lines.at(-1)).toBe('TERBARU')
  let start = 1
  let end = lines.length - 1
  while (lines[start] === '') start++
  while (lines[end - 1] === '') end--
  return `${lines.slice(start, end).join('\n')}\n`
}

function parse(text: string): ArticleDraft {
  const parsed = parsePlainText(text, OPTIONS)
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.draft
}

describe('the Kompas plain-text fixture', () => {
  const text = fixture('kompas-tv-putin-korea-utara.txt')
  const expected = JSON.parse(fixture('kompas-tv-putin-korea-utara.expected.json')) as {
    headline: string
    section: string
    published: string
    timeZone: string
    featuredImage: { caption: string; credit: string }
    dateline: { city: string; outlet: string }
    leadWithoutDateline: string
    paragraphCount: number
    bacaJuga: { afterParagraph: number; title: string }[]
    penulis: string[]
    editor: string[]
    sumber: string[]
  }

  it('imports into the structured article the expected file describes', () => {
    const draft = parse(text)
    expect(draft.headline).toBe(expected.headline)
    expect(draft.section).toBe(expected.section)
    expect(draft.published).toEqual({ at: expected.published, zone: expected.timeZone })
    expect(draft.featuredImage).toEqual({ asset: null, ...expected.featuredImage })
    expect(draft.dateline).toEqual(expected.dateline)
    expect(draft.penulis).toEqual(expected.penulis)
    expect(draft.editor).toEqual(expected.editor)
    expect(draft.sumber).toEqual(expected.sumber)

    const paragraphs = draft.body.content.filter((n) => n.type === 'paragraph')
    expect(paragraphs).toHaveLength(expected.paragraphCount)
    expect(paragraphs[0]?.content?.[0]?.text).toBe(expected.leadWithoutDateline)
    let seen = 0
    const baca: { afterParagraph: number; title: string }[] = []
    for (const node of draft.body.content) {
      if (node.type === 'paragraph') seen++
      else if (node.type === 'bacaJuga') baca.push({ afterParagraph: seen, title: String(node.attrs?.title) })
    }
    expect(baca).toEqual(expected.bacaJuga)
    expect(draft.body.content.filter((n) => n.type === 'bacaJuga').every((n) => n.attrs?.articleId === null)).toBe(true)
  })

  it('exports back byte for byte, non-breaking spaces included', () => {
    const out = formatPlainText(parse(text))
    expect(Buffer.from(out, 'utf8').equals(Buffer.from(articleOnly(text), 'utf8'))).toBe(true)
    expect(out).toContain('Pertemuan itu\u00a0pun')
  })

  it('is stable: exporting what an export imports gives the same text', () => {
    const once = formatPlainText(parse(text))
    expect(formatPlainText(parse(once))).toBe(once)
  })
})
