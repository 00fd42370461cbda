import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { OnDuplicateSchema } from '../../../shared/exchange'
import { cli } from '../../../shared/i18n/cli'
import { importNoteText } from '../../../shared/i18n/import-notes'
import { failureText, RedaksiFailure } from '../../../shared/result'
import { Importer } from '../../import/importer'
import type { Command } from '../command'
import { COMMON_OPTIONS, withStore } from '../context'
import { EXIT, fill } from '../io'
import { parseOptions } from '../parse-options'

const OPTIONS = { ...COMMON_OPTIONS, json: { type: 'boolean' }, 'on-duplicate': { type: 'string', default: 'ask' } } as const

export const importCommand: Command = {
  name: 'import',
  async run(argv, io, language) {
    const { values, positionals } = parseOptions(argv, OPTIONS, () => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }))
    if (positionals.length === 0) throw new RedaksiFailure('cli.no-files')
    const onDuplicate = OnDuplicateSchema.safeParse(values['on-duplicate'])
    if (!onDuplicate.success) throw new RedaksiFailure('cli.bad-on-duplicate')
    const outcomes = await withStore({ argv, io, language }, (store, settings) =>
      new Importer(store, { outlet: settings.get().outlet }).importFiles(
        positionals.map((p) => resolve(p)),
        onDuplicate.data
      )
    )
    const words = cli[language]
    let code: number = EXIT.ok
    const imported: { id: string; headline: string }[] = []
    for (const o of outcomes) {
      if (o.kind === 'imported') {
        imported.push({ id: o.id, headline: o.headline })
        for (const note of o.warnings) io.err(`${o.fileName}: ${importNoteText(language, note)}\n`)
        if (o.bacaJuga.unresolved) io.err(`${fill(words.unresolved, { file: o.fileName, count: o.bacaJuga.unresolved })}\n`)
      } else if (o.kind === 'duplicate') {
        code = EXIT.failed
        io.err(`${fill(words.duplicate, { file: o.fileName, headline: o.headline, ids: o.duplicates.map((d) => d.id).join(', ') })}\n`)
      } else {
        code = EXIT.failed
        io.err(`${failureText(o.failure, language)}\n`)
      }
    }
    if (values.json) io.out(`${JSON.stringify(imported, null, 2)}\n`)
    else for (const { id } of imported) io.out(`${id}\n`)
    return code
  }
}
