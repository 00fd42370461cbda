import { describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import { editor } from '../../src/shared/i18n/editor'
import { photo } from '../../src/shared/i18n/photo'
import { bodyCompareText, otherFieldsText } from '../../src/renderer/src/features/review/compare-text'
import { wordDiff } from '../../src/renderer/src/features/review/word-diff'

// Words as i18next would give them: `namespace:key`, {{values}} filled in.
const words = (lang: 'id' | 'en') => (key: string, values: Record<string, string> = {}) => {
  const [ns, name] = key.split(':') as ['editor' | 'photo', string]
  const found = ({ editor, photo }[ns][lang] as Record<string, unknown>)[name]
  return String(found).replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '')
}

const base = {
  section: 'dunia',
  published: { at: '2024-06-17T20:49:00+07:00', zone: 'WIB' },
  dateline: { city: 'PYONGYANG', outlet: 'KOMPAS.TV' },
  featuredImage: { asset: `${'a'.repeat(64)}.jpg`, caption: 'Putin dan Kim.', credit: 'AP', alt: 'Dua pemimpin berjabat tangan' },
  penulis: ['Haryo Jati'],
  editor: ['Deni Muliya'],
  sumber: ['The Independent'],
  tags: [],
  body: {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Putin tiba.' }] },
      { type: 'bacaJuga', attrs: { articleId: 'X1', title: 'Respons Kemenlu RI' } }
    ]
  }
} as unknown as Article

/** The changed runs only, as `kind:text`. */
const changed = (parts: ReturnType<typeof wordDiff>): string =>
  parts
    .filter((p) => p.kind !== 'same' && p.text.trim() !== '')
    .map((p) => `${p.kind}:${p.text.trim()}`)
    .join(' ')

describe('what the compare view sets side by side', () => {
  it('shows a retitled Baca Juga in the body', () => {
    const after = { ...base, body: { type: 'doc', content: [base.body.content[0], { type: 'bacaJuga', attrs: { articleId: 'X2', title: 'Tanggapan DPR' } }] } } as unknown as Article
    expect(bodyCompareText(base)).toBe('Putin tiba.\nBaca Juga: Respons Kemenlu RI')
    expect(changed(wordDiff(bodyCompareText(base), bodyCompareText(after)))).toBe('removed:Respons added:Tanggapan removed:Kemenlu RI added:DPR')
  })

  it('shows a new photo, its caption, credit and alt text, each on its own labelled line', () => {
    const after = { ...base, featuredImage: { asset: `${'b'.repeat(64)}.jpg`, caption: 'Putin dan Kim.', credit: 'Reuters', alt: 'Dua pemimpin tersenyum' } } as Article
    const id = otherFieldsText(base, words('id'))
    expect(id).toContain('Foto utama: berkas aaaaaaaa\nKeterangan foto: Putin dan Kim.\nKredit foto: AP\nTeks alternatif: Dua pemimpin berjabat tangan')
    expect(changed(wordDiff(id, otherFieldsText(after, words('id'))))).toBe('removed:aaaaaaaa added:bbbbbbbb removed:AP added:Reuters removed:berjabat tangan added:tersenyum')
  })

  it('labels every line in the reader’s language, never mixed', () => {
    const en = otherFieldsText({ ...base, featuredImage: null } as Article, words('en'))
    expect(en.split('\n').slice(1).map((line) => line.split(':')[0])).toEqual(['Dateline', 'Featured image', 'Caption', 'Photo credit', 'Alt text', 'Writer', 'Editor', 'Source', 'Tags'])
    expect(en).toContain('Featured image: none')
  })
})
