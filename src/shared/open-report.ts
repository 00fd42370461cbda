// What opening the store set aside or repaired, as data for whoever tells the user: the app shows
// it as a notice, the command line prints it on stderr (words in i18n/open-report.ts).

/** Why a lock was taken over: its holder was provably gone (main/store/store-lock.ts). */
export type LockTakeoverReason = 'unreadable' | 'restarted' | 'ended' | 'reused' | 'abandoned'

export interface LockTakeover {
  reason: LockTakeoverReason
  pid: number | null
  host: string | null
  /** When the previous holder last touched the lock (ISO time). */
  touchedAt: string
}

export interface StoreOpenReport {
  /** Article files that could not be read, moved aside (the file's new place) rather than opened. */
  setAside: Array<{ file: string; articleId: string | null }>
  /** Article files left where they are and not opened: a newer Redaksi's, or one this user may not read. */
  skipped: Array<{ file: string; articleId: string; why: 'newer' | 'unreadable' }>
  lockTakenOver: LockTakeover | null
  /** The store's schema before this open migrated it, and where the copy from before lies. */
  migratedFrom: number | null
  backupDir: string | null
}

/** Whether there is anything to tell: an open that found everything in order says nothing. */
export function hasNews(report: StoreOpenReport): boolean {
  return report.setAside.length > 0 || report.skipped.length > 0 || report.lockTakenOver !== null || report.migratedFrom !== null
}
