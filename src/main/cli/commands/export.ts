import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ExportFormatSchema, ImageModeSchema } from '../../../shared/exchange'
import { cli } from '../../../shared/i18n/cli'
import { RedaksiFailure } from '../../../shared/result'
import { requireArticles } from '../../export/require-articles'
import { runExport } from '../../export/run-export'
import { listAllSummaries } from '../../store'
import type { Command } from '../command'
import { COMMON_OPTIONS, withStore } from '../context'
import { EXIT, fill } from '../io'
import { parseOptions } from '../parse-options'
import { parseStatus } from './list'

const OPTIONS = {
  ...COMMON_OPTIONS,
  format: { type: 'string' },
  out: { type: 'string' },
  status: { type: 'string' },
  image: { type: 'string' },
  revisions: { type: 'boolean' }
} as const

export const exportCommand: Command = {
  name: 'export',
  async run(argv, io, language) {
    const { values, positionals } = parseOptions(argv, OPTIONS, () => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }))
    const format = ExportFormatSchema.safeParse(values.format)
    if (!format.success) throw new RedaksiFailure('cli.bad-format')
    if (!values.out) throw new RedaksiFailure('cli.no-out')
    const image = values.image === undefined ? undefined : ImageModeSchema.safeParse(values.image).data
    if (values.image !== undefined && !image) throw new RedaksiFailure('cli.bad-image')
    const status = parseStatus(values.status)
    if (!status && positionals.length === 0) throw new RedaksiFailure('cli.no-selection')

    const outDir = resolve(values.out)
    const { files } = await withStore({ argv, io, language }, async (store) => {
      const ids = positionals.length ? positionals : (await listAllSummaries(store, { status: status! })).map((s) => s.id)
      await requireArticles(store, ids)
      return runExport(store, { ids, format: format.data, outDir, image, revisions: values.revisions, index: format.data === 'html' && ids.length > 1 })
    })
    for (const file of files) io.out(`${file}\n`)
    const words = cli[language]
    if (files.length === 0) io.err(`${status ? fill(words.nothingWithStatus, { status }) : words.nothingToExport}\n`)
    return EXIT.ok
  }
}
