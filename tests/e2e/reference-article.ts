import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * The reference Kompas.tv article, read from the fixture as a writer would read it off the page:
 * the parts the e2e journey types by hand, and what the store must hold afterwards.
 */
export interface ReferenceArticle {
  headline: string
  sectionLine: string
  caption: string
  credit: string
  datelineCity: string
  datelineOutlet: string
  /** Body paragraphs, the first without its dateline. */
  paragraphs: string[]
  /** Baca Juga titles and the paragraph (1-based) each follows. */
  bacaJuga: { afterParagraph: number; title: string }[]
  penulis: string[]
  editor: string[]
  sumber: string[]
}

export function readReferenceArticle(): ReferenceArticle {
  const text = readFileSync(resolve(import.meta.dirname, '../fixtures/kompas-tv-putin-korea-utara.txt'), 'utf8')
  const lines = text.split('\n').filter((line) => line.trim() !== '' && line !== '> >' && line !== 'TERBARU')
  const [headline, sectionLine, captionLine, ...rest] = lines as [string, string, string, ...string[]]
  const creditAt = captionLine.lastIndexOf(' (Sumber: ')
  const paragraphs: string[] = []
  const bacaJuga: ReferenceArticle['bacaJuga'] = []
  let penulis: string[] = []
  let editor: string[] = []
  let sumber: string[] = []
  for (const line of rest) {
    const footer = /^Penulis : (.+) Editor : (.+)$/.exec(line)
    if (footer) {
      penulis = [footer[1]!]
      editor = [footer[2]!]
    } else if (line.startsWith('Sumber : ')) sumber = [line.slice('Sumber : '.length)]
    else if (line.startsWith('Baca Juga: ')) bacaJuga.push({ afterParagraph: paragraphs.length, title: line.slice('Baca Juga: '.length) })
    else paragraphs.push(line)
  }
  const dateline = /^([A-Z]+), (KOMPAS\.TV) - /.exec(paragraphs[0]!)!
  paragraphs[0] = paragraphs[0]!.slice(dateline[0].length)
  return {
    headline,
    sectionLine,
    caption: captionLine.slice(0, creditAt),
    credit: captionLine.slice(creditAt + ' (Sumber: '.length, -1),
    datelineCity: dateline[1]!,
    datelineOutlet: dateline[2]!,
    paragraphs,
    bacaJuga,
    penulis,
    editor,
    sumber
  }
}
