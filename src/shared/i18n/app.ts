import type { Widen } from './widen'

const id = {
  title: 'Redaksi',
  navigation: 'Navigasi utama',
  settings: 'Pengaturan',
  outlet: 'Media untuk dateline (mis. KOMPAS.TV)',
  headlineLimit: 'Batas panjang judul (karakter)',
  saveSettings: 'Simpan pengaturan',
  cancel: 'Batal',
  unsavedOnClose: 'Sebagian perubahan belum tersimpan. Tutup Redaksi tanpa menyimpannya?',
  cannotOpen: 'Redaksi tidak dapat dibuka',
  stayOpen: 'Tetap di Redaksi',
  closeAnyway: 'Tutup tanpa menyimpan',
  tagline: 'Editor berita luring',
  skipToContent: 'Langsung ke isi',
  zone: 'Zona waktu',
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
  openReportTitle: 'Saat dibuka, Redaksi memperbaiki penyimpanan:',
  dismiss: 'Mengerti',
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
  navigation: 'Main navigation',
  settings: 'Settings',
  outlet: 'Outlet in the dateline (e.g. KOMPAS.TV)',
  headlineLimit: 'Headline length limit (characters)',
  saveSettings: 'Save settings',
  cancel: 'Cancel',
  unsavedOnClose: 'Some changes are not saved. Close Redaksi without them?',
  cannotOpen: 'Redaksi cannot open',
  stayOpen: 'Stay in Redaksi',
  closeAnyway: 'Close without saving',
  tagline: 'Offline newsroom editor',
  skipToContent: 'Skip to content',
  zone: 'Time zone',
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
  openReportTitle: 'While opening, Redaksi repaired the store:',
  dismiss: 'Got it',
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
