import type { NoteStore } from '../workflow/note-store'
import type { WriteQueue } from '../files'
import type { Author } from './change'
import type { Outbox } from './outbox'
import type { ReplicaStore } from './replica-store'
import type { ServerClient } from './server-client'
import type { SyncStateFile } from './sync-state-file'
import type { ScopeSource } from './archive-file'
import type { Account } from './session-file'

/** Everything one sync round works with, for one signed-in server. */
export interface SyncParts {
  client: ServerClient
  /** The signed-in account: only its changes are pushed in this session. */
  author: Author
  /** Its display name, as the store's history names it. */
  actorName: string
  /** Every article in the local store, spiked ones included, with its current rev. */
  localArticles(): Promise<{ id: string; rev: number }[]>
  outbox: Outbox
  state: SyncStateFile
  replica: ReplicaStore
  notes: Pick<NoteStore, 'applyRemote'>
  /** Whether the local store has an image, and how to add one fetched from the server. */
  hasAsset(ref: string): Promise<boolean>
  readAsset(ref: string): Promise<Uint8Array>
  putAsset(bytes: Uint8Array, fileName: string): Promise<{ asset: string }>
  now(): Date
  /** Held by a local change while it is stored and queued, and by sync while it applies a server version. */
  lock: WriteQueue
  /** This machine's part of the archive for pulls (decision 0037); absent is everything. */
  archive?: ScopeSource
  /** Drops the local copy of an article outside that part; absent where nothing may be dropped. */
  evict?: (id: string) => Promise<boolean>
  /** The account as the server answered it now; absent where nobody acts on its role. */
  accountAnswered?: (account: Account) => Promise<void>
}
