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

/** The five review moves share one help: what the move does, then the same options. */
const workflowHelpId = (action: string, what: string): string => `redaksi ${action} [--note TEKS] [--override-warnings] ID

${what}. Pada penyimpanan yang masuk ke server redaksi Anda bertindak sebagai akun itu dan langkah ini
langsung dikirim ke server (menunggu di kotak keluar bila server tak terjangkau); pada penyimpanan
lokal Anda bertindak sebagai profil yang sedang dipakai.

  --note TEKS          catatan untuk riwayat (wajib untuk mengembalikan)
  --override-warnings  setujui meski ada peringatan gaya selingkung
${COMMON_ID}`

const workflowHelpEn = (action: string, what: string): string => `redaksi ${action} [--note TEXT] [--override-warnings] ID

${what}. On a store signed in to a newsroom server you act as that account and the move is sent to
the server right away (it waits in the outbox when the server cannot be reached); on a local store
you act as the current profile.

  --note TEXT          a note for the history (required to return)
  --override-warnings  approve over house-style warnings
${COMMON_EN}`

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
    export: 'ekspor artikel sebagai HTML, teks Kompas, ninjs, bundel .redaksi atau dokumen Word',
    check: 'periksa artikel terhadap gaya selingkung',
    list: 'daftar artikel tersimpan',
    login: 'sambungkan folder data ini ke server redaksi',
    logout: 'keluar dari server redaksi dan cabut perangkat ini',
    sync: 'kirim perubahan yang menunggu ke server redaksi dan ambil milik meja redaksi',
    submit: 'ajukan artikel untuk ditinjau',
    'start-review': 'mulai meninjau artikel yang diajukan',
    return: 'kembalikan artikel ke penulisnya (dengan --note)',
    approve: 'setujui artikel yang sedang ditinjau',
    publish: 'tandai artikel yang disetujui sebagai terbit'
  },
  help: {
    import: `redaksi import [--json] [--on-duplicate ask|replace|keep-both] BERKAS…

Mengimpor artikel berformat teks Kompas (.txt), halaman web tersimpan (.html, .htm; fotonya
dibaca dari folder halaman itu), dokumen Word (.docx) atau bundel Redaksi (.redaksi) sebagai draf dan
mencetak id barunya, satu per baris. Berkas yang bukan artikel dilaporkan di stderr dan tidak
ada bagiannya yang disimpan. Artikel yang sudah tersimpan (judul yang sama, atau artikel yang
sama dari bundel) tidak diimpor dua kali kecuali --on-duplicate menentukan caranya.

  --json                     larik JSON {id, headline} sebagai ganti daftar id
  --on-duplicate ask         laporkan duplikat dan jangan impor (bawaan)
  --on-duplicate replace     ganti artikel tersimpan dengan yang diimpor
  --on-duplicate keep-both   impor sebagai artikel kedua
${COMMON_ID}`,
    export: `redaksi export --format html|text|ninjs|bundle|docx --out DIR [--status STATUS] [ID…]

Menulis satu berkas per artikel ke DIR, dinamai menurut slug judulnya, dan mencetak path yang
ditulis. Sebutkan id artikel, atau --status untuk mengekspor semua artikel berstatus itu. Berkas
ditulis dulu ke folder tersembunyi di DIR dan baru dipindahkan setelah semuanya selesai, jadi
ekspor yang gagal membiarkan DIR seperti semula. Ekspor HTML beberapa artikel menambahkan
index.html, dan blok Baca Juga menaut ke berkas artikel lain dalam ekspor yang sama.

  --format FORMAT   html, text (tata letak teks Kompas), ninjs (JSON IPTC ninjs 2.2), bundle atau
                    docx (dokumen Word)
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
${COMMON_ID}`,
    login: `redaksi login --server URL --login LOGIN

Masuk ke server redaksi dengan kata sandi yang dibaca dari stdin, atau diketik tanpa tampil di
terminal (tidak pernah dari baris perintah, tempat pengguna lain dapat melihatnya di daftar proses) dan menyimpan token perangkat ini di folder
data, hanya bisa dibaca oleh Anda. Sejak itu penyimpanan tersinkron dan Anda bertindak sebagai akun itu.

  --server URL     alamat server, mis. https://redaksi.example.id
  --login LOGIN    login akun Anda
${COMMON_ID}`,
    logout: `redaksi logout

Mencabut token perangkat ini di server (bila server terjangkau) dan melupakannya di sini. Perubahan
yang masih menunggu tetap di kotak keluar dan terkirim saat masuk berikutnya.
${COMMON_ID}`,
    sync: `redaksi sync [--json]

Mengirim perubahan yang menunggu di kotak keluar folder data ini ke server, mengambil semua yang
berubah sejak sinkronisasi terakhir, lalu mencetak keadaan sinkronisasi. Keluar dengan 1 bila ada
yang perlu Anda tangani: server tak terjangkau, menolak perubahan (alasannya dicetak), atau ada konflik.

  --json           keadaan sinkronisasi sebagai JSON
${COMMON_ID}`,
    submit: workflowHelpId('submit', 'Mengajukan artikel untuk ditinjau'),
    'start-review': workflowHelpId('start-review', 'Mulai meninjau artikel yang diajukan'),
    return: workflowHelpId('return', 'Mengembalikan artikel ke penulisnya (dengan --note)'),
    approve: workflowHelpId('approve', 'Menyetujui artikel yang sedang ditinjau'),
    publish: workflowHelpId('publish', 'Menandai artikel yang disetujui sebagai terbit')
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
    export: 'export articles as HTML, Kompas text, ninjs, .redaksi bundles or Word documents',
    check: 'check articles against the house style',
    list: 'list stored articles',
    login: 'sign this data folder in to a newsroom server',
    logout: 'sign out of the newsroom server and revoke this device',
    sync: "push waiting changes to the newsroom server and pull the desk's",
    submit: 'submit an article for review',
    'start-review': 'start reviewing a submitted article',
    return: 'return an article to its writer (with --note)',
    approve: 'approve an article under review',
    publish: 'mark an approved article published'
  },
  help: {
    import: `redaksi import [--json] [--on-duplicate ask|replace|keep-both] FILE…

Imports articles in the Kompas plain-text layout (.txt), saved web pages (.html, .htm; the photo
is read from the page's own folder), Word documents (.docx) or Redaksi bundles (.redaksi) as drafts
and prints the new ids, one per line. A file that is not an article is reported on stderr and
nothing of it is stored. An article that is already stored (same headline, or the same article
from a bundle) is not imported twice unless --on-duplicate says what to do.

  --json                     a JSON array of {id, headline} instead of ids
  --on-duplicate ask         report stored duplicates and import nothing of them (default)
  --on-duplicate replace     replace the stored article with the imported one
  --on-duplicate keep-both   import as a second article
${COMMON_EN}`,
    export: `redaksi export --format html|text|ninjs|bundle|docx --out DIR [--status STATUS] [ID…]

Writes one file per article into DIR, named by the headline's slug, and prints the written
paths. Give article ids, or --status to export every article with that status. Files are
written to a hidden folder in DIR first and moved into place only when all are done, so a
failed export leaves DIR as it was. An HTML export of several articles adds index.html, and
Baca Juga blocks link the exported files of articles in the same export.

  --format FORMAT   html, text (the Kompas plain-text layout), ninjs (IPTC ninjs 2.2 JSON), bundle or
                    docx (a Word document)
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
${COMMON_EN}`,
    login: `redaksi login --server URL --login LOGIN

Signs in to the newsroom server with the password read from stdin, or typed unseen at the terminal
(never from the command line, where other users could see it in the process list) and keeps this device's token in the data
folder, readable by you only. From then on the store syncs and you act as that account.

  --server URL     the server's address, e.g. https://redaksi.example.id
  --login LOGIN    your account's login
${COMMON_EN}`,
    logout: `redaksi logout

Revokes this device's token on the server (when it can be reached) and forgets it here. Changes
still waiting stay in the outbox and go out at the next sign-in.
${COMMON_EN}`,
    sync: `redaksi sync [--json]

Sends the changes waiting in this data folder's outbox to the server, pulls everything changed
since the last sync, and prints the sync state. Exit 1 when something is left for you: the
server is unreachable, refused a change (the reason is printed), or a conflict waits.

  --json           the sync state as JSON
${COMMON_EN}`,
    submit: workflowHelpEn('submit', 'Submits an article for review'),
    'start-review': workflowHelpEn('start-review', 'Starts reviewing a submitted article'),
    return: workflowHelpEn('return', 'Returns an article to its writer (with --note)'),
    approve: workflowHelpEn('approve', 'Approves an article under review'),
    publish: workflowHelpEn('publish', 'Marks an approved article published')
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
