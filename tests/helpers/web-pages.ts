// The saved pages of tests/fixtures/web-pages and what importing each must yield, field by field,
// shared by the command-line test and the import dialog's test in the browser.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { ArticleDraft, BodyNode } from '../../src/shared/article'

export const WEB_PAGES = resolve(import.meta.dirname, '../fixtures/web-pages')

const assetOf = (relative: string): string => `${createHash('sha256').update(readFileSync(join(WEB_PAGES, relative))).digest('hex')}.png`

/** A block as a line: "p: text", "h2: text", "baca: title", "ul: item | item", "quote: text". */
export function blockLines(content: readonly BodyNode[]): string[] {
  const text = (n: BodyNode): string => (n.type === 'text' ? (n.text ?? '') : n.type === 'hardBreak' ? '\n' : (n.content ?? []).map(text).join(n.type === 'listItem' || n.type === 'blockquote' ? ' ' : ''))
  return content.map((n) => {
    if (n.type === 'paragraph') return `p: ${text(n)}`
    if (n.type === 'heading') return `h${String(n.attrs?.level)}: ${text(n)}`
    if (n.type === 'bacaJuga') return `baca: ${String(n.attrs?.title)}`
    if (n.type === 'bulletList' || n.type === 'orderedList') return `${n.type === 'bulletList' ? 'ul' : 'ol'}: ${(n.content ?? []).map(text).join(' | ')}`
    if (n.type === 'blockquote') return `quote: ${text(n)}`
    return `${n.type}: ${JSON.stringify(n.attrs ?? {})}`
  })
}

export interface ExpectedPage {
  file: string
  fields: Omit<ArticleDraft, 'body' | 'tags'>
  blocks: string[]
  notes: string[]
}

export const KOMPAS_COM: ExpectedPage = {
  file: 'kpk-uang-rampasan.html',
  fields: {
    headline: 'KPK Klarifikasi Uang Rp 300 M yang Dipamerkan Bukan Pinjam dari Bank, tetapi…',
    section: 'nasional',
    published: { at: '2025-11-21T15:30:00+07:00', zone: 'WIB' },
    dateline: { city: 'JAKARTA', outlet: 'KOMPAS.com' },
    penulis: ['Tim Redaksi'],
    editor: [],
    sumber: [],
    featuredImage: {
      asset: assetOf('kpk-uang-rampasan_files/uang-rampasan-taspen.png'),
      caption: 'Tumpukan uang rampasan kasus investasi fiktif PT Taspen dipamerkan dalam jumpa pers di Gedung Merah Putih KPK, Jakarta, Kamis (20/11/2025).',
      credit: 'KOMPAS.com/NAMA FOTOGRAFER'
    }
  },
  blocks: [
    'p: Komisi Pemberantasan Korupsi (KPK) menjelaskan bahwa uang Rp 300 miliar yang diperlihatkan kepada wartawan pada Kamis (20/11/2025) adalah uang rampasan perkara PT Taspen, bukan pinjaman dari bank.',
    'p: Menurut KPK, uang sitaan dan rampasan tidak pernah disimpan di Gedung Merah Putih maupun di Rupbasan, melainkan dititipkan di rekening penampungan sebuah bank milik negara.',
    'p: "KPK tidak menyimpan uang sitaan di gedung ini. Uang itu kami titipkan di bank, di rekening penampungan," kata Juru Bicara KPK Budi Prasetyo, Jumat (21/11/2025).',
    'baca: KPK Pamerkan Uang Rp 300 Miliar Hasil Rampasan Kasus Taspen',
    'p: Keterangan itu disampaikan untuk meluruskan ucapan jaksa eksekusi KPK dalam jumpa pers sehari sebelumnya, yang menyebut uang tersebut dipinjam dari BNI Mega Kuningan khusus untuk keperluan acara.',
    'h2: Kerugian negara Rp 1 triliun',
    'p: Plt Deputi Penindakan dan Eksekusi KPK Asep Guntur Rahayu menyebut kerugian negara dalam kasus investasi fiktif PT Taspen (Persero) mencapai sekitar Rp 1 triliun.',
    'p: Angka itu berasal dari laporan hasil pemeriksaan investigatif Badan Pemeriksa Keuangan (BPK) tertanggal 22 April 2025.',
    'baca: BPK Hitung Kerugian Negara Kasus Taspen: Rp 1 Triliun',
    'p: KPK memastikan uang yang dipamerkan dikembalikan ke rekening penampungan pada sore harinya, dengan pengawalan polisi.'
  ],
  notes: []
}

export const KOMPAS_TV: ExpectedPage = {
  file: 'putin-korea-utara.htm',
  fields: {
    headline: 'Putin Bakal Tiba di Korea Utara Selasa Besok, Kunjungi Negara Kim Jong-Un 2 Hari',
    section: 'dunia',
    published: { at: '2024-06-17T20:49:00+07:00', zone: 'WIB' },
    dateline: { city: 'PYONGYANG', outlet: 'KOMPAS.TV' },
    penulis: ['Haryo Jati'],
    editor: ['Deni-Muliya'],
    sumber: ['The Independent'],
    featuredImage: {
      asset: assetOf('putin-korea-utara_files/putin-kim-jong-un.png'),
      caption: 'Pemimpin Korea Utara, Kim Jong-un bertemu presiden Vladimir Putin di Rusia, Rabu, (13/6/2023).',
      credit: 'Mikhail Metzel, Sputnik, Kremlin Pool Photo via AP'
    }
  },
  blocks: [
    'p: Presiden Rusia Vladimir Putin dijadwalkan sampai di Korea Utara pada Selasa (18/6/2024) waktu setempat.',
    'p: Kunjungan Putin ke negara yang dipimpin Kim Jong-un itu berlangsung selama dua hari.',
    'p: Ini adalah lawatan pertamanya ke sana dalam 24 tahun terakhir.',
    'baca: Respons Kemenlu RI Terkait Pengiriman Pasukan Perdamaian ke Gaza: Tunggu Ada Mandat PBB',
    'p: Mengutip The Independent, Senin (17/6/2024), pembicaraan kedua pemimpin akan berpusat pada kerja sama militer.',
    'p: Kantor berita KCNA menyebut kunjungan ini memenuhi undangan Kim Jong-un, sebagai balasan atas kunjungan Kim ke Rusia pada September lalu.',
    'baca: Benjamin Netanyahu Bubarkan Kabinet Perang Israel, Perang di Gaza Usai?',
    'p: Amerika Serikat dan Korea Selatan menuduh Pyongyang memasok artileri dan rudal bagi perang Rusia di Ukraina; kedua negara membantahnya.'
  ],
  notes: []
}

export const GENERIC: ExpectedPage = {
  file: 'generic-news.html',
  fields: {
    headline: 'City Opens Its First Solar Ferry Line',
    section: 'teknologi',
    published: { at: '2024-03-05T09:15:00+08:00', zone: 'WITA' },
    dateline: { city: '', outlet: 'KOMPAS.TV' },
    penulis: ['Maya Lestari', 'Tom Walker'],
    editor: [],
    sumber: [],
    featuredImage: null
  },
  blocks: [
    'p: The harbour\'s first ferry powered only by the sun made its opening run on Tuesday morning, carrying 40 commuters across the bay in just under twenty minutes.',
    'p: The vessel charges at both piers while passengers board, so it never waits for a full battery, the operator said in a statement on its news page.',
    'h3: What riders get',
    'ul: Departures every 30 minutes at peak hours | Fares equal to the diesel line',
    'quote: "It is quieter than any boat I have taken," said one commuter.',
    'p: Questions can be sent to the desk.',
    'p: The city plans two more lines by 2026 if the first year goes as planned.'
  ],
  notes: ['foto halaman hanya ada di web (https://cdn.harbourgazette.example/photos/solar-ferry.jpg) dan tidak diunduh; artikel masuk tanpa foto']
}

export const HOSTILE: ExpectedPage = {
  file: 'hostile.html',
  fields: {
    headline: 'Halaman Jahat Tetap Terbaca',
    section: 'nasional',
    published: null,
    dateline: { city: '', outlet: 'KOMPAS.TV' },
    penulis: [],
    editor: [],
    sumber: [],
    featuredImage: null
  },
  blocks: [
    'p: Paragraf pertama yang aman dibaca, dengan cukup banyak kata agar Readability menganggapnya sebagai isi artikel yang sungguhan dan bukan sekadar hiasan halaman.',
    'p: Paragraf kedua tautan jahat, tautan kedua, tautan data dan tautan vb tetap berupa teks biasa.',
    'p: Paragraf ketiga dengan dan tautan baik.',
    'p: Paragraf keempat menutup halaman jahat ini dengan kalimat biasa yang cukup panjang untuk dibaca.'
  ],
  notes: []
}

/** Words of the pages' scripts, styles, ads, menus, comments and rails: none may reach an article. */
export const NEVER_IN_BODY =
  /rahasia|alert|dataLayer|adsbygoogle|Bagikan|WhatsApp|Terpopuler|TERPOPULER|Komentar|Copyright|©|Subscribe|Sign up|Related|Older ferry|Home|Regional|Megapolitan|color|font|Kompas dunia \||Penulis|Editor|Sumber :|By Maya/

/** A page 10,000 divs deep around its article, and one of 20 MB. */
export const deepPage = (): string =>
  `<!doctype html><html><head><title>Halaman Dalam</title></head><body><h1>Halaman Dalam</h1>${'<div>'.repeat(10_000)}<p>Teks di dasar sepuluh ribu div tetap terbaca sebagai paragraf artikel yang utuh dan panjang.</p>${'</div>'.repeat(10_000)}</body></html>`
export const hugePage = (): string => `<!doctype html><html><body><h1>Besar</h1>${'<p>isi</p>'.repeat((20 * 1024 * 1024) / 10)}</body></html>`
