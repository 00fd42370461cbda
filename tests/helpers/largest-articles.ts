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
