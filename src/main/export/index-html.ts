import { escapeHtml } from './html-escape'
import { htmlPage } from './html-page'

export interface IndexEntry {
  file: string
  headline: string
  /** "Kompas dunia | 17 Juni 2024, 20:49 WIB" */
  sectionLine: string
}

/** The batch export's table of contents, in the same stylesheet as the articles. */
export function renderIndexHtml(entries: readonly IndexEntry[], css: string): string {
  const items = entries
    .map((e) => `<li><a href="${escapeHtml(encodeURI(e.file))}">${escapeHtml(e.headline || 'Tanpa judul')}</a><p>${escapeHtml(e.sectionLine)}</p></li>`)
    .join('\n')
  return htmlPage({
    title: `Ekspor Redaksi: ${entries.length} artikel`,
    css,
    body: `<main class="indeks">\n<h1>Ekspor Redaksi</h1>\n<p>${entries.length} artikel</p>\n<ol>\n${items}\n</ol>\n</main>`
  })
}
