// The reference article (tests/fixtures/kompas-tv-putin-korea-utara.txt) as the editor would hold
// it: the fields typed in by hand, the body's paragraphs read from the scrape so they stay exact.
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
  return {
    headline: 'Putin Bakal Tiba di Korea Utara Selasa Besok, Kunjungi Negara Kim Jong-Un 2 Hari',
    section: 'dunia',
    published: { at: '2024-06-17T20:49:00+07:00', zone: 'WIB' },
    dateline: { city: 'PYONGYANG', outlet: 'KOMPAS.TV' },
    penulis: ['Haryo Jati'],
    editor: ['Deni-Muliya'],
    sumber: ['The Independent'],
    featuredImage: {
      asset: null,
      caption: 'Pemimpin Korea Utara, Kim Jong-un bertemu presiden Vladimir Putin di Rusia, Rabu, (13/6/2023).',
      credit: 'Mikhail Metzel, Sputnik, Kremlin Pool Photo via AP'
    },
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
