// The Kompas conventions inside a body read from HTML (a saved page, a Word document): the
// dateline before the lead ("JAKARTA, KOMPAS.com - "), "Baca juga: …" lines, and the closing
// "Penulis : … Editor : …" and "Sumber : …" lines. The dateline and the names are read by the
// shared Kompas recognisers (splitDateline, splitNames), as the plain-text import reads them.
import type { Dateline } from '../../shared/article'
import type { Body, BodyNode } from '../../shared/editor/body-json'
import { BACA_JUGA } from '../../shared/editor/nodes/baca-juga'
import { splitDateline } from '../../shared/kompas/dateline'
import { splitNames } from '../../shared/kompas/names'

export interface KompasParts {
  body: Body
  dateline: Dateline | null
  penulis: string[]
  editor: string[]
  sumber: string[]
}

// "Baca juga: Judul", "Baca Juga : Judul", and "(Baca juga: "Judul")" in parentheses with quotes.
const BACA_JUGA_LINE = /^\(?\s*Baca\s+juga\s*:\s*(.+?)\s*\)?$/i
const CREDIT_LINE = /^(?:Penulis|Editor|Sumber)\s*:/i
const CREDIT_LABEL = /(Penulis|Editor|Sumber)\s*:\s*/gi
const QUOTES = /^["“”']+|["“”']+$/g

/** A block's text as one line, line breaks as spaces. */
export function blockText(node: BodyNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return ' '
  return (node.content ?? []).map(blockText).join('')
}

function bacaJugaTitle(node: BodyNode): string | null {
  if (node.type !== 'paragraph') return null
  const m = BACA_JUGA_LINE.exec(blockText(node).trim())
  const title = m?.[1]?.replace(QUOTES, '').trim()
  return title ? title : null
}

function readCredits(lines: string[]): Pick<KompasParts, 'penulis' | 'editor' | 'sumber'> {
  const out = { penulis: [] as string[], editor: [] as string[], sumber: [] as string[] }
  const text = lines.join('\n')
  const labels = [...text.matchAll(CREDIT_LABEL)]
  labels.forEach((m, i) => {
    const value = text.slice(m.index + m[0].length, labels[i + 1]?.index ?? text.length).replace(/\s+/g, ' ').replace(/\s*\|\s*$/, '')
    out[m[1]!.toLowerCase() as keyof typeof out].push(...splitNames(value))
  })
  return out
}

/** Drops the first `count` characters of a paragraph's text, across its text nodes and marks. */
function dropLeading(content: BodyNode[], count: number): BodyNode[] {
  let left = count
  const out: BodyNode[] = []
  for (const node of content) {
    const length = node.type === 'text' ? (node.text ?? '').length : 1
    if (left >= length) left -= length
    else if (left > 0) {
      out.push({ ...node, text: node.text!.slice(left) })
      left = 0
    } else out.push(node)
  }
  return out
}

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
  while (end > 0 && blocks[end - 1]!.type === 'paragraph' && CREDIT_LINE.test(blockText(blocks[end - 1]!).trim())) end--
  const credits = readCredits(blocks.slice(end).map((b) => blockText(b).trim()))

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
