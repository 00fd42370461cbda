// The one builder of the reference article (tests/fixtures/kompas-tv-putin-korea-utara.txt):
// its text, the parts a writer reads off the page (what the e2e journey types by hand), and the
// ArticleDraft the editor would hold, built from those parts so the two cannot drift apart.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ArticleDraft, BodyNode } from '../../src/shared/article'
import { splitDateline } from '../../src/shared/kompas/dateline'
import type { CheckContext } from '../../src/shared/kompas/findings'

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))

export const REFERENCE_TEXT = readFileSync(fixture('kompas-tv-putin-korea-utara.txt'), 'utf8')
export const REFERENCE_EXPECTED = JSON.parse(readFileSync(fixture('kompas-tv-putin-korea-utara.expected.json'), 'utf8')) as {
  paragraphCount: number
  bacaJuga: { afterParagraph: number; title: string }[]
  houseStyleFindings: { rule: string; where: string; text: string; optional?: boolean }[]
}

/** The stored articles the two Baca Juga blocks point to. */
export const BACA_JUGA_TARGETS: Record<string, string> = {
  '01J0B4C5D6E7F8G9H0J1K2M3N4': 'Respons Kemenlu RI Terkait Pengiriman Pasukan Perdamaian ke Gaza: Tunggu Ada Mandat PBB',
  '01J0B4C5D6E7F8G9H0J1K2M3N5': 'Benjamin Netanyahu Bubarkan Kabinet Perang Israel, Perang di Gaza Usai?'
}

/** The fixture as an article file: without the scrape's page-noise lines and the blanks around them. */
export function referenceText(): string {
  const kept = REFERENCE_TEXT.split('\n').filter((line) => line !== '> >' && line !== 'TERBARU')
  return `${kept.join('\n').trim()}\n`
}

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

export function referenceParts(): ReferenceArticle {
  const lines = REFERENCE_TEXT.split('\n').filter((line) => line.trim() !== '' && line !== '> >' && line !== 'TERBARU')
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

const BACA_JUGA_PREFIX = 'Baca Juga: '

/** The body: from the dateline's paragraph to the credits line, blank-line separated. */
function referenceBody(): BodyNode[] {
  const chunks = REFERENCE_TEXT.split(/\r?\n\s*\r?\n/).map((c) => c.trim())
  const first = chunks.findIndex((c) => splitDateline(c) !== null)
  const last = chunks.findIndex((c) => c.startsWith('Penulis :'))
  if (first < 0 || last < first) throw new Error('the reference fixture no longer has a dateline and credits')
  const idByTitle = new Map(Object.entries(BACA_JUGA_TARGETS).map(([id, title]) => [title, id]))
  return chunks.slice(first, last).map((chunk, i) => {
    if (chunk.startsWith(BACA_JUGA_PREFIX)) {
      const title = chunk.slice(BACA_JUGA_PREFIX.length)
      return { type: 'bacaJuga', attrs: { articleId: idByTitle.get(title) ?? null, title } }
    }
    // The dateline is a field of its own, so the lead starts after it.
    const text = i === 0 ? splitDateline(chunk)!.rest : chunk
    return { type: 'paragraph', content: [{ type: 'text', text }] }
  })
}

export function referenceArticle(): ArticleDraft {
  const parts = referenceParts()
  return {
    headline: parts.headline,
    section: 'dunia',
    // "Kompas dunia | 17 Juni 2024, 20:49 WIB" on the page.
    published: { at: '2024-06-17T20:49:00+07:00', zone: 'WIB' },
    dateline: { city: parts.datelineCity, outlet: parts.datelineOutlet },
    penulis: parts.penulis,
    editor: parts.editor,
    sumber: parts.sumber,
    featuredImage: { asset: null, caption: parts.caption, credit: parts.credit },
    body: { type: 'doc', content: referenceBody() },
    tags: []
  }
}

/** A store that holds the given articles (id to current headline; null for spiked ones). */
export function contextWith(
  articles: Record<string, string | null> = BACA_JUGA_TARGETS,
  settings: Partial<Pick<CheckContext, 'headlineLimit' | 'outlets'>> = {}
): CheckContext {
  return {
    articleExists: (id) => Object.hasOwn(articles, id),
    currentTitle: (id) => articles[id] ?? null,
    headlineLimit: 100,
    outlets: ['KOMPAS.TV', 'KOMPAS.com'],
    ...settings
  }
}
