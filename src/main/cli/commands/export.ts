import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ExportFormatSchema, ImageModeSchema } from '../../../shared/exchange'
import { runExport } from '../../export/run-export'
import { listAllSummaries } from '../../store'
import type { Command } from '../command'
import { COMMON_HELP, COMMON_OPTIONS, withStore } from '../context'
import { EXIT, UsageError } from '../io'
import { parseStatus } from './list'

export const exportCommand: Command = {
  name: 'export',
  summary: 'export articles as HTML, Kompas text, ninjs or .redaksi bundles',
  help: `redaksi export --format html|text|ninjs|bundle --out DIR [--status STATUS] [ID…]

Writes one file per article into DIR, named by the headline's slug, and prints the written
paths. Give article ids, or --status to export every article with that status. Files are
written to a hidden folder in DIR first and moved into place only when all are done, so a
failed export leaves DIR as it was. An HTML export of several articles adds index.html, and
Baca Juga blocks link the exported files of articles in the same export.

  --format FORMAT   html, text (the Kompas plain-text layout), ninjs (IPTC ninjs 2.2 JSON) or bundle
  --out DIR         the folder to write into (created if missing)
  --status STATUS   export every article with this status, e.g. approved
  --image MODE      html only: embed (default, a data URI) or copy (an image file beside the page)
  --revisions       bundle only: include the article's kept revisions
${COMMON_HELP}`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...COMMON_OPTIONS,
        format: { type: 'string' },
        out: { type: 'string' },
        status: { type: 'string' },
        image: { type: 'string' },
        revisions: { type: 'boolean' }
      }
    })
    const format = ExportFormatSchema.safeParse(values.format)
    if (!format.success) throw new UsageError('--format must be html, text, ninjs or bundle')
    if (!values.out) throw new UsageError('--out DIR is required')
    const image = values.image === undefined ? undefined : ImageModeSchema.safeParse(values.image).data
    if (values.image !== undefined && !image) throw new UsageError('--image must be embed or copy')
    const status = parseStatus(values.status)
    if (!status && positionals.length === 0) throw new UsageError('name the article IDs to export, or --status STATUS')

    const outDir = resolve(values.out)
    const { files } = await withStore(argv, async (store) => {
      const ids = positionals.length ? positionals : (await listAllSummaries(store, { status: status! })).map((s) => s.id)
      return runExport(store, { ids, format: format.data, outDir, image, revisions: values.revisions, index: format.data === 'html' && ids.length > 1 })
    })
    for (const file of files) io.out(`${file}\n`)
    if (files.length === 0) io.err(`nothing to export${status ? ` with status ${status}` : ''}\n`)
    return EXIT.ok
  }
}
