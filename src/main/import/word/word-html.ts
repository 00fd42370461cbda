// A checked Word package through mammoth, into HTML the one converter (html-to-body.ts) reads.
// What mammoth knows that HTML loses on the way — which paragraph is the Title or Heading 1 (the
// converter makes every H1 an H2), which is a Caption, where each picture sat (the converter drops
// <img>) — is carried through as private-use characters in the text, which no Word text holds
// and which word-body.ts takes out again.
import mammoth from 'mammoth'
import type { WordParts } from './word-package'

/** Marks a picture's place: MARK.image + its index + MARK.image. */
export const MARK = { image: '\uE000', caption: '\uE001', headline: '\uE002' } as const

export interface WordImage {
  contentType: string
  bytes: Uint8Array
}

export interface WordHtml {
  html: string
  images: WordImage[]
  /** dc:title from docProps/core.xml, when the document has one. */
  title: string | null
}

// Mammoth's defaults map Heading 1–6 and lists; these add what a Kompas piece written in Word uses.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Caption'] => p.redaksi-caption:fresh",
  "p[style-name='Pull Quote'] => p:fresh",
  'u => u',
  'strike => s'
]
const IMAGE_SRC = 'redaksi-image:'

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescapeXml = (text: string): string =>
  text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (whole, hex?: string, dec?: string, name?: string) => {
    if (name) return XML_ENTITIES[name.toLowerCase()] ?? whole
    const code = hex ? parseInt(hex, 16) : Number(dec)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })

/** The document's title property, read from the core properties part (mammoth does not). */
export function coreTitle(parts: WordParts): string | null {
  const core = parts.get('docProps/core.xml')
  if (!core) return null
  const m = /<dc:title(?:\s[^>]*)?>([\s\S]*?)<\/dc:title>/.exec(new TextDecoder().decode(core))
  const title = m ? unescapeXml(m[1]!).replace(/\s+/g, ' ').trim() : ''
  return title || null
}

/**
 * Mammoth's HTML with the markers in. The tags replaced are mammoth's own output for our own
 * style map and image source; text from the document is escaped by mammoth, so it cannot fake them.
 */
export async function wordHtml(bytes: Uint8Array, parts: WordParts): Promise<WordHtml> {
  const images: WordImage[] = []
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      styleMap: STYLE_MAP,
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async (image) => {
        images.push({ contentType: image.contentType, bytes: new Uint8Array(await image.readAsBuffer()) })
        return { src: `${IMAGE_SRC}${images.length - 1}` }
      })
    }
  )
  const html = result.value
    // The markers are ours alone: the same characters in the document's own text are dropped.
    .replace(/[\uE000-\uE003]/g, '')
    .replace(new RegExp(`<img [^>]*src="${IMAGE_SRC}(\\d+)"[^>]*>`, 'g'), (_, i: string) => `${MARK.image}${i}${MARK.image}`)
    .replace(/<p class="redaksi-caption">/g, `<p>${MARK.caption}`)
    .replace(/<h1>/g, `<h1>${MARK.headline}`)
  return { html, images, title: coreTitle(parts) }
}
