import type { ArticleStore } from '../store'

/**
 * Raster types a browser shows in <img>. SVG is left out on purpose: a copied SVG opened on its
 * own runs its scripts, and an exported folder must be safe to double-click through.
 */
const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif'
}

export interface ImageData {
  ext: string
  mime: string
  bytes: Uint8Array
}

/** The bytes of an article's image, or null when it has none, it is missing or not a web image. */
export async function readImage(store: ArticleStore, asset: string | null | undefined): Promise<ImageData | null> {
  if (!asset) return null
  const ext = asset.split('.')[1] ?? ''
  const mime = IMAGE_TYPES[ext]
  if (!mime) return null
  try {
    return { ext, mime, bytes: await store.readAsset(asset) }
  } catch {
    return null
  }
}

export function dataUri(image: ImageData): string {
  return `data:${image.mime};base64,${Buffer.from(image.bytes).toString('base64')}`
}
