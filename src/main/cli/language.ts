// Which language the command line speaks: --lang, else REDAKSI_LANG, else the POSIX locale
// (LC_ALL, then LC_MESSAGES, then LANG). A locale naming English gives English; any other
// (id_ID, C, POSIX, none) gives Indonesian, the newsroom's own language.
import { RedaksiFailure, type Language } from '../../shared/result'

export type Env = Readonly<Record<string, string | undefined>>

const fromLocale = (value: string): Language => (/^en(?:[_.@-]|$)/i.test(value) ? 'en' : 'id')

/** The environment's language, for when --lang is not given (or is itself wrong). */
export function environmentLanguage(env: Env): Language {
  const own = env.REDAKSI_LANG?.trim()
  if (own) return fromLocale(own)
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== '')
  return locale ? fromLocale(locale.trim()) : 'id'
}

/**
 * The language asked for and the arguments without --lang, so each command's own option parser
 * never sees it. A --lang that is neither id nor en is a usage mistake.
 */
export function takeLanguage(argv: readonly string[], env: Env): { language: Language; argv: string[] } {
  const rest: string[] = []
  let asked: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      rest.push(...argv.slice(i))
      break
    }
    if (arg === '--lang') asked = argv[++i] ?? ''
    else if (arg.startsWith('--lang=')) asked = arg.slice('--lang='.length)
    else rest.push(arg)
  }
  if (asked === undefined) return { language: environmentLanguage(env), argv: rest }
  if (asked !== 'id' && asked !== 'en') throw new RedaksiFailure('cli.bad-language', { value: asked })
  return { language: asked, argv: rest }
}
