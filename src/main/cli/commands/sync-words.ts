// The sync state in one line for the terminal, in the user's language (the same words as the app).
import type { SyncStatus } from '../../../shared/ipc'
import { messages } from '../../../shared/i18n/messages'
import { failureText, type Failure, type Language } from '../../../shared/result'
import { fill } from '../io'

const reasonOf = (failure: Failure | null | undefined, language: Language): string => (failure ? failureText(failure, language) : '')

export function statusLine(status: SyncStatus, language: Language): string {
  const words = messages[language].sync
  switch (status.phase) {
    case 'local':
      return words.local
    case 'synced':
      return words.synced
    case 'pending':
      return fill(words.pending, { count: status.waiting })
    case 'offline':
      return fill(words.offline, { since: status.offlineSince ?? '' })
    case 'refused':
      return fill(words.refused, { reason: reasonOf(status.problems.find((p) => p.state === 'refused')?.failure, language) })
    case 'conflict':
      return fill(words.conflict, { count: status.conflicts.length })
    case 'signed-out':
      return fill(words.signedOut, { reason: reasonOf(status.lastFailure, language) })
  }
}

/** One line per other account whose changes wait on this machine. */
export function heldLines(status: SyncStatus, language: Language): string[] {
  return status.held.map((h) => fill(messages[language].sync.held, { count: h.count, login: h.login }))
}

/** A failed call's words in the user's language. */
export const failureLine = (failure: Failure, language: Language): string => `${failureText(failure, language)}\n`
