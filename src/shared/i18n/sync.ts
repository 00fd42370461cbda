import type { Widen } from './widen'

// The newsroom server as the app shows it: the sync state (always visible), signing in, and what
// to do with changes the server did not take.
const id = {
  local: 'Lokal (tanpa server)',
  synced: 'Tersinkron',
  pending: '{{count}} perubahan menunggu',
  offline: 'Luring sejak {{since}}',
  refused: 'Ditolak server: {{reason}}',
  conflict: '{{count}} artikel berkonflik dengan server',
  signedOut: 'Sesi server berakhir: {{reason}}',
  statusLabel: 'Status sinkronisasi',
  section: 'Server redaksi',
  intro: 'Hubungkan Redaksi ke server redaksi agar naskah tersinkron ke seluruh meja. Tanpa server, Redaksi tetap bekerja di komputer ini saja.',
  server: 'Alamat server',
  login: 'Nama pengguna',
  password: 'Kata sandi',
  connect: 'Masuk ke server',
  connecting: 'Menghubungkan…',
  disconnect: 'Keluar dari server',
  connectedAs: 'Masuk sebagai {{name}} ({{role}}) di {{server}}',
  localProfilesNote: 'Selama terhubung, Anda bertindak sebagai akun ini; profil lokal hanya untuk satu komputer.',
  syncNow: 'Sinkronkan sekarang',
  problems: 'Perubahan yang belum diterima server',
  retry: 'Kirim ulang',
  discard: 'Buang perubahan saya',
  conflicts: 'Konflik',
  conflictIntro: 'Artikel ini diubah di dua tempat. Kedua versi disimpan; pilih yang dipakai.',
  serverVersion: 'Versi server',
  localVersion: 'Versi saya',
  takeServer: 'Pakai versi server',
  takeLocal: 'Pakai versi saya',
  keepBoth: 'Simpan keduanya',
  close: 'Tutup',
  // Changes held for another account (decision 0035).
  held: '{{count}} perubahan milik {{login}} menunggu akun itu masuk lagi',
  signedOutWaiting: 'Keluar dari server; {{count}} perubahan masih menunggu dan dikirim saat akun pembuatnya masuk lagi'
} as const

const en: Widen<typeof id> = {
  local: 'Local (no server)',
  synced: 'Synced',
  pending: '{{count}} changes waiting',
  offline: 'Offline since {{since}}',
  refused: 'Refused by the server: {{reason}}',
  conflict: '{{count}} articles conflict with the server',
  signedOut: 'Server session ended: {{reason}}',
  statusLabel: 'Sync status',
  section: 'Newsroom server',
  intro: 'Connect Redaksi to a newsroom server so pieces sync across the desk. Without a server, Redaksi keeps working on this computer alone.',
  server: 'Server address',
  login: 'Login',
  password: 'Password',
  connect: 'Sign in to the server',
  connecting: 'Connecting…',
  disconnect: 'Sign out of the server',
  connectedAs: 'Signed in as {{name}} ({{role}}) at {{server}}',
  localProfilesNote: 'While connected you act as this account; local profiles are for a single computer only.',
  syncNow: 'Sync now',
  problems: 'Changes the server has not accepted',
  retry: 'Send again',
  discard: 'Discard my change',
  conflicts: 'Conflicts',
  conflictIntro: 'This article was changed in two places. Both versions are kept; choose which to use.',
  serverVersion: 'Server version',
  localVersion: 'My version',
  takeServer: 'Use the server version',
  takeLocal: 'Use my version',
  keepBoth: 'Keep both',
  close: 'Close',
  // Changes held for another account (decision 0035).
  held: '{{count}} changes by {{login}} wait for that account to sign in again',
  signedOutWaiting: 'Signed out of the server; {{count}} changes still wait and go when the account that made them signs in again'
}

export const sync = { id, en }
