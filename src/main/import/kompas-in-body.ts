// The Kompas conventions inside a body read from HTML (a saved page, a Word document): the
// dateline before the lead ("JAKARTA, KOMPAS.com - "), "Baca juga: …" lines, and the closing
// "Penulis : … Editor : …" and "Sumber : …" lines, each read by the plain-text import's own
// recogniser (splitDateline, readBacaJuga, readCreditLine), so a page reads as its text would.
import type { Dateline } from '../../shared/article'
import type { Body, BodyNode } from '../../shared/editor/body-json'
import { BACA_JUGA } from '../../shared/editor/nodes/baca-juga'
import { splitDateline } from '../../shared/kompas/dateline'
import { mergeCredits, noCredits, readCreditLine } from '../../shared/kompas/byline'
import { readBacaJuga } from '../../shared/kompas/related-links'
import { dropLeading } from './inline-content'

export interface KompasParts {
  body: Body
  dateline: Dateline | null
  penulis: string[]
  editor: string[]
  sumber: string[]
}

// A page's related link often quotes its title even outside parentheses.
const QUOTES = /^["“”']+|["“”']+$/g

/** A block's text as one line, line breaks as spaces. */
export function blockText(node: BodyNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return ' '
  return (node.content ?? []).map(blockText).join('')
}

function bacaJugaTitle(node: BodyNode): string | null {
  if (node.type !== 'paragraph') return null
  const title = readBacaJuga(blockText(node))?.replace(QUOTES, '').trim()
  return title ? title : null
}

const creditsOf = (node: BodyNode): ReturnType<typeof readCreditLine> => (node.type === 'paragraph' ? readCreditLine(blockText(node)) : null)

/**
 * The body with its conventions taken out into fields: a repeat of the headline at the top is
 * dropped, "Baca juga" paragraphs become Baca Juga blocks (unresolved, for the importer to link),
 * trailing credit lines become names, and the lead's dateline becomes the dateline.
 */
export function readKompasConventions(body: Body, headline: string): KompasParts {
  const blocks = [...body.content]
  const first = blocks[0]
  if (first && (first.type === 'heading' || first.type === 'paragraph') && blockText(first).trim() === headline.trim()) blocks.shift()

  // Credits close the article: the trailing paragraphs made only of Penulis/Editor/Sumber lines.
  let end = blocks.length
  while (end > 0 && creditsOf(blocks[end - 1]!)) end--
  const credits = noCredits()
  for (const node of blocks.slice(end)) mergeCredits(credits, creditsOf(node)!)

  const content = blocks.slice(0, end).map((node): BodyNode => {
    const title = bacaJugaTitle(node)
    return title === null ? node : { type: BACA_JUGA, attrs: { articleId: null, title } }
  })

  let dateline: Dateline | null = null
  const lead = content[0]
  if (lead?.type === 'paragraph' && lead.content) {
    const text = blockText(lead)
    // Kompas.com prints an em dash; the shared recogniser reads " - ", "–" and "—" alike.
    const split = splitDateline(text)
    if (split) {
      dateline = split.dateline
      const rest = dropLeading(lead.content, text.length - split.rest.length)
      if (rest.some((n) => n.type === 'text' && n.text!.trim() !== '')) content[0] = { ...lead, content: rest }
      else content.shift()
    }
  }
  return { body: { type: 'doc', content }, dateline, ...credits }
}
