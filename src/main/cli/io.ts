import type { Language } from '../../shared/result'

/** Where a command writes: stdout for results (pipeable), stderr for errors and notes. */
export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** All of stdin, for a password (never a command-line argument: it would show in `ps`). */
  readStdin?(): Promise<string>
  /** Present only when stdin is a terminal: a hidden prompt for the password instead. */
  promptSecret?(question: string): Promise<string>
}

/** Exit codes: 0 done, 1 the work failed (or `check` found a blocking problem), 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

/** A template's {{placeholders}} filled in. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}

export type { Language }
