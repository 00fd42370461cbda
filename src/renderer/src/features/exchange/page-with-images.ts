// A saved web page picked (or dropped) together with the files "Save page as…" stored beside it:
// the pictures the page names go along with it, matched by file name, so main can keep its photo.
// Everything else in the page's folder (scripts, styles) is neither sent nor imported.
import { MAX_PAGE_IMAGES, MAX_PAGE_IMAGES_BASE64 } from '../../../../shared/exchange'
import { bytesToBase64 } from '../../ui/base64'

const PAGE = /\.html?$/i
const PICTURE = /\.(?:jpe?g|png|gif|webp)$/i
const BESIDE_A_PAGE = /\.(?:jpe?g|png|gif|webp|svg|css|js|ico|woff2?|ttf)$/i

export interface PageImage {
  fileName: string
  base64: string
}

/** The files to import one by one: pages and the rest, without the files saved beside a page. */
export function importableFiles(files: readonly File[]): File[] {
  return files.some((f) => PAGE.test(f.name)) ? files.filter((f) => !BESIDE_A_PAGE.test(f.name)) : [...files]
}

/** The pictures picked with a page that its markup names, in the order it names them, within the limits. */
export async function imagesForPage(pageBytes: Uint8Array, files: readonly File[]): Promise<PageImage[]> {
  const markup = new TextDecoder('utf-8').decode(pageBytes)
  const named = files
    .filter((f) => PICTURE.test(f.name))
    .map((file) => ({ file, at: Math.min(...[file.name, encodeURIComponent(file.name)].map((n) => markup.indexOf(n)).map((i) => (i < 0 ? Infinity : i))) }))
    .filter(({ at }) => at !== Infinity)
    .sort((a, b) => a.at - b.at)
  const out: PageImage[] = []
  let total = 0
  for (const { file } of named.slice(0, MAX_PAGE_IMAGES)) {
    const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
    if (total + base64.length > MAX_PAGE_IMAGES_BASE64) break
    total += base64.length
    out.push({ fileName: file.name, base64 })
  }
  return out
}
