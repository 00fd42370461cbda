import { parseArgs } from 'node:util'
import type { SyncStatus } from '../../../shared/ipc'
import type { Command } from '../command'
import { COMMON_HELP, COMMON_OPTIONS, withRedaksi } from '../context'
import { EXIT, UsageError } from '../io'
import { statusLine } from './sync-words'

export const loginCommand: Command = {
  name: 'login',
  summary: 'sign this data folder in to a newsroom server',
  help: `redaksi login --server URL --login LOGIN

Signs in to the newsroom server with the password read from stdin (never from the command line,
where other users could see it in the process list) and keeps this device's token in the data
folder, readable by you only. From then on the store syncs and you act as that account.

  --server URL     the server's address, e.g. https://redaksi.example.id
  --login LOGIN    your account's login
${COMMON_HELP}`,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { ...COMMON_OPTIONS, server: { type: 'string' }, login: { type: 'string' } } })
    if (!values.server) throw new UsageError('--server URL is required')
    if (!values.login) throw new UsageError('--login LOGIN is required')
    const password = ((await io.readStdin?.()) ?? '').replace(/\r?\n$/, '')
    if (password === '') throw new UsageError('give the password on stdin, e.g. `redaksi login … < password-file`')
    return withRedaksi(argv, async (redaksi) => {
      const result = await redaksi.dispatch('sync.login', { server: values.server, login: values.login, password })
      const language = redaksi.settings.get().language
      if (!result.ok) {
        io.err(`${result.error.message}\n`)
        return EXIT.failed
      }
      const status = result.value as SyncStatus
      io.out(`${status.account?.displayName} (${status.account?.role}) @ ${status.server}\n`)
      io.err(`${statusLine(status, language)}\n`)
      return EXIT.ok
    })
  }
}

export const logoutCommand: Command = {
  name: 'logout',
  summary: 'sign out of the newsroom server and revoke this device',
  help: `redaksi logout

Revokes this device's token on the server (when it can be reached) and forgets it here. Changes
still waiting stay in the outbox and go out at the next sign-in.
${COMMON_HELP}`,
  async run(argv, io) {
    parseArgs({ args: argv, options: COMMON_OPTIONS })
    return withRedaksi(argv, async (redaksi) => {
      const result = await redaksi.dispatch('sync.logout', {})
      if (!result.ok) {
        io.err(`${result.error.message}\n`)
        return EXIT.failed
      }
      return EXIT.ok
    })
  }
}
