import { useSyncExternalStore } from 'react'
import type { SyncStatus } from '../../../../shared/ipc'

// The header, the list's markers and an open article's banner all read one status, asked for
// every few seconds while anyone shows it (a read of memory in main) and at once when the store
// says an article changed.
const POLL_MS = 2000

let status: SyncStatus | null = null
let timer: ReturnType<typeof setTimeout> | null = null
let asking = false
let askAgain = false
let offNotice: (() => void) | null = null
const readers = new Set<() => void>()

function ask(): void {
  if (timer) clearTimeout(timer)
  timer = null
  if (readers.size === 0) return
  if (asking) {
    askAgain = true
    return
  }
  asking = true
  void window.redaksi.sync.status({}).then((result) => {
    asking = false
    if (result.ok) {
      status = result.value
      for (const reader of readers) reader()
    }
    if (askAgain) {
      askAgain = false
      ask()
    } else if (readers.size > 0) timer = setTimeout(ask, POLL_MS)
  })
}

function subscribe(reader: () => void): () => void {
  readers.add(reader)
  if (readers.size === 1) {
    offNotice = window.redaksi.on('articles.changed', ask)
    ask()
  }
  return () => {
    readers.delete(reader)
    if (readers.size > 0) return
    offNotice?.()
    offNotice = null
    if (timer) clearTimeout(timer)
    timer = null
  }
}

/** Ask main again now (after a decision, or when the store changed). */
export function refreshSyncStatus(): void {
  ask()
}

export function useSyncStatus(): { status: SyncStatus | null; refresh: () => void } {
  return { status: useSyncExternalStore(subscribe, () => status), refresh: refreshSyncStatus }
}
