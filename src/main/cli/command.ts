import type { CliIo } from './io'

export interface Command {
  name: string
  summary: string
  help: string
  /** Returns the exit code. `argv` is everything after the command's name. */
  run(argv: string[], io: CliIo): Promise<number>
}
