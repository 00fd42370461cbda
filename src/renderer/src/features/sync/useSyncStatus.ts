import { useSyncExternalStore } from 'react'
import type { SyncStatus } from '../../../../shared/ipc'

// The header, the list's markers and an open article's banner all read one status, asked for
// every few seconds while anyone shows it (a read of memory in main) and at once when the store
// says an article changed.
const POLL_MS = 2000

let status: SyncStatus | null = null
let statusText = ''
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
    // An unchanged answer keeps the object its readers hold: the profile context sits at the top
    // of the tree, so a new object every poll re-rendered the whole screen every two seconds,
    // typing or not (decision 0110).
    if (result.ok) {
      const text = JSON.stringify(result.value)
      if (text !== statusText) {
        status = result.value
        statusText = text
        for (const reader of readers) reader()
      }
    }
    if (askAgain) {
      askAgain = false
      ask()
    } else if (readers.size > 0) timer = setTimeout(ask, POLL_MS)
  })
}

/** A reader is called whenever the status changes; the first one starts the polling, the last one to leave stops it. */
export function watchSyncStatus(reader: () => void): () => void {
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

export const syncStatusNow = (): SyncStatus | null => status

export function useSyncStatus(): { status: SyncStatus | null; refresh: () => void } {
  return { status: useSyncExternalStore(watchSyncStatus, syncStatusNow), refresh: refreshSyncStatus }
}
