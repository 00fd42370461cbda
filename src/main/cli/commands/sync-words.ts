// The sync state in one line for the terminal, in the app's language (the same words as the app).
import type { Language, SyncStatus } from '../../../shared/ipc'
import { messages } from '../../../shared/i18n/messages'
import type { Failure, Result } from '../../../shared/result'

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''))
}

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
      return fill(words.refused, { reason: status.problems.find((p) => p.state === 'refused')?.failure?.message ?? '' })
    case 'conflict':
      return fill(words.conflict, { count: status.conflicts.length })
    case 'signed-out':
      return fill(words.signedOut, { reason: status.lastFailure?.message ?? '' })
  }
}

/** A failed call's words, or the value. */
export function unwrap<T>(result: Result<T>): { value: T } | { failure: Failure } {
  return result.ok ? { value: result.value } : { failure: result.error }
}
