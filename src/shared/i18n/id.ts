/** Indonesian, the app's first language. Keys are shared with en.ts, which is checked against this. */
export const id = {
  menu: {
    file: 'Berkas',
    newArticle: 'Artikel baru',
    export: 'Ekspor…',
    quit: 'Keluar',
    edit: 'Edit',
    undo: 'Urungkan',
    redo: 'Ulangi',
    cut: 'Potong',
    copy: 'Salin',
    paste: 'Tempel',
    selectAll: 'Pilih semua',
    view: 'Tampilan',
    reload: 'Muat ulang',
    toggleDevTools: 'Alat pengembang',
    resetZoom: 'Ukuran asli',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    fullscreen: 'Layar penuh',
    language: 'Bahasa',
    help: 'Bantuan',
    about: 'Tentang Redaksi'
  },
  app: {
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
  }
} as const
