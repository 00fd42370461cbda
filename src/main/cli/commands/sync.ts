import { parseArgs } from 'node:util'
import type { SyncStatus } from '../../../shared/ipc'
import type { Command } from '../command'
import { COMMON_HELP, COMMON_OPTIONS, withRedaksi } from '../context'
import { EXIT } from '../io'
import { statusLine } from './sync-words'

export const syncCommand: Command = {
  name: 'sync',
  summary: 'push waiting changes to the newsroom server and pull the desk\'s',
  help: `redaksi sync [--json]

Sends the changes waiting in this data folder's outbox to the server, pulls everything changed
since the last sync, and prints the sync state. Exit 1 when something is left for you: the
server is unreachable, refused a change (the reason is printed), or a conflict waits.

  --json           the sync state as JSON
${COMMON_HELP}`,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { ...COMMON_OPTIONS, json: { type: 'boolean' } } })
    return withRedaksi(argv, async (redaksi) => {
      const result = await redaksi.dispatch('sync.now', {})
      if (!result.ok) {
        io.err(`${result.error.message}\n`)
        return EXIT.failed
      }
      const status = result.value as SyncStatus
      if (values.json) io.out(`${JSON.stringify(status, null, 2)}\n`)
      else io.out(`${statusLine(status, redaksi.settings.get().language)}\n`)
      for (const p of status.problems) io.err(`${p.articleId ?? '-'}\t${p.kind}\t${p.failure?.message ?? p.state}\n`)
      return status.phase === 'synced' ? EXIT.ok : EXIT.failed
    })
  }
}
