// The largest inputs the limits allow, built once for the limit tests and the reliability bench:
// a body at every size limit, filled so that the house-style check finds the most it can.
import type { ArticleDraft } from '../../src/shared/article'
import type { Body, BodyNode } from '../../src/shared/editor/body-json'
import { MAX_BODY_NODES, MAX_BODY_TEXT } from '../../src/shared/editor/schema'

/** A lower-case word no dictionary knows, different for every n ("zqb", "zqc", …). */
export function unknownWord(n: number): string {
  let word = ''
  do {
    word = String.fromCharCode(98 + (n % 24)) + word
    n = Math.floor(n / 24)
  } while (n > 0)
  return `zq${word}`
}

/** "Selasa (1/1/2024)": 1 January 2024 was a Monday, so every mention is a wrong weekday. */
const WRONG_DATE = 'Selasa (1/1/2024) '

export interface WorstBody {
  body: Body
  /** Unknown words written, each a spelling finding. */
  unknownWords: number
  /** Paragraphs opening with a wrong weekday, each a blocking day-matches-date finding. */
  wrongDates: number
}

/**
 * The worst body for the house-style check that parseBody still accepts: MAX_BODY_NODES nodes
 * (a paragraph and its text each), MAX_BODY_TEXT characters, every paragraph opening with a wrong
 * weekday (unless `dates` is false) and the rest of it unknown words, by default each different.
 */
export function worstCheckBody(options: { word?: (n: number) => string; dates?: boolean } = {}): WorstBody {
  const { word: wordOf = unknownWord, dates = true } = options
  const paragraphs = MAX_BODY_NODES / 2
  const perParagraph = Math.floor(MAX_BODY_TEXT / paragraphs)
  let n = 0
  const content: BodyNode[] = []
  for (let i = 0; i < paragraphs; i++) {
    let text = dates ? WRONG_DATE : ''
    for (;;) {
      const word = wordOf(n)
      if (text.length + word.length + 1 > perParagraph) break
      text += `${word} `
      n++
    }
    content.push({ type: 'paragraph', content: [{ type: 'text', text: text.trimEnd() }] })
  }
  return { body: { type: 'doc', content }, unknownWords: n, wrongDates: dates ? paragraphs : 0 }
}

/** A draft around a body, with fields that pass every other rule. */
export function draftWith(body: Body): ArticleDraft {
  return {
    headline: 'Artikel terbesar yang diizinkan',
    section: 'nasional',
    published: null,
    dateline: { city: 'JAKARTA', outlet: 'KOMPAS.com' },
    penulis: ['Penulis Uji'],
    editor: [],
    sumber: ['Antara'],
    featuredImage: null,
    body,
    tags: []
  }
}

/** Characters JSON spends on the most expensive character it escapes (`\u0001`). */
const WORST_ESCAPE = '\u0001'

/** Text nodes a paragraph of largestJsonBody holds: many small ones cost the most JSON per node. */
const TEXTS_PER_PARAGRAPH = 999

/**
 * The body parseBody accepts that is largest as JSON: MAX_BODY_NODES nodes, nearly all of them
 * text carrying every mark of the schema with every link attribute named, and all MAX_BODY_TEXT
 * characters ones JSON escapes in six bytes.
 */
export function largestJsonBody(): Body {
  const paragraphs = MAX_BODY_NODES / (TEXTS_PER_PARAGRAPH + 1)
  const texts = paragraphs * TEXTS_PER_PARAGRAPH
  const link = { href: '', target: '', rel: '', class: '', title: '' }
  const marks = [{ type: 'bold' }, { type: 'italic' }, { type: 'strike' }, { type: 'underline' }, { type: 'link', attrs: link }]
  const perText = Math.floor(MAX_BODY_TEXT / texts)
  const text = WORST_ESCAPE.repeat(perText)
  const paragraph = (): BodyNode => ({ type: 'paragraph', content: Array.from({ length: TEXTS_PER_PARAGRAPH }, () => ({ type: 'text', text, marks })) })
  return { type: 'doc', content: Array.from({ length: paragraphs }, paragraph) }
}

/** A draft at every field's limit around largestJsonBody: the largest article the schema accepts. */
export function largestDraft(): ArticleDraft {
  const names = (letter: string) => Array.from({ length: 50 }, (_, i) => `${letter}${i}`.padEnd(200, WORST_ESCAPE))
  return {
    ...draftWith(largestJsonBody()),
    headline: 'J'.padEnd(500, WORST_ESCAPE),
    featuredImage: { asset: null, caption: 'K'.padEnd(2000, WORST_ESCAPE), credit: 'F'.padEnd(500, WORST_ESCAPE) },
    penulis: names('P'),
    editor: names('E'),
    sumber: names('S'),
    tags: Array.from({ length: 100 }, (_, i) => `t${i}`.padEnd(100, WORST_ESCAPE))
  }
}

/**
 * The largest Kompas text the text door takes: the reference article with body lines added up to
 * MAX_IMPORT_LINES lines, a paragraph and a blank line each, of two-byte characters: the file
 * is near its 2 MB limit while the body stays under MAX_BODY_TEXT characters.
 */
export function largestKompasText(reference: string, maxLines: number): string {
  const lines = reference.split('\n').length
  const paragraphs = Math.floor((maxLines - lines) / 2)
  const added = Array.from({ length: paragraphs }, (_, i) => `${i} `.padEnd(97, 'é') + '\n').join('\n')
  return reference.replace('\nPenulis', `\n${added}\nPenulis`)
}
