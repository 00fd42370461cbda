import { parseArgs } from 'node:util'
import type { SyncStatus } from '../../../shared/ipc'
import { failureText } from '../../../shared/result'
import type { Command } from '../command'
import { COMMON_OPTIONS, withRedaksi } from '../context'
import { EXIT } from '../io'
import { parseOptions } from '../parse-options'
import { failureLine, heldLines, statusLine } from './sync-words'

const OPTIONS = { ...COMMON_OPTIONS, json: { type: 'boolean' } } as const

export const syncCommand: Command = {
  name: 'sync',
  async run(argv, io, language) {
    const { values } = parseOptions(argv, OPTIONS, () => parseArgs({ args: argv, options: OPTIONS }))
    return withRedaksi({ argv, io, language }, async (redaksi) => {
      const result = await redaksi.dispatch('sync.now', {})
      if (!result.ok) {
        io.err(failureLine(result.error, language))
        return EXIT.failed
      }
      const status = result.value as SyncStatus
      if (values.json) io.out(`${JSON.stringify(status, null, 2)}\n`)
      else io.out(`${statusLine(status, language)}\n`)
      for (const line of heldLines(status, language)) io.err(`${line}\n`)
      for (const p of status.problems) io.err(`${p.articleId ?? '-'}\t${p.kind}\t${p.failure ? failureText(p.failure, language) : p.state}\n`)
      return status.phase === 'synced' ? EXIT.ok : EXIT.failed
    })
  }
}
