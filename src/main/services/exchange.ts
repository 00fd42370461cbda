// Services for the export.* and import.* channels: thin adapters from the contract to the export
// engine, the batch jobs and the importer.
import type { ExportFormat } from '../../shared/exchange'
import { RedaksiFailure } from '../../shared/result'
import { articleFiles, exportContext } from '../export/article-files'
import type { ExportFolders } from '../export/export-folder'
import { ExportJobs } from '../export/export-jobs'
import { requireArticles } from '../export/require-articles'
import { baseNames } from '../export/file-names'
import { runExport } from '../export/run-export'
import { Importer } from '../import/importer'
import { listAllSummaries, type ArticleStore } from '../store'
import type { Services } from './services'

type ExchangeChannels = Extract<keyof Services, `export.${string}` | `import.${string}`>

const CONTENT_TYPES: Record<ExportFormat, string> = {
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  ninjs: 'application/json',
  bundle: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
}

export function exchangeServices(
  store: ArticleStore,
  options: {
    /** Where a request may make an export write (decision 0075). */
    folders: ExportFolders
    /** Told every file an export wrote, for "open in the browser". */
    onWritten?: (files: readonly string[]) => void
    outlet?: () => Promise<string>
    actor?: () => string | undefined
  }
): Pick<Services, ExchangeChannels> {
  const onWritten = options.onWritten ?? (() => {})
  const jobs = new ExportJobs(store, onWritten)
  const importer = async (): Promise<Importer> => {
    const actor = options.actor?.()
    return new Importer(store, { ...(options.outlet ? { outlet: await options.outlet() } : {}), ...(actor ? { actor } : {}) })
  }
  return {
    'export.article': async ({ id, format, outDir, image, revisions }) => {
      const target = await options.folders.target(outDir)
      const { files } = await runExport(store, { ids: [id], format, outDir: target.dir, recheck: target.recheck, image, revisions })
      onWritten(files)
      return { files }
    },
    'export.content': async ({ id, format }) => {
      const article = await store.get(id)
      const [file] = await articleFiles(store, article, exportContext(format, baseNames([article])))
      const data = file!.data
      const binary = typeof data !== 'string'
      return { fileName: file!.name, contentType: CONTENT_TYPES[format], encoding: binary ? 'base64' : 'utf8', data: binary ? Buffer.from(data).toString('base64') : data }
    },
    'export.batch': async ({ ids, status, outDir, image }) => {
      const target = await options.folders.target(outDir)
      if (ids) await requireArticles(store, ids)
      const chosen = ids ?? (await listAllSummaries(store, { status: status ?? 'approved' })).map((s) => s.id)
      if (chosen.length === 0) throw new RedaksiFailure('export.nothing', { status: status ?? 'approved' })
      return jobs.start({ ids: chosen, format: 'html', outDir: target.dir, recheck: target.recheck, image, index: true })
    },
    'export.progress': async ({ job }) => jobs.progress(job),
    'export.cancel': async ({ job }) => jobs.cancel(job),
    'import.text': async ({ fileName, text, base64, images, onDuplicate }) =>
      (await importer()).importText(fileName, base64 === undefined ? (text ?? '') : Buffer.from(base64, 'base64'), onDuplicate, (images ?? []).map((i) => ({ fileName: i.fileName, bytes: Buffer.from(i.base64, 'base64') }))),
    'import.bundle': async ({ fileName, base64, onDuplicate }) => (await importer()).importBundle(fileName, base64, onDuplicate)
  }
}
