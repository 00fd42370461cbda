import type { Widen } from './widen'

// Indonesian has a single plural form, so i18next only ever asks for `_other` in Indonesian; the
// `_one` keys exist so both languages share one set of keys (English needs both).
const id = {
  heading: 'Artikel',
  count_one: '{{count}} artikel',
  count_other: '{{count}} artikel',
  results_one: '{{count}} hasil untuk “{{text}}”',
  results_other: '{{count}} hasil untuk “{{text}}”',
  showing: 'Menampilkan {{shown}} dari {{total}}',
  newArticle: 'Artikel baru',
  creating: 'Membuat…',
  createFailed: 'Gagal membuat artikel: {{message}}',
  controls: 'Cari dan saring artikel',
  search: {
    label: 'Cari',
    placeholder: 'Judul atau isi artikel',
    clear: 'Hapus pencarian'
  },
  filter: {
    status: 'Status',
    section: 'Rubrik',
    allStatuses: 'Semua (kecuali dibuang)',
    allSections: 'Semua rubrik',
    clear: 'Hapus saringan'
  },
  sort: {
    label: 'Urutan',
    newest: 'Terbaru diperbarui',
    oldest: 'Terlama diperbarui',
    relevance: 'Paling relevan'
  },
  rows: 'Daftar artikel',
  untitled: 'Tanpa judul',
  byline: 'Penulis: {{names}}',
  noByline: 'Penulis belum diisi',
  updated: {
    label: 'Diperbarui {{when}}',
    justNow: 'baru saja',
    minutes_one: '{{count}} menit lalu',
    minutes_other: '{{count}} menit lalu',
    hours_one: '{{count}} jam lalu',
    hours_other: '{{count}} jam lalu',
    yesterday: 'kemarin, {{time}}'
  },
  empty: {
    title: 'Belum ada artikel',
    body: 'Tulis yang pertama: pilih “Artikel baru” atau tekan <keys/>. Artikel tersimpan di komputer ini, tanpa internet.'
  },
  emptyFiltered: {
    title: 'Tidak ada artikel dengan saringan ini',
    body: 'Ganti status atau rubrik, atau hapus saringan untuk melihat semua artikel.'
  },
  emptySearch: {
    title: 'Tidak ada hasil untuk “{{text}}”',
    body: 'Periksa ejaan, coba kata lain, atau hapus saringan. Pencarian membaca judul dan isi artikel.'
  },
  loading: 'Memuat…',
  loadFailed: 'Gagal memuat artikel: {{message}}',
  retry: 'Coba lagi',
  loadMore: 'Muat lebih banyak',
  searchLimit: 'Menampilkan {{count}} hasil teratas. Persempit pencarian untuk menemukan yang lain.',
  section: {
    dunia: 'Dunia',
    nasional: 'Nasional',
    regional: 'Regional',
    ekonomi: 'Ekonomi',
    olahraga: 'Olahraga',
    megapolitan: 'Megapolitan',
    hukum: 'Hukum',
    politik: 'Politik',
    teknologi: 'Teknologi',
    lifestyle: 'Gaya hidup',
    kesehatan: 'Kesehatan',
    pendidikan: 'Pendidikan',
    humaniora: 'Humaniora',
    internasional: 'Internasional',
    opini: 'Opini'
  },
  // Search beyond this machine's part of the archive (decision 0038).
  onServer: 'Di server',
  onServerHint: 'Belum tersimpan di komputer ini; dibuka dengan mengambilnya dari server.',
  serverSkipped: 'Server redaksi tidak terjangkau: hanya hasil di komputer ini.',
  fetching: 'Mengambil dari server…',
  fetchFailed: 'Gagal mengambil artikel dari server: {{message}}'
} as const

const en: Widen<typeof id> = {
  heading: 'Articles',
  count_one: '{{count}} article',
  count_other: '{{count}} articles',
  results_one: '{{count}} result for “{{text}}”',
  results_other: '{{count}} results for “{{text}}”',
  showing: 'Showing {{shown}} of {{total}}',
  newArticle: 'New article',
  creating: 'Creating…',
  createFailed: 'Could not create the article: {{message}}',
  controls: 'Search and filter articles',
  search: {
    label: 'Search',
    placeholder: 'Headline or body text',
    clear: 'Clear search'
  },
  filter: {
    status: 'Status',
    section: 'Section',
    allStatuses: 'All (except spiked)',
    allSections: 'All sections',
    clear: 'Clear filters'
  },
  sort: {
    label: 'Order',
    newest: 'Recently updated first',
    oldest: 'Least recently updated first',
    relevance: 'Most relevant'
  },
  rows: 'Article list',
  untitled: 'Untitled',
  byline: 'Writers: {{names}}',
  noByline: 'No writer yet',
  updated: {
    label: 'Updated {{when}}',
    justNow: 'just now',
    minutes_one: '{{count}} minute ago',
    minutes_other: '{{count}} minutes ago',
    hours_one: '{{count}} hour ago',
    hours_other: '{{count}} hours ago',
    yesterday: 'yesterday, {{time}}'
  },
  empty: {
    title: 'No articles yet',
    body: 'Write the first one: choose “New article” or press <keys/>. Articles are kept on this computer, no internet needed.'
  },
  emptyFiltered: {
    title: 'No article matches these filters',
    body: 'Change the status or section, or clear the filters to see every article.'
  },
  emptySearch: {
    title: 'Nothing found for “{{text}}”',
    body: 'Check the spelling, try other words, or clear the filters. Search reads headlines and body text.'
  },
  loading: 'Loading…',
  loadFailed: 'Could not load articles: {{message}}',
  retry: 'Try again',
  loadMore: 'Load more',
  searchLimit: 'Showing the top {{count}} results. Narrow the search to find others.',
  section: {
    dunia: 'World',
    nasional: 'National',
    regional: 'Regional',
    ekonomi: 'Economy',
    olahraga: 'Sport',
    megapolitan: 'Greater Jakarta',
    hukum: 'Law',
    politik: 'Politics',
    teknologi: 'Technology',
    lifestyle: 'Lifestyle',
    kesehatan: 'Health',
    pendidikan: 'Education',
    humaniora: 'Humanities',
    internasional: 'International',
    opini: 'Opinion'
  },
  onServer: 'On the server',
  onServerHint: 'Not stored on this computer yet; opening it fetches it from the server.',
  serverSkipped: 'The newsroom server is out of reach: results from this computer only.',
  fetching: 'Fetching from the server…',
  fetchFailed: 'Could not fetch the article from the server: {{message}}'
}

export const list = { id, en }
