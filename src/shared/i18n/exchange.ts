import type { Widen } from './widen'

// Text for the export and import dialogs (the dialogs themselves live in the renderer).
const id = {
  export: 'Ekspor…',
  exportApproved: 'Ekspor yang disetujui…',
  import: 'Impor…',
  format: 'Format',
  formats: {
    html: 'Halaman HTML',
    text: 'Teks Kompas',
    ninjs: 'ninjs 2.2 (JSON)',
    bundle: 'Bundel Redaksi (.redaksi)'
  },
  image: 'Gambar',
  imageEmbed: 'Sematkan di dalam berkas',
  imageCopy: 'Salin di samping berkas',
  withRevisions: 'Sertakan riwayat revisi',
  chooseFolder: 'Pilih folder…',
  folder: 'Folder tujuan',
  noFolderChosen: 'Belum ada folder yang dipilih',
  insideFilesFolder: 'Di dalam folder berkas {{dir}}; kosongkan untuk folder itu sendiri.',
  start: 'Ekspor',
  close: 'Tutup',
  chooseFiles: 'Berkas teks Kompas (.txt), halaman web tersimpan (.html, dengan fotonya) atau bundel (.redaksi)',
  openYourself: 'Tidak dapat membuka peramban dari sini. Berkasnya ada di {{path}}.',
  progress: '{{done}} dari {{total}} artikel',
  cancel: 'Batal',
  cancelled: 'Ekspor dibatalkan; tidak ada berkas yang ditulis.',
  exported_one: '{{count}} berkas diekspor ke {{dir}}.',
  exported_other: '{{count}} berkas diekspor ke {{dir}}.',
  exportFailed: 'Ekspor gagal: {{message}}',
  openInBrowser: 'Buka di peramban',
  nothingApproved: 'Belum ada artikel yang disetujui.',
  imported: '“{{headline}}” diimpor.',
  importFailed: 'Tidak diimpor: {{message}}',
  duplicateTitle: 'Artikel ini sudah ada',
  duplicateText: '“{{headline}}” sudah tersimpan. Ganti artikel yang ada, atau simpan keduanya?',
  replace: 'Ganti',
  keepBoth: 'Simpan keduanya',
  unresolvedBacaJuga: '{{count}} Baca Juga belum tertaut; pilih artikelnya di editor.'
} as const

const en: Widen<typeof id> = {
  export: 'Export…',
  exportApproved: 'Export approved…',
  import: 'Import…',
  format: 'Format',
  formats: {
    html: 'HTML page',
    text: 'Kompas text',
    ninjs: 'ninjs 2.2 (JSON)',
    bundle: 'Redaksi bundle (.redaksi)'
  },
  image: 'Image',
  imageEmbed: 'Embed in the file',
  imageCopy: 'Copy beside the file',
  withRevisions: 'Include revision history',
  chooseFolder: 'Choose folder…',
  folder: 'Destination folder',
  noFolderChosen: 'No folder chosen yet',
  insideFilesFolder: 'Inside the files folder {{dir}}; leave empty for that folder itself.',
  start: 'Export',
  close: 'Close',
  chooseFiles: 'Kompas text files (.txt), saved web pages (.html, with their photos) or bundles (.redaksi)',
  openYourself: 'The browser cannot be opened from here. The file is at {{path}}.',
  progress: '{{done}} of {{total}} articles',
  cancel: 'Cancel',
  cancelled: 'Export cancelled; no files were written.',
  exported_one: '{{count}} file exported to {{dir}}.',
  exported_other: '{{count}} files exported to {{dir}}.',
  exportFailed: 'Export failed: {{message}}',
  openInBrowser: 'Open in browser',
  nothingApproved: 'No approved articles yet.',
  imported: '“{{headline}}” imported.',
  importFailed: 'Not imported: {{message}}',
  duplicateTitle: 'This article already exists',
  duplicateText: '“{{headline}}” is already stored. Replace the stored article, or keep both?',
  replace: 'Replace',
  keepBoth: 'Keep both',
  unresolvedBacaJuga: '{{count}} Baca Juga not linked yet; pick their articles in the editor.'
}

export const exchange = { id, en }
