import type { TFunction } from 'i18next'
import type { Zone } from '../../../../shared/article'
import type { SyncStatus } from '../../../../shared/ipc'
import type { Failure } from '../../../../shared/result'
import { formatMoment } from '../../ui/format-moment'

/** The one line the header shows: "Tersinkron", "N perubahan menunggu", "Luring sejak …", "Ditolak server: …". */
export function syncLine(status: SyncStatus, t: TFunction<'sync'>, clock: { language: string; zone: Zone }, word: (failure: Failure) => string): string {
  const reason = (failure: Failure | null | undefined): string => (failure ? word(failure) : '')
  switch (status.phase) {
    case 'local':
      return t('local')
    case 'synced':
      return t('synced')
    case 'pending':
      return t('pending', { count: status.waiting })
    case 'offline': {
      const text = status.offlineSince ? formatMoment(new Date(status.offlineSince), clock.zone, clock.language) : ''
      return t('offline', { since: text })
    }
    case 'refused':
      return t('refused', { reason: reason(status.problems.find((p) => p.state === 'refused')?.failure) })
    case 'conflict':
      return t('conflict', { count: status.conflicts.length })
    case 'signed-out':
      return t('signedOut', { reason: reason(status.lastFailure) })
  }
}

/** One line per other account whose changes wait on this machine (decision 0035). */
export function heldLines(status: SyncStatus, t: TFunction<'sync'>): string[] {
  return status.held.map((h) => t('held', { count: h.count, login: h.login }))
}
