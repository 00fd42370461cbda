import { parseArgs } from 'node:util'
import { StatusSchema, type Status } from '../../../shared/article'
import { listAllSummaries } from '../../store'
import type { Command } from '../command'
import { COMMON_HELP, COMMON_OPTIONS, withStore } from '../context'
import { EXIT, UsageError } from '../io'

export function parseStatus(value: string | undefined): Status | undefined {
  if (value === undefined) return undefined
  const parsed = StatusSchema.safeParse(value)
  if (!parsed.success) throw new UsageError(`unknown status "${value}"; one of: ${StatusSchema.options.join(', ')}`)
  return parsed.data
}

export const listCommand: Command = {
  name: 'list',
  summary: 'list stored articles',
  help: `redaksi list [--json] [--status STATUS]

Lists the stored articles, most recently changed first: id, status, section and headline,
tab-separated. Without --status every article but the spiked ones.

  --json           a JSON array of article summaries
  --status STATUS  only articles with this status (${StatusSchema.options.join(', ')})
${COMMON_HELP}`,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { ...COMMON_OPTIONS, json: { type: 'boolean' }, status: { type: 'string' } } })
    const status = parseStatus(values.status)
    const summaries = await withStore(argv, (store) => listAllSummaries(store, status ? { status } : {}))
    if (values.json) io.out(`${JSON.stringify(summaries, null, 2)}\n`)
    else for (const s of summaries) io.out(`${s.id}\t${s.status}\t${s.section}\t${s.headline}\n`)
    return EXIT.ok
  }
}
