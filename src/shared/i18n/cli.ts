// The command line's words, Indonesian and English: usage, each command's help, and the lines it
// prints. Failures are worded from i18n/failures.ts like everywhere else.
import type { Widen } from './widen'

const COMMON_ID = `  --store DIR      penyimpanan artikel (bawaan: penyimpanan aplikasi desktop)
  --data-dir DIR   folder data aplikasi (pengaturan dan penyimpanan)
  --lang id|en     bahasa keluaran (bawaan: REDAKSI_LANG, lalu LC_ALL/LC_MESSAGES/LANG)
  -h, --help       bantuan ini`

const COMMON_EN = `  --store DIR      the article store (default: the desktop app's own store)
  --data-dir DIR   the app's data folder (settings and store)
  --lang id|en     the output language (default: REDAKSI_LANG, then LC_ALL/LC_MESSAGES/LANG)
  -h, --help       this help`

const id = {
  usage: `redaksi — baris perintah Redaksi (editor berita luring)

Pemakaian: redaksi <perintah> [opsi]

Perintah:
{{commands}}

Setiap perintah menerima --store DIR (bawaan: penyimpanan aplikasi desktop), --lang id|en dan --help.
Jalankan "redaksi <perintah> --help" untuk opsi sebuah perintah.
`,
  seeHelp: 'Jalankan "redaksi {{command}} --help" untuk opsinya.',
  summary: {
    import: 'impor berkas teks Kompas atau bundel .redaksi',
    export: 'ekspor artikel sebagai HTML, teks Kompas, ninjs atau bundel .redaksi',
    check: 'periksa artikel terhadap gaya selingkung',
    list: 'daftar artikel tersimpan'
  },
  help: {
    import: `redaksi import [--json] [--on-duplicate ask|replace|keep-both] BERKAS…

Mengimpor artikel berformat teks Kompas (.txt) atau bundel Redaksi (.redaksi) sebagai draf dan
mencetak id barunya, satu per baris. Berkas yang bukan artikel dilaporkan di stderr dan tidak
ada bagiannya yang disimpan. Artikel yang sudah tersimpan (judul yang sama, atau artikel yang
sama dari bundel) tidak diimpor dua kali kecuali --on-duplicate menentukan caranya.

  --json                     larik JSON {id, headline} sebagai ganti daftar id
  --on-duplicate ask         laporkan duplikat dan jangan impor (bawaan)
  --on-duplicate replace     ganti artikel tersimpan dengan yang diimpor
  --on-duplicate keep-both   impor sebagai artikel kedua
${COMMON_ID}`,
    export: `redaksi export --format html|text|ninjs|bundle --out DIR [--status STATUS] [ID…]

Menulis satu berkas per artikel ke DIR, dinamai menurut slug judulnya, dan mencetak path yang
ditulis. Sebutkan id artikel, atau --status untuk mengekspor semua artikel berstatus itu. Berkas
ditulis dulu ke folder tersembunyi di DIR dan baru dipindahkan setelah semuanya selesai, jadi
ekspor yang gagal membiarkan DIR seperti semula. Ekspor HTML beberapa artikel menambahkan
index.html, dan blok Baca Juga menaut ke berkas artikel lain dalam ekspor yang sama.

  --format FORMAT   html, text (tata letak teks Kompas), ninjs (JSON IPTC ninjs 2.2) atau bundle
  --out DIR         folder tujuan (dibuat bila belum ada)
  --status STATUS   ekspor semua artikel berstatus ini, mis. approved
  --image MODE      khusus html: embed (bawaan, data URI) atau copy (berkas gambar di samping halaman)
  --revisions       khusus bundle: sertakan revisi artikel yang tersimpan
${COMMON_ID}`,
    check: `redaksi check [--json] ID…

Menjalankan pemeriksa gaya selingkung atas artikel dan mencetak temuannya, yang memblokir ditandai.
Keluar dengan 1 bila ada temuan yang memblokir (artikel belum bisa diajukan), selain itu 0.

  --json   larik JSON {id, headline, findings}
${COMMON_ID}`,
    list: `redaksi list [--json] [--status STATUS]

Mendaftar artikel tersimpan, yang terakhir diubah lebih dulu: id, status, rubrik dan judul,
dipisah tab. Tanpa --status semua artikel kecuali yang dibuang (spiked).

  --json           larik JSON ringkasan artikel
  --status STATUS  hanya artikel berstatus ini ({{statuses}})
${COMMON_ID}`
  },
  noFindings: 'tidak ada temuan',
  blocking: 'BLOKIR',
  warning: 'peringatan',
  duplicate: '{{file}}: “{{headline}}” sudah tersimpan ({{ids}}); tidak diimpor. Pakai --on-duplicate replace atau keep-both.',
  unresolved: '{{file}}: {{count}} Baca Juga belum tertaut ke artikel tersimpan',
  nothingToExport: 'tidak ada yang diekspor',
  nothingWithStatus: 'tidak ada artikel berstatus {{status}} untuk diekspor',
  internal: 'kesalahan internal: {{detail}}'
} as const

const en: Widen<typeof id> = {
  usage: `redaksi — Redaksi's command line (editor berita luring)

Usage: redaksi <command> [options]

Commands:
{{commands}}

Every command takes --store DIR (default: the desktop app's store), --lang id|en and --help.
Run "redaksi <command> --help" for a command's options.
`,
  seeHelp: 'Run "redaksi {{command}} --help" for its options.',
  summary: {
    import: 'import Kompas text files or .redaksi bundles',
    export: 'export articles as HTML, Kompas text, ninjs or .redaksi bundles',
    check: 'check articles against the house style',
    list: 'list stored articles'
  },
  help: {
    import: `redaksi import [--json] [--on-duplicate ask|replace|keep-both] FILE…

Imports articles in the Kompas plain-text layout (.txt) or Redaksi bundles (.redaksi) as drafts
and prints the new ids, one per line. A file that is not an article is reported on stderr and
nothing of it is stored. An article that is already stored (same headline, or the same article
from a bundle) is not imported twice unless --on-duplicate says what to do.

  --json                     a JSON array of {id, headline} instead of ids
  --on-duplicate ask         report stored duplicates and import nothing of them (default)
  --on-duplicate replace     replace the stored article with the imported one
  --on-duplicate keep-both   import as a second article
${COMMON_EN}`,
    export: `redaksi export --format html|text|ninjs|bundle --out DIR [--status STATUS] [ID…]

Writes one file per article into DIR, named by the headline's slug, and prints the written
paths. Give article ids, or --status to export every article with that status. Files are
written to a hidden folder in DIR first and moved into place only when all are done, so a
failed export leaves DIR as it was. An HTML export of several articles adds index.html, and
Baca Juga blocks link the exported files of articles in the same export.

  --format FORMAT   html, text (the Kompas plain-text layout), ninjs (IPTC ninjs 2.2 JSON) or bundle
  --out DIR         the folder to write into (created if missing)
  --status STATUS   export every article with this status, e.g. approved
  --image MODE      html only: embed (default, a data URI) or copy (an image file beside the page)
  --revisions       bundle only: include the article's kept revisions
${COMMON_EN}`,
    check: `redaksi check [--json] ID…

Runs the house-style checker over the articles and prints its findings, blocking ones marked.
Exits with 1 when any finding is blocking (the article could not be submitted), 0 otherwise.

  --json   a JSON array of {id, headline, findings}
${COMMON_EN}`,
    list: `redaksi list [--json] [--status STATUS]

Lists the stored articles, most recently changed first: id, status, section and headline,
tab-separated. Without --status every article but the spiked ones.

  --json           a JSON array of article summaries
  --status STATUS  only articles with this status ({{statuses}})
${COMMON_EN}`
  },
  noFindings: 'no findings',
  blocking: 'BLOCKING',
  warning: 'warning',
  duplicate: '{{file}}: “{{headline}}” is already stored ({{ids}}); not imported. Use --on-duplicate replace or keep-both.',
  unresolved: '{{file}}: {{count}} Baca Juga not yet linked to a stored article',
  nothingToExport: 'nothing to export',
  nothingWithStatus: 'no articles with status {{status}} to export',
  internal: 'internal error: {{detail}}'
}

export const cli = { id, en }
