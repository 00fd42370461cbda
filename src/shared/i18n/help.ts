import type { Widen } from './widen'

const id = {
  title: 'Pintasan papan ketik',
  open: 'Pintasan',
  openHint: 'Buka daftar pintasan papan ketik ({{keys}})',
  close: 'Tutup',
  intro: 'Semua tindakan bisa dilakukan dari papan ketik.',
  or: 'atau',
  group: {
    umum: 'Umum',
    editor: 'Editor',
    format: 'Format teks'
  },
  shortcut: {
    help: 'Buka daftar pintasan ini',
    newArticle: 'Artikel baru',
    search: 'Cari artikel (di daftar artikel) atau kata (di isi berita)',
    findReplace: 'Cari dan ganti kata di isi berita',
    bold: 'Tebal',
    italic: 'Miring',
    underline: 'Garis bawah',
    strike: 'Coret',
    link: 'Sisipkan atau ubah tautan',
    heading2: 'Subjudul (H2)',
    heading3: 'Subjudul kecil (H3)',
    bulletList: 'Daftar berbutir',
    orderedList: 'Daftar bernomor',
    quote: 'Kutipan',
    bacaJuga: 'Sisipkan Baca Juga',
    pullQuote: 'Sisipkan kutipan sorot',
    undo: 'Urungkan',
    redo: 'Ulangi',
    save: 'Simpan sekarang'
  }
} as const

const en: Widen<typeof id> = {
  title: 'Keyboard shortcuts',
  open: 'Shortcuts',
  openHint: 'Show the keyboard shortcuts ({{keys}})',
  close: 'Close',
  intro: 'Everything can be done from the keyboard.',
  or: 'or',
  group: {
    umum: 'General',
    editor: 'Editor',
    format: 'Text formatting'
  },
  shortcut: {
    help: 'Show these shortcuts',
    newArticle: 'New article',
    search: 'Search articles (on the article list) or words (in the body)',
    findReplace: 'Find and replace words in the body',
    bold: 'Bold',
    italic: 'Italic',
    underline: 'Underline',
    strike: 'Strikethrough',
    link: 'Insert or edit a link',
    heading2: 'Subheading (H2)',
    heading3: 'Minor subheading (H3)',
    bulletList: 'Bulleted list',
    orderedList: 'Numbered list',
    quote: 'Quote',
    bacaJuga: 'Insert Baca Juga (read also)',
    pullQuote: 'Insert pull quote',
    undo: 'Undo',
    redo: 'Redo',
    save: 'Save now'
  }
}

export const help = { id, en }
