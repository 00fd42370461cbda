// node:util's parseArgs says what is wrong in English sentences of its own; the command line
// answers in the user's language instead, naming the option from what was typed.
import { RedaksiFailure } from '../../shared/result'

type Options = Record<string, { type: 'string' | 'boolean'; short?: string }>

const nameOf = (arg: string): string => arg.replace(/^-+/, '').split('=')[0]!

function known(options: Options, arg: string): { type: 'string' | 'boolean' } | undefined {
  const name = nameOf(arg)
  if (arg.startsWith('--')) return options[name]
  return Object.values(options).find((o) => o.short === name)
}

function failureFor(code: string, argv: readonly string[], options: Options): RedaksiFailure {
  const flags = argv.filter((a) => a.startsWith('-') && a !== '-' && a !== '--')
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return new RedaksiFailure('cli.unknown-option', { option: flags.find((a) => !known(options, a))?.split('=')[0] ?? '?' })
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const wrong = argv.findIndex((a, i) => {
      const option = known(options, a)
      if (!option) return false
      if (option.type === 'boolean') return a.includes('=')
      return !a.includes('=') && (argv[i + 1] === undefined || argv[i + 1]!.startsWith('-'))
    })
    return new RedaksiFailure('cli.option-value', { option: wrong < 0 ? '?' : argv[wrong]!.split('=')[0]! })
  }
  const positional = argv.find((a, i) => !a.startsWith('-') && !(i > 0 && known(options, argv[i - 1]!)?.type === 'string' && !argv[i - 1]!.includes('=')))
  return new RedaksiFailure('cli.unexpected-argument', { argument: positional ?? '?' })
}

/** Runs `parse` (a parseArgs call over `argv` with `options`), turning its refusals into ours. */
export function parseOptions<T>(argv: readonly string[], options: Options, parse: () => T): T {
  try {
    return parse()
  } catch (err) {
    const code = (err as { code?: unknown }).code
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) throw failureFor(code, argv, options)
    throw err
  }
}
