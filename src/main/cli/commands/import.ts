import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { OnDuplicateSchema } from '../../../shared/exchange'
import { Importer } from '../../import/importer'
import type { Command } from '../command'
import { COMMON_HELP, COMMON_OPTIONS, withStore } from '../context'
import { EXIT, UsageError } from '../io'

export const importCommand: Command = {
  name: 'import',
  summary: 'import Kompas text files or .redaksi bundles',
  help: `redaksi import [--json] [--on-duplicate ask|replace|keep-both] FILE…

Imports articles in the Kompas plain-text layout (.txt) or Redaksi bundles (.redaksi) as drafts
and prints the new ids, one per line. A file that is not an article is reported on stderr and
nothing of it is stored. An article that is already stored (same headline, or the same article
from a bundle) is not imported twice unless --on-duplicate says what to do.

  --json                     a JSON array of {id, headline} instead of ids
  --on-duplicate ask         report stored duplicates and import nothing of them (default)
  --on-duplicate replace     replace the stored article with the imported one
  --on-duplicate keep-both   import as a second article
${COMMON_HELP}`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...COMMON_OPTIONS, json: { type: 'boolean' }, 'on-duplicate': { type: 'string', default: 'ask' } }
    })
    if (positionals.length === 0) throw new UsageError('name at least one FILE to import')
    const onDuplicate = OnDuplicateSchema.safeParse(values['on-duplicate'])
    if (!onDuplicate.success) throw new UsageError('--on-duplicate must be ask, replace or keep-both')
    const outcomes = await withStore(argv, (store, settings) =>
      new Importer(store, { outlet: settings.get().outlet }).importFiles(
        positionals.map((p) => resolve(p)),
        onDuplicate.data
      )
    )
    let code: number = EXIT.ok
    const imported: { id: string; headline: string }[] = []
    for (const o of outcomes) {
      if (o.kind === 'imported') {
        imported.push({ id: o.id, headline: o.headline })
        for (const warning of o.warnings) io.err(`${o.fileName}: ${warning}\n`)
      } else if (o.kind === 'duplicate') {
        code = EXIT.failed
        const ids = o.duplicates.map((d) => d.id).join(', ')
        io.err(`${o.fileName}: "${o.headline}" sudah tersimpan (${ids}); not imported. Use --on-duplicate replace or keep-both.\n`)
      } else {
        code = EXIT.failed
        io.err(`${o.message}\n`)
      }
    }
    if (values.json) io.out(`${JSON.stringify(imported, null, 2)}\n`)
    else for (const { id } of imported) io.out(`${id}\n`)
    return code
  }
}
