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

/**
 * "Menyimpan…" shows only for a save still running this long after it started: a quick save goes
 * from "Belum tersimpan" straight to "Tersimpan" (decision 0115).
 */
export const SAVING_SHOWN_AFTER_MS = 300
