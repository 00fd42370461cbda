import { describe, expect, it } from 'vitest'
import { DEFAULT_SECTIONS } from '../../src/shared/article'
import { parsePlainText } from '../../src/shared/kompas/parse-plain-text'

const OPTIONS = { sections: DEFAULT_SECTIONS, defaultSection: 'nasional', defaultOutlet: 'KOMPAS.TV' }

function parse(text: string) {
  const parsed = parsePlainText(text, OPTIONS)
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed
}

const page = (lines: string[]): string => lines.join('\n')

describe('reading Kompas plain text as real pages vary', () => {
  it('takes "Penulis:" without spaces, several editors and sources, WITA, no caption, KOMPAS.com', () => {
    const { draft } = parse(
      page([
        'Banjir Rob Rendam Pesisir Makassar',
        '',
        'Kompas regional | 3 Maret 2025, 07:15 WITA',
        '',
        'MAKASSAR, KOMPAS.com — Banjir rob kembali merendam permukiman di pesisir Makassar.',
        '',
        'Warga mengungsi ke masjid terdekat.',
        '',
        'Baca juga: Gempa Guncang Sulawesi Barat',
        '',
        'Penulis:Rina Ayu Editor:Deni Muliya, Agus Wibowo',
        '',
        'Sumber:Antara, BMKG'
      ])
    )
    expect(draft.headline).toBe('Banjir Rob Rendam Pesisir Makassar')
    expect(draft.section).toBe('regional')
    expect(draft.published).toEqual({ at: '2025-03-03T07:15:00+08:00', zone: 'WITA' })
    expect(draft.featuredImage).toBeNull()
    expect(draft.dateline).toEqual({ city: 'MAKASSAR', outlet: 'KOMPAS.com' })
    expect(draft.body.content[0]?.content?.[0]?.text).toBe('Banjir rob kembali merendam permukiman di pesisir Makassar.')
    expect(draft.body.content[2]).toEqual({ type: 'bacaJuga', attrs: { articleId: null, title: 'Gempa Guncang Sulawesi Barat' } })
    expect(draft.penulis).toEqual(['Rina Ayu'])
    expect(draft.editor).toEqual(['Deni Muliya', 'Agus Wibowo'])
    expect(draft.sumber).toEqual(['Antara', 'BMKG'])
  })

  it('reads WIT, a weekday before the date, Windows line ends and a byte-order mark', () => {
    const { draft } = parse(
      '\uFEFFJudul Berita Papua\r\n\r\nKompas nasional | Senin, 17 Juni 2024, 09.30 WIT\r\nFoto warga. (Foto: Dok. Pemkab)\r\n\r\n' +
        'JAYAPURA, KOMPAS.TV - Isi berita.\r\n\r\nPenulis : A dan B\r\n'
    )
    expect(draft.published).toEqual({ at: '2024-06-17T09:30:00+09:00', zone: 'WIT' })
    expect(draft.featuredImage).toEqual({ asset: null, caption: 'Foto warga.', credit: 'Dok. Pemkab' })
    expect(draft.penulis).toEqual(['A', 'B'])
  })

  it('drops page noise around the article and keeps a line break inside a paragraph', () => {
    const { draft } = parse(page(['> >', '', 'TERPOPULER', 'Judul', '', 'Kompas dunia | 1 Mei 2024, 10:00 WIB', '', 'Baris satu', 'baris dua', '', 'Editor : X', '', '', 'TERBARU', '']))
    expect(draft.headline).toBe('Judul')
    expect(draft.body.content[0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Baris satu' }, { type: 'hardBreak' }, { type: 'text', text: 'baris dua' }]
    })
    expect(draft.dateline).toEqual({ city: '', outlet: 'KOMPAS.TV' })
  })

  it('falls back to the newsroom’s section for an unknown desk, and says so', () => {
    const parsed = parse(page(['Judul', '', 'Kompas sains | 1 Mei 2024, 10:00 WIB', '', 'Isi.', '', 'Penulis : X']))
    expect(parsed.draft.section).toBe('nasional')
    expect(parsed.warnings).toEqual([{ note: 'unknown-section', params: { section: 'sains', used: 'nasional' } }])
  })

  it('refuses what is not an article, saying why', () => {
    for (const [text, why] of [
      ['', 'import.empty'],
      ['   \n\n  ', 'import.empty'],
      ['Daftar belanja\n\ntelur\n\nberas', 'import.not-kompas'],
      ['Judul\n\nKompas dunia | 1 Mei 2024, 10:00 WIB\n\nPenulis : X', 'import.no-body']
    ] as const) {
      const parsed = parsePlainText(text, OPTIONS)
      expect(parsed.ok).toBe(false)
      expect(parsed).toEqual({ ok: false, reason: why })
    }
  })
})
