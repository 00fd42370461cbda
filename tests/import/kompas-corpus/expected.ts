// What a corpus page must yield (tests/fixtures/kompas-pages/README.md), and the fields of a
// stored article compared with it, one message per field that differs.
import type { ArticleDraft, BodyNode } from '../../../src/shared/article'

export interface ExpectedPage {
  source: string
  layout: 'kompas-tv-amp' | 'kompas-tv' | 'kompas-com'
  headline: string | null
  section: string
  published: string | null
  timeZone: string | null
  featuredImage: { caption: string; credit: string } | null
  dateline: { city: string; outlet: string } | null
  paragraphCount: number
  subheadings: string[]
  bacaJuga: { afterParagraph: number; title: string }[]
  penulis: string[]
  editor: string[]
  sumber: string[]
  words: number
  noise: string[]
  notes: string
}

const textOf = (node: BodyNode): string => (node.content ?? []).map((c) => (c.type === 'text' ? (c.text ?? '') : c.type === 'hardBreak' ? '\n' : textOf(c))).join('')

/** The fields of `article` as the expected file states them. */
export function fieldsOf(article: ArticleDraft): Omit<ExpectedPage, 'source' | 'layout' | 'words' | 'noise' | 'notes' | 'dateline'> & { dateline: { city: string; outlet: string } } {
  let paragraphs = 0
  const subheadings: string[] = []
  const bacaJuga: ExpectedPage['bacaJuga'] = []
  for (const node of article.body.content ?? []) {
    if (node.type === 'paragraph') paragraphs++
    else if (node.type === 'heading') subheadings.push(textOf(node))
    else if (node.type === 'bacaJuga') bacaJuga.push({ afterParagraph: paragraphs, title: String(node.attrs?.title) })
  }
  return {
    headline: article.headline,
    section: article.section,
    published: article.published?.at ?? null,
    timeZone: article.published?.zone ?? null,
    featuredImage: article.featuredImage ? { caption: article.featuredImage.caption, credit: article.featuredImage.credit } : null,
    dateline: article.dateline,
    paragraphCount: paragraphs,
    subheadings,
    bacaJuga,
    penulis: article.penulis,
    editor: article.editor,
    sumber: article.sumber
  }
}

/** The expected fields; a page without a dateline gets the newsroom's outlet and no city. */
export function expectedFields(page: ExpectedPage, defaultOutlet: string): ReturnType<typeof fieldsOf> {
  const { source: _s, layout: _l, words: _w, noise: _n, notes: _x, ...fields } = page
  return { ...fields, dateline: fields.dateline ?? { city: '', outlet: defaultOutlet } }
}
