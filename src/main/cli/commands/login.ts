import { parseArgs } from 'node:util'
import type { SyncStatus } from '../../../shared/ipc'
import { RedaksiFailure } from '../../../shared/result'
import type { Command } from '../command'
import { COMMON_OPTIONS, withRedaksi } from '../context'
import { messages } from '../../../shared/i18n/messages'
import { EXIT, fill } from '../io'
import { parseOptions } from '../parse-options'
import { failureLine, heldLines, statusLine } from './sync-words'

const LOGIN_OPTIONS = { ...COMMON_OPTIONS, server: { type: 'string' }, login: { type: 'string' } } as const

export const loginCommand: Command = {
  name: 'login',
  async run(argv, io, language) {
    const { values } = parseOptions(argv, LOGIN_OPTIONS, () => parseArgs({ args: argv, options: LOGIN_OPTIONS }))
    if (!values.server) throw new RedaksiFailure('cli.no-server')
    if (!values.login) throw new RedaksiFailure('cli.no-login')
    // The password comes on stdin or from a hidden prompt: an argument would show in the process list.
    const password = io.promptSecret
      ? await io.promptSecret(`${messages[language].sync.password}: `)
      : ((await io.readStdin?.()) ?? '').replace(/\r?\n$/, '')
    if (password === '') throw new RedaksiFailure('cli.no-password')
    return withRedaksi({ argv, io, language }, async (redaksi) => {
      const result = await redaksi.dispatch('sync.login', { server: values.server, login: values.login, password })
      if (!result.ok) {
        io.err(failureLine(result.error, language))
        return EXIT.failed
      }
      const status = result.value as SyncStatus
      io.out(`${status.account?.displayName} (${status.account?.role}) @ ${status.server}\n`)
      io.err(`${statusLine(status, language)}\n`)
      for (const line of heldLines(status, language)) io.err(`${line}\n`)
      return EXIT.ok
    })
  }
}

export const logoutCommand: Command = {
  name: 'logout',
  async run(argv, io, language) {
    parseOptions(argv, COMMON_OPTIONS, () => parseArgs({ args: argv, options: COMMON_OPTIONS }))
    return withRedaksi({ argv, io, language }, async (redaksi) => {
      const result = await redaksi.dispatch('sync.logout', {})
      if (!result.ok) {
        io.err(failureLine(result.error, language))
        return EXIT.failed
      }
      // Unsent work is never silent: it stays queued under its account, and the user is told.
      const { waiting } = result.value as SyncStatus
      if (waiting > 0) io.err(`${fill(messages[language].sync.signedOutWaiting, { count: waiting })}\n`)
      return EXIT.ok
    })
  }
}
