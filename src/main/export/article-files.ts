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
import { ExportImages, readImage, webImageExt } from './image-file'
import { toNinjs } from './ninjs'
import { articleDocx } from './word/article-docx'
import { exportStylesheet } from './export-stylesheet'

export type ImageMode = 'embed' | 'copy'

export interface ExportFile {
  name: string
  data: string | Uint8Array
}

/** A file whose bytes are those of `asset`, already staged under `sameAs` by this export. */
export interface CopiedFile {
  name: string
  sameAs: string
  asset: string
}

export type StagedFile = ExportFile | CopiedFile

export interface ExportContext {
  format: ExportFormat
  /** Every article of this export by id → its file's base name; Baca Juga links only these. */
  names: ReadonlyMap<string, string>
  image: ImageMode
  revisions: boolean
  /** Renders bodies for this export, Baca Juga linking only the articles it exports. */
  renderer: BodyHtml
  css: string
  /** The export's images, each read and staged once however many articles show it. */
  images: ExportImages
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
    css: format === 'html' ? exportStylesheet() : '',
    images: new ExportImages()
  }
}

/** The copied image beside the page: its bytes the first time this export meets the asset, then a copy. */
async function copiedImage(store: ArticleStore, asset: string | null | undefined, base: string, ctx: ExportContext): Promise<StagedFile | null> {
  const ext = webImageExt(asset)
  if (!asset || !ext) return null
  const name = `${base}.${ext}`
  const staged = ctx.images.stagedAs(asset)
  if (staged) return { name, sameAs: staged.name, asset }
  if (staged === null) return null
  const image = await readImage(store, asset)
  ctx.images.markStaged(asset, image ? name : null)
  return image ? { name, data: image.bytes } : null
}

async function htmlFiles(store: ArticleStore, article: Article, base: string, ctx: ExportContext): Promise<StagedFile[]> {
  const asset = article.featuredImage?.asset
  const copied = ctx.image === 'copy' ? await copiedImage(store, asset, base, ctx) : null
  const page = renderArticleHtml(article, {
    renderer: ctx.renderer,
    css: ctx.css,
    imageSrc: copied ? copied.name : ctx.image === 'copy' ? null : await ctx.images.dataUri(store, asset),
    imageCopied: copied !== null
  })
  const files: StagedFile[] = [{ name: `${base}${EXTENSIONS.html}`, data: page }]
  if (copied) files.push(copied)
  return files
}

/** The files of one article as staging takes them: a repeated image as a copy of its first file. */
export async function stagedFiles(store: ArticleStore, article: Article, ctx: ExportContext): Promise<StagedFile[]> {
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

/** The files of one article with every byte in hand, for a caller that writes them itself. */
export async function articleFiles(store: ArticleStore, article: Article, ctx: ExportContext): Promise<ExportFile[]> {
  const files = await stagedFiles(store, article, ctx)
  return Promise.all(files.map(async (f) => ('sameAs' in f ? { name: f.name, data: await store.readAsset(f.asset) } : f)))
}
