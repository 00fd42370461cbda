// Where a store stands with its newsroom server, as the sync channels answer it (src/shared/ipc.ts
// re-exports these). Plain data: main fills it, the renderer words it (i18n/sync.ts).
import type { Failure } from './result'

/**
 * Where a store stands with its newsroom server (issue 9). `local` is a store with no server: the
 * app works exactly as it does alone. The words for each state live in i18n/sync.ts.
 */
export type SyncPhase = 'local' | 'synced' | 'pending' | 'offline' | 'refused' | 'conflict' | 'signed-out'

export interface SyncAccount {
  login: string
  displayName: string
  role: string
}

export interface SyncChange {
  changeId: string
  kind: string
  articleId: string | null
  state: 'pending' | 'refused' | 'conflict'
  /** The server's reason for a refused or conflicting change, worded for the asker. */
  failure?: Failure
}

export interface SyncStatus {
  phase: SyncPhase
  server: string | null
  account: SyncAccount | null
  /** Changes not yet accepted by the server, refused and conflicting ones included. */
  waiting: number
  offlineSince: string | null
  lastSyncedAt: string | null
  /** Changes the server refused or that conflict, oldest first, each with its reason. */
  problems: SyncChange[]
  /** Articles whose server and local versions both wait for a person to choose. */
  conflicts: { articleId: string; headline: string; at: string }[]
  /** Why the last round failed when it was not being offline. */
  lastFailure: Failure | null
  // Added with the outbox's author tags (decision 0035):
  /**
   * Changes made under another account (a login on a server) than the one signed in now, per
   * account: never sent under this one, kept until that account signs in again or they are
   * discarded (`sync.discard`). Signed out, every queued change is listed here by its account.
   */
  held: { server: string; login: string; count: number; changes: SyncChange[] }[]
}
