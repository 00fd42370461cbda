// `redaksi <command> …`: the command line over the same store, importer and exporter the app
// uses. Results go to stdout, everything else to stderr, and the exit code says how it went.
// Everything it says is chosen by code in the user's language (--lang, or the environment).
import { STATUSES } from '../../shared/article'
import { cli } from '../../shared/i18n/cli'
import { failureText, isFailure, type Language } from '../../shared/result'
import type { Command } from './command'
import { checkCommand } from './commands/check'
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { listCommand } from './commands/list'
import { loginCommand, logoutCommand } from './commands/login'
import { syncCommand } from './commands/sync'
import { workflowCommands } from './commands/workflow'
import { EXIT, fill, type CliIo } from './io'
import { environmentLanguage, takeLanguage, type Env } from './language'

const COMMANDS: Command[] = [importCommand, exportCommand, checkCommand, listCommand, loginCommand, logoutCommand, syncCommand, ...workflowCommands]

export function usage(language: Language): string {
  const words = cli[language]
  return fill(words.usage, { commands: COMMANDS.map((c) => `  ${c.name.padEnd(13)} ${words.summary[c.name]}`).join('\n') })
}

export function commandHelp(command: Command, language: Language): string {
  return fill(cli[language].help[command.name], { statuses: STATUSES.join(', ') })
}

export async function runCli(argv: string[], io: CliIo, env: Env = process.env): Promise<number> {
  let language: Language
  let args: string[]
  try {
    ;({ language, argv: args } = takeLanguage(argv, env))
  } catch (err) {
    if (!isFailure(err)) throw err
    io.err(`redaksi: ${failureText(err.failure, environmentLanguage(env))}\n`)
    return EXIT.usage
  }
  const [name, ...rest] = args
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ;(name === undefined ? io.err : io.out)(usage(language))
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.err(`redaksi: ${failureText({ reason: 'cli.unknown-command', params: { command: name } }, language)}\n\n${usage(language)}`)
    return EXIT.usage
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${commandHelp(command, language)}\n`)
    return EXIT.ok
  }
  try {
    return await command.run(rest, io, language)
  } catch (err) {
    if (isFailure(err) && err.reason.startsWith('cli.')) {
      io.err(`redaksi ${name}: ${failureText(err.failure, language)}\n${fill(cli[language].seeHelp, { command: name })}\n`)
      return EXIT.usage
    }
    if (isFailure(err)) io.err(`redaksi ${name}: ${failureText(err.failure, language)}\n`)
    else io.err(`redaksi ${name}: ${fill(cli[language].internal, { detail: err instanceof Error ? err.message : String(err) })}\n`)
    return EXIT.failed
  }
}
