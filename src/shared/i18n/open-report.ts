// The words of the store's open report, one line per thing done, in each language.
import type { LockTakeoverReason, StoreOpenReport } from '../open-report'
import type { Language } from './failures'

interface Words {
  setAside: string
  setAsideUnknown: string
  skipped: Record<'newer' | 'unreadable', string>
  lock: Record<LockTakeoverReason, string>
  migrated: string
}

const WORDS: Record<Language, Words> = {
  id: {
    setAside: 'Berkas artikel {{id}} tidak dapat dibaca dan disisihkan ke {{file}}; artikel lain terbuka seperti biasa.',
    setAsideUnknown: 'Sebuah berkas yang tidak dapat dibaca disisihkan ke {{file}}; artikel lain terbuka seperti biasa.',
    skipped: {
      newer: 'Artikel {{id}} ditulis oleh Redaksi versi lebih baru dan tidak dibuka di sini; berkasnya dibiarkan utuh di {{file}}.',
      unreadable: 'Berkas artikel {{id}} ({{file}}) tidak boleh dibaca oleh pengguna ini dan dilewati; periksa hak aksesnya.'
    },
    lock: {
      unreadable: 'Kunci penyimpanan yang rusak (store.lock) diganti.',
      restarted: 'Kunci penyimpanan dari proses {{pid}} sebelum komputer dinyalakan ulang diambil alih.',
      ended: 'Kunci penyimpanan dari proses {{pid}} yang sudah berhenti diambil alih.',
      reused: 'Kunci penyimpanan diambil alih: nomor proses {{pid}} kini milik program lain.',
      abandoned: 'Kunci penyimpanan dari komputer {{host}} yang tidak diperbarui sejak {{since}} diambil alih.'
    },
    migrated: 'Penyimpanan diperbarui dari skema {{from}}; salinan sebelumnya ada di {{backup}}.'
  },
  en: {
    setAside: 'The file of article {{id}} could not be read and was moved aside to {{file}}; the other articles open as usual.',
    setAsideUnknown: 'A file that could not be read was moved aside to {{file}}; the other articles open as usual.',
    skipped: {
      newer: 'Article {{id}} was written by a newer Redaksi and is not opened here; its file is left untouched at {{file}}.',
      unreadable: 'The file of article {{id}} ({{file}}) may not be read by this user and was skipped; check its permissions.'
    },
    lock: {
      unreadable: 'A damaged store lock (store.lock) was replaced.',
      restarted: 'The store lock of process {{pid}}, from before the computer restarted, was taken over.',
      ended: 'The store lock of process {{pid}}, which has ended, was taken over.',
      reused: 'The store lock was taken over: process number {{pid}} now belongs to another program.',
      abandoned: 'The store lock of the computer {{host}}, not refreshed since {{since}}, was taken over.'
    },
    migrated: 'The store was upgraded from schema {{from}}; the copy from before is in {{backup}}.'
  }
}

const fill = (text: string, values: Record<string, string | number | null>): string => text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => String(values[key] ?? whole))

/** One line per thing the open did; none when everything was in order. */
export function openReportLines(report: StoreOpenReport, language: Language): string[] {
  const words = WORDS[language]
  const lines = report.setAside.map((s) => (s.articleId ? fill(words.setAside, { id: s.articleId, file: s.file }) : fill(words.setAsideUnknown, { file: s.file })))
  for (const s of report.skipped) lines.push(fill(words.skipped[s.why], { id: s.articleId, file: s.file }))
  const lock = report.lockTakenOver
  if (lock) lines.push(fill(words.lock[lock.reason], { pid: lock.pid, host: lock.host, since: lock.touchedAt.replace('T', ' ').slice(0, 16) + ' UTC' }))
  if (report.migratedFrom !== null) lines.push(fill(words.migrated, { from: report.migratedFrom, backup: report.backupDir ?? '' }))
  return lines
}
