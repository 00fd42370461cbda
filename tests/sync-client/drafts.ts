import type { ArticleDraft } from '../../src/shared/article'

export function draft(headline: string, text = 'Isi berita.'): ArticleDraft {
  return {
    headline,
    section: 'nasional',
    published: null,
    dateline: { city: 'JAKARTA', outlet: 'KOMPAS.TV' },
    penulis: ['Penulis Uji'],
    editor: [],
    sumber: [],
    featuredImage: null,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    tags: []
  }
}
