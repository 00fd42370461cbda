// The one export engine behind a single article, a batch, and the command line: read the
// articles, name their files, render each into a staging folder, then move everything into place
// at once. Rendering the next article overlaps the writing of the last (decision 0109). Progress is
// reported per article; an aborted signal stops between articles and leaves the target folder as
// it was.
import type { Article } from '../../shared/article'
import { formatSectionLine } from '../../shared/kompas/headline-line'
import type { ArticleStore } from '../store'
import { exportContext, stagedFiles, type ImageMode } from './article-files'
import { baseNames, EXTENSIONS, type ExportFormat } from './file-names'
import { renderIndexHtml } from './index-html'
import { mapLimited } from './limited'
import { Staging } from './staging'

export interface ExportRequest {
  ids: readonly string[]
  format: ExportFormat
  outDir: string
  /** Checks the folder again once it exists (the browser host's files folder, decision 0075). */
  recheck?: (() => Promise<void>) | undefined
  image?: ImageMode | undefined
  revisions?: boolean | undefined
  /** Adds index.html listing the articles (HTML only). */
  index?: boolean | undefined
}

export interface ExportProgress {
  done: number
  total: number
}

export interface ExportOutcome {
  files: string[]
  cancelled: boolean
}

const INDEX = 'index.html'
// Article reads in flight: the store reads each from its own file, and reading a few at once
// keeps the disk and libuv busy while the main thread checks the ones already read.
const READ_WINDOW = 8

export async function runExport(
  store: ArticleStore,
  request: ExportRequest,
  hooks: { onProgress?: (p: ExportProgress) => void; signal?: AbortSignal } = {}
): Promise<ExportOutcome> {
  // Every article is read before anything is written: the names depend on all headlines, and an
  // unknown id must stop the export before the folder is made.
  const articles: Article[] = await mapLimited([...new Set(request.ids)], READ_WINDOW, (id) => store.get(id))
  const names = baseNames(articles)
  const ctx = exportContext(request.format, names, request)
  const total = articles.length
  hooks.onProgress?.({ done: 0, total })

  const staging = await Staging.open(request.outDir, request.recheck)
  try {
    let done = 0
    for (const article of articles) {
      if (hooks.signal?.aborted) {
        await staging.discard()
        return { files: [], cancelled: true }
      }
      for (const file of await stagedFiles(store, article, ctx)) await staging.add(file)
      hooks.onProgress?.({ done: ++done, total })
    }
    if (request.index && request.format === 'html') {
      const entries = articles.map((a) => ({
        file: `${names.get(a.id)!}${EXTENSIONS.html}`,
        headline: a.headline,
        sectionLine: formatSectionLine(a.section, a.published)
      }))
      await staging.add({ name: INDEX, data: renderIndexHtml(entries, ctx.css) })
    }
    if (hooks.signal?.aborted) {
      await staging.discard()
      return { files: [], cancelled: true }
    }
    return { files: await staging.commit(INDEX), cancelled: false }
  } catch (err) {
    await staging.discard()
    throw err
  }
}
