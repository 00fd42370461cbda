// The store's open report as the user is told it: what was set aside, the lock taken over, the
// migration. The diagnostics beside it (reasons in English, files re-read) stay in main's log.
import type { StoreOpenReport } from '../../shared/open-report'
import type { OpenReport } from './open-scan'

export function userOpenReport(report: OpenReport): StoreOpenReport {
  return {
    setAside: report.quarantined.map(({ file, articleId }) => ({ file, articleId })),
    skipped: report.skipped.map(({ file, articleId, why }) => ({ file, articleId, why })),
    lockTakenOver: report.lockTakenOver,
    migratedFrom: report.migratedFrom,
    backupDir: report.backupDir
  }
}
