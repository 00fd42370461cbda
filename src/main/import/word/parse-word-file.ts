// A Word document (.docx) as an import candidate: the package checked (word-package.ts), mammoth's
// HTML read by the one HTML converter, the Kompas conventions read by the plain-text parser
// (word-layout.ts), and a picture of the document offered as the featured image.
import { createHash } from 'node:crypto'
import { ArticleDraftSchema, DEFAULT_SECTIONS, type ArticleDraft } from '../../../shared/article'
import type { ImportNote } from '../../../shared/exchange'
import { checkImage, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, type ImageType } from '../../../shared/image-bytes'
import { formatSectionLine } from '../../../shared/kompas/headline-line'
import { parsePlainText } from '../../../shared/kompas/parse-plain-text'
import { formatCaptionLine } from '../../../shared/kompas/plain-text'
import { NEWSROOM_DEFAULTS } from '../../../shared/new-article'
import { isFailure, RedaksiFailure } from '../../../shared/result'
import { htmlFragmentToBody } from '../html-to-body'
import type { ImportCandidate } from '../import-candidate'
import type { KompasImportOptions } from '../parse-kompas-file'
import { wordHtml, type WordImage } from './word-html'
import { layoutText, readLayout, richBody, type WordLayout } from './word-layout'
import { openWordPackage } from './word-package'

const EXTENSION: Record<ImageType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' }

/** Pictures in the order they are offered: the one a caption follows, else the first; then the rest. */
function imageOrder(layout: WordLayout, captionLine: string): number[] {
  const captioned = layout.images.find(({ before }) => {
    const block = layout.blocks[before]
    return block && (block.kind === 'caption' || (captionLine !== '' && block.lines.join(' ') === captionLine))
  })
  const order = layout.images.map((i) => i.index)
  return captioned ? [captioned.index, ...order.filter((i) => i !== captioned.index)] : order
}

/** The first picture the image check lets in; each one it refuses is a note, never a failed import. */
function featured(images: WordImage[], order: number[], fileName: string, warnings: ImportNote[]): { asset: string; bytes: Uint8Array } | null {
  for (const [tried, index] of order.entries()) {
    const bytes = images[index]!.bytes
    const name = `${fileName} #${index + 1}`
    try {
      const type = checkImage(bytes, name)
      const left = order.length - tried - 1
      if (left > 0) warnings.push({ note: 'images-not-kept', params: { count: left } })
      return { asset: `${createHash('sha256').update(bytes).digest('hex')}.${EXTENSION[type]}`, bytes }
    } catch (err) {
      if (!isFailure(err)) throw err
      warnings.push({ note: 'image-refused', params: { image: name, mb: MAX_IMAGE_BYTES / (1024 * 1024), megapixels: MAX_IMAGE_PIXELS / 1_000_000 } })
    }
  }
  return null
}

export async function parseWordFile(fileName: string, bytes: Uint8Array, options: KompasImportOptions = {}): Promise<ImportCandidate> {
  const parts = openWordPackage(bytes, fileName)
  const { html, images, title } = await wordHtml(bytes, parts)
  const converted = htmlFragmentToBody(html)
  if (!converted.ok) throw new RedaksiFailure(converted.error.reason, { file: fileName, ...converted.error.params })
  const layout = readLayout(converted.value, title)

  const plain = { sections: DEFAULT_SECTIONS, defaultSection: NEWSROOM_DEFAULTS.section, defaultOutlet: options.outlet ?? NEWSROOM_DEFAULTS.outlet }
  // A Word document is an article by its form alone: without a section line or credits of its
  // own, the newsroom's default section stands where the section line would be.
  const sectionLine = formatSectionLine(plain.defaultSection, null)
  let parsed = parsePlainText(layoutText(layout, sectionLine, false), plain)
  if (!parsed.ok && parsed.reason === 'import.not-kompas') parsed = parsePlainText(layoutText(layout, sectionLine, true), plain)
  if (!parsed.ok) throw new RedaksiFailure(parsed.reason, { file: fileName, ...parsed.params }, parsed.issues ? { issues: parsed.issues } : {})

  const warnings = [...parsed.warnings]
  const caption = parsed.draft.featuredImage
  const image = featured(images, imageOrder(layout, formatCaptionLine(caption)), fileName, warnings)
  const draft: ArticleDraft = {
    ...parsed.draft,
    body: { type: 'doc', content: richBody(parsed.draft.body.content, layout) },
    featuredImage: image ? { asset: image.asset, caption: caption?.caption ?? '', credit: caption?.credit ?? '' } : caption
  }
  const checked = ArticleDraftSchema.safeParse(draft)
  if (!checked.success) throw new RedaksiFailure('import.invalid-article', { file: fileName })
  return { fileName, draft: checked.data, originalId: null, images: image ? [image] : [], warnings }
}
