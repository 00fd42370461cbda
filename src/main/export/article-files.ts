// What one article becomes in an export, per format: the files' names and bytes. Writing them is
// the caller's business (staging.ts), so every format shares one way of not half-writing.
import type { Article } from '../../shared/article'
import { BodyHtml } from '../../shared/editor/serializers/html'
import { formatPlainText } from '../../shared/kompas/plain-text'
import { ralatLines } from '../../shared/kompas/ralat'
import type { ArticleStore } from '../store'
import { renderArticleHtml } from './article-html'
import { makeBundle } from './bundle'
import { EXTENSIONS, type ExportFormat } from './file-names'
import { dataUri, readImage } from './image-file'
import { toNinjs } from './ninjs'
import { articleDocx } from './word/article-docx'
import { exportStylesheet } from './export-stylesheet'

export type ImageMode = 'embed' | 'copy'

export interface ExportFile {
  name: string
  data: string | Uint8Array
}

export interface ExportContext {
  format: ExportFormat
  /** Every article of this export by id → its file's base name; Baca Juga links only these. */
  names: ReadonlyMap<string, string>
  image: ImageMode
  revisions: boolean
  /** Renders bodies for this export, Baca Juga linking only the articles it exports. */
  renderer: BodyHtml
  css: string
}

export function exportContext(
  format: ExportFormat,
  names: ReadonlyMap<string, string>,
  options: { image?: ImageMode | undefined; revisions?: boolean | undefined } = {}
): ExportContext {
  const hrefFor = (id: string): string | null => {
    const name = names.get(id)
    return name === undefined ? null : encodeURI(`${name}${EXTENSIONS.html}`)
  }
  return {
    format,
    names,
    image: options.image ?? 'embed',
    revisions: options.revisions ?? false,
    renderer: new BodyHtml({ hrefFor: format === 'html' ? hrefFor : null }),
    css: format === 'html' ? exportStylesheet() : ''
  }
}

async function htmlFiles(store: ArticleStore, article: Article, base: string, ctx: ExportContext): Promise<ExportFile[]> {
  const image = await readImage(store, article.featuredImage?.asset)
  const copied = image && ctx.image === 'copy' ? `${base}.${image.ext}` : null
  const page = renderArticleHtml(article, {
    renderer: ctx.renderer,
    css: ctx.css,
    imageSrc: copied ?? (image ? dataUri(image) : null),
    imageCopied: copied !== null
  })
  const files: ExportFile[] = [{ name: `${base}${EXTENSIONS.html}`, data: page }]
  if (copied && image) files.push({ name: copied, data: image.bytes })
  return files
}

export async function articleFiles(store: ArticleStore, article: Article, ctx: ExportContext): Promise<ExportFile[]> {
  const base = ctx.names.get(article.id) ?? article.id
  const name = `${base}${EXTENSIONS[ctx.format]}`
  switch (ctx.format) {
    case 'html':
      return htmlFiles(store, article, base, ctx)
    case 'text':
      return [{ name, data: formatPlainText(article, undefined, ralatLines(article)) }]
    case 'ninjs':
      return [{ name, data: `${JSON.stringify(toNinjs(article, ctx.renderer), null, 2)}\n` }]
    case 'bundle':
      return [{ name, data: `${JSON.stringify(await makeBundle(store, article, ctx.revisions), null, 2)}\n` }]
    case 'docx':
      return [{ name, data: await articleDocx(store, article) }]
  }
}
