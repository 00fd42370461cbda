import type { CliIo, Language } from './io'

export type CommandName = 'import' | 'export' | 'check' | 'list' | 'login' | 'logout' | 'sync' | 'submit' | 'start-review' | 'return' | 'approve' | 'publish'

export interface Command {
  name: CommandName
  /** Returns the exit code. `argv` is everything after the command's name, --lang taken out. */
  run(argv: string[], io: CliIo, language: Language): Promise<number>
}
