import type { Widen } from './widen'

const id = {
  title: 'Redaksi',
  tagline: 'Editor berita luring',
  language: 'Bahasa',
  newArticle: 'Artikel baru',
  untitled: 'Tanpa judul',
  articles: 'Artikel',
  empty: 'Belum ada artikel. Pilih “Artikel baru” untuk mulai menulis.',
  loading: 'Memuat…',
  loadFailed: 'Gagal memuat artikel: {{message}}',
  createFailed: 'Gagal membuat artikel: {{message}}',
  created: 'Artikel “{{headline}}” dibuat.',
  storeAt: 'Penyimpanan: {{dir}}',
  status: {
    draft: 'Draf',
    submitted: 'Diajukan',
    'in-review': 'Ditinjau',
    returned: 'Dikembalikan',
    approved: 'Disetujui',
    published: 'Terbit',
    spiked: 'Dibuang'
  }
} as const

const en: Widen<typeof id> = {
  title: 'Redaksi',
  tagline: 'Offline newsroom editor',
  language: 'Language',
  newArticle: 'New article',
  untitled: 'Untitled',
  articles: 'Articles',
  empty: 'No articles yet. Choose “New article” to start writing.',
  loading: 'Loading…',
  loadFailed: 'Could not load articles: {{message}}',
  createFailed: 'Could not create the article: {{message}}',
  created: 'Article “{{headline}}” created.',
  storeAt: 'Store: {{dir}}',
  status: {
    draft: 'Draft',
    submitted: 'Submitted',
    'in-review': 'In review',
    returned: 'Returned',
    approved: 'Approved',
    published: 'Published',
    spiked: 'Spiked'
  }
}

export const app = { id, en }
