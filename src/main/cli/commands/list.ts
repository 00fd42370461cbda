import { parseArgs } from 'node:util'
import { StatusSchema, type Status } from '../../../shared/article'
import { RedaksiFailure } from '../../../shared/result'
import { listAllSummaries } from '../../store'
import type { Command } from '../command'
import { COMMON_OPTIONS, withStore } from '../context'
import { EXIT } from '../io'
import { parseOptions } from '../parse-options'

export function parseStatus(value: string | undefined): Status | undefined {
  if (value === undefined) return undefined
  const parsed = StatusSchema.safeParse(value)
  if (!parsed.success) throw new RedaksiFailure('cli.bad-status', { value, options: StatusSchema.options.join(', ') })
  return parsed.data
}

const OPTIONS = { ...COMMON_OPTIONS, json: { type: 'boolean' }, status: { type: 'string' } } as const

export const listCommand: Command = {
  name: 'list',
  async run(argv, io, language) {
    const { values } = parseOptions(argv, OPTIONS, () => parseArgs({ args: argv, options: OPTIONS }))
    const status = parseStatus(values.status)
    const summaries = await withStore({ argv, io, language }, (store) => listAllSummaries(store, status ? { status } : {}))
    if (values.json) io.out(`${JSON.stringify(summaries, null, 2)}\n`)
    else for (const s of summaries) io.out(`${s.id}\t${s.status}\t${s.section}\t${s.headline}\n`)
    return EXIT.ok
  }
}
