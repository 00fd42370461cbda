// A saved web page (.html, .htm) as an import candidate: the page's facts from its meta data and
// JSON-LD, its article text found by Readability on linkedom, turned into the body by the one
// converter (html-to-body.ts), the Kompas conventions read out of the text, and its photo when a
// local copy is at hand. Nothing in the page is run or fetched.
import { Readability } from '@mozilla/readability'
import { ArticleDraftSchema, DEFAULT_SECTIONS, type ArticleDraft } from '../../../shared/article'
import type { ImportNote } from '../../../shared/exchange'
import { issuesFromZod } from '../../../shared/request-issues'
import { NEWSROOM_DEFAULTS } from '../../../shared/new-article'
import { RedaksiFailure } from '../../../shared/result'
import { htmlToBody } from '../html-to-body'
import type { ImportCandidate } from '../import-candidate'
import { readKompasConventions } from '../kompas-in-body'
import { cleanPage } from './clean-page'
import { findFeaturedImage } from './featured-image'
import { loadPageImage, type PageImages } from './page-images'
import { jsonLdArticles, readPageMeta } from './page-meta'
import { parsePage } from './page-dom'

export const WEB_PAGE_EXTENSIONS = ['.html', '.htm'] as const

/** A page by its name, or by how it starts (a page saved as .txt, or without a name's end). */
export function isWebPage(fileName: string, text: string): boolean {
  const name = fileName.toLowerCase()
  return WEB_PAGE_EXTENSIONS.some((ext) => name.endsWith(ext)) || /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(text.slice(0, 4096))
}

export interface WebPageOptions {
  outlet?: string
}

/** The article of a saved page, or a failure that says why the page holds none. */
export async function readWebPage(fileName: string, html: string, images: PageImages, options: WebPageOptions = {}): Promise<ImportCandidate> {
  const document = parsePage(html)
  const jsonLd = jsonLdArticles(document)
  cleanPage(document)
  const meta = readPageMeta(document, jsonLd)
  const imageRef = findFeaturedImage(document, meta.imageUrls)
  imageRef?.holder?.remove()
  // Readability keeps what it judges to be the article; our converter keeps only what the schema holds.
  const article = new Readability(document as never, { keepClasses: false, disableJSONLD: true }).parse()
  const warnings: ImportNote[] = []

  const converted = htmlToBody(parsePage(`<!doctype html><html><body>${article?.content ?? ''}</body></html>`).body!)
  if (!converted.ok) throw new RedaksiFailure(converted.error.reason, { file: fileName, ...converted.error.params }, converted.error.issues ? { issues: converted.error.issues } : {})
  const headline = meta.headline || (article?.title ?? '').trim()
  if (!headline) throw new RedaksiFailure('import.no-headline', { file: fileName })
  const parts = readKompasConventions(converted.value, headline)
  if (!parts.body.content.some((n) => n.type === 'paragraph')) throw new RedaksiFailure('import.no-body', { file: fileName })

  let section: string = NEWSROOM_DEFAULTS.section
  if (meta.section && (DEFAULT_SECTIONS as readonly string[]).includes(meta.section)) section = meta.section
  else if (meta.section) warnings.push({ note: 'unknown-section', params: { section: meta.section, used: section } })
  if (meta.unreadableDate) warnings.push({ note: 'unreadable-date', params: { date: meta.unreadableDate } })

  const candidateImages: ImportCandidate['images'] = []
  let featuredImage: ArticleDraft['featuredImage'] = null
  if (imageRef) {
    const loaded = await loadPageImage(imageRef, images)
    if (loaded.ok) candidateImages.push({ asset: loaded.asset, bytes: loaded.bytes })
    else warnings.push({ note: loaded.why === 'not-supplied' ? 'page-image-not-supplied' : 'page-image-unusable', params: { file: imageRef.path } })
    featuredImage = { asset: loaded.ok ? loaded.asset : null, caption: imageRef.caption, credit: imageRef.credit }
  } else if (meta.imageUrls[0]) warnings.push({ note: 'page-image-online', params: { url: meta.imageUrls[0] } })

  const draft: ArticleDraft = {
    headline,
    section,
    published: meta.published,
    dateline: parts.dateline ?? { city: '', outlet: options.outlet ?? NEWSROOM_DEFAULTS.outlet },
    // What the page's data names first; the closing lines of the text where it names none.
    penulis: meta.penulis.length ? meta.penulis : parts.penulis,
    editor: meta.editor.length ? meta.editor : parts.editor,
    sumber: parts.sumber,
    featuredImage,
    body: parts.body,
    tags: []
  }
  const checked = ArticleDraftSchema.safeParse(draft)
  if (!checked.success) {
    throw new RedaksiFailure('import.invalid-article', { file: fileName }, { issues: issuesFromZod(checked.error.issues.map((i) => ({ ...i, path: ['draft', ...i.path] }))) })
  }
  return { fileName, draft: checked.data, originalId: null, images: candidateImages, warnings }
}
