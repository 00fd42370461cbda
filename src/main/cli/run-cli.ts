// `redaksi <command> …`: the command line over the same store, importer and exporter the app
// uses. Results go to stdout, everything else to stderr, and the exit code says how it went.
import type { Command } from './command'
import { checkCommand } from './commands/check'
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { listCommand } from './commands/list'
import { loginCommand, logoutCommand } from './commands/login'
import { syncCommand } from './commands/sync'
import { workflowCommands } from './commands/workflow'
import { EXIT, UsageError, type CliIo } from './io'

const COMMANDS: Command[] = [importCommand, exportCommand, checkCommand, listCommand, loginCommand, logoutCommand, syncCommand, ...workflowCommands]

const USAGE = `redaksi — Redaksi's command line (editor berita luring)

Usage: redaksi <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(13)} ${c.summary}`).join('\n')}

Every command takes --store DIR (default: the desktop app's store) and --help.
Run "redaksi <command> --help" for a command's options.
`

// parseArgs reports wrong options with its own error codes; they are the user's mistake, not ours.
const isArgError = (err: unknown): boolean => typeof (err as { code?: unknown }).code === 'string' && String((err as { code: string }).code).startsWith('ERR_PARSE_ARGS')

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ;(name === undefined ? io.err : io.out)(USAGE)
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.err(`redaksi: unknown command "${name}"\n\n${USAGE}`)
    return EXIT.usage
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.help}\n`)
    return EXIT.ok
  }
  try {
    return await command.run(rest, io)
  } catch (err) {
    if (err instanceof UsageError || isArgError(err)) {
      io.err(`redaksi ${name}: ${(err as Error).message}\nRun "redaksi ${name} --help" for its options.\n`)
      return EXIT.usage
    }
    io.err(`redaksi ${name}: ${err instanceof Error ? err.message : String(err)}\n`)
    return EXIT.failed
  }
}
