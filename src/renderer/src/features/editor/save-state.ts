import type { Failure } from '../../../../shared/result'

/** What the save indicator shows. */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; failure: Failure }
  | { kind: 'conflict' }

/** Autosave waits for a pause in typing this long; the issue allows up to 2 s. */
export const AUTOSAVE_DELAY_MS = 800
