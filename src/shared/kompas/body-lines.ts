// The body's lines as blocks: a paragraph per line (a line that carries on the one above joins
// it after a line break), Baca Juga and pull-quote lines as their nodes, subheadings as H2, runs
// of "- " or "1. " lines as lists. Nothing is left out: a line this does not recognise is a
// paragraph.
import { BACA_JUGA, type BodyNode } from '../article'
import { PULL_QUOTE, type PullQuoteAttrs } from '../editor/nodes/pull-quote'
import { continuesAbove, type PageLine } from './page-lines'
import { readBacaJuga } from './related-links'
import { isBulletLine, isNumberedLine, isSubheading } from './subheading'

// "Kutipan: “…” — Nama, Jabatan" (serializers/plain-text.ts writes it); the dash may be – or -.
const PULL_QUOTE_LINE = /^Kutipan\s*:\s*[“"](.*)[”"](?:\s*[—–-]\s*(.*))?$/i

const text = (value: string): BodyNode => ({ type: 'text', text: value })
const trimAscii = (line: string): string => line.replace(/^[ \t]+|[ \t]+$/g, '')

/** "Nama, Jabatan": the name up to the first comma, the role after it. */
function pullQuoteAttrs(quote: string, who: string): PullQuoteAttrs {
  const comma = who.indexOf(',')
  const name = comma < 0 ? who : who.slice(0, comma)
  const role = comma < 0 ? '' : who.slice(comma + 1)
  return { quote: quote.trim(), name: name.trim(), role: role.trim() }
}

function listItem(line: string): BodyNode {
  const itemText = trimAscii(line).replace(/^(?:[-•*]|\d{1,3}[.)])\s+/, '')
  return { type: 'listItem', content: [{ type: 'paragraph', content: [text(itemText)] }] }
}

/** Consecutive list lines from `start` (no blank line between them); 0 when fewer than two. */
function listRun(lines: readonly PageLine[], start: number, isItem: (line: string) => boolean): number {
  let end = start
  while (end < lines.length && isItem(lines[end]!.text) && (end === start || !lines[end]!.blankBefore)) end++
  return end - start >= 2 ? end - start : 0
}

export function bodyNodes(lines: readonly PageLine[]): BodyNode[] {
  const nodes: BodyNode[] = []
  let i = 0
  while (i < lines.length) {
    const line = trimAscii(lines[i]!.text)
    const baca = readBacaJuga(line)
    const quote = PULL_QUOTE_LINE.exec(line)
    const bullets = listRun(lines, i, isBulletLine)
    const numbers = bullets ? 0 : listRun(lines, i, isNumberedLine)
    if (baca !== null) {
      // The label alone: the title is the next line, as a copied link often leaves it.
      const title = baca || (i + 1 < lines.length ? trimAscii(lines[++i]!.text) : '')
      nodes.push({ type: BACA_JUGA, attrs: { articleId: null, title } })
      i++
    } else if (quote) {
      nodes.push({ type: PULL_QUOTE, attrs: pullQuoteAttrs(quote[1]!, quote[2] ?? '') })
      i++
    } else if (bullets || numbers) {
      const run = lines.slice(i, i + (bullets || numbers)).map((l) => listItem(l.text))
      const start = Number(/^\d+/.exec(line)?.[0] ?? 1)
      nodes.push(bullets ? { type: 'bulletList', content: run } : { type: 'orderedList', attrs: { start }, content: run })
      i += bullets || numbers
    } else if (nodes.length > 0 && i + 1 < lines.length && !continuesAbove(lines[i + 1]!) && isSubheading(line)) {
      nodes.push({ type: 'heading', attrs: { level: 2 }, content: [text(line)] })
      i++
    } else {
      const content: BodyNode[] = line ? [text(line)] : []
      for (i++; i < lines.length && continuesAbove(lines[i]!); i++) content.push({ type: 'hardBreak' }, text(trimAscii(lines[i]!.text)))
      nodes.push(content.length ? { type: 'paragraph', content } : { type: 'paragraph' })
    }
  }
  return nodes
}
