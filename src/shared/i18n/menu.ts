import type { Widen } from './widen'

const id = {
  file: 'Berkas',
  newArticle: 'Artikel baru',
  export: 'Ekspor…',
  exportApproved: 'Ekspor yang disetujui…',
  import: 'Impor…',
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
} as const

const en: Widen<typeof id> = {
  file: 'File',
  newArticle: 'New article',
  export: 'Export…',
  exportApproved: 'Export approved…',
  import: 'Import…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  reload: 'Reload',
  toggleDevTools: 'Developer tools',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fullscreen: 'Full screen',
  language: 'Language',
  help: 'Help',
  about: 'About Redaksi'
}

export const menu = { id, en }
