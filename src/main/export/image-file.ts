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

/** The extension an asset would be exported with, or null when it is not a web image. */
export function webImageExt(asset: string | null | undefined): string | null {
  if (!asset) return null
  const ext = asset.split('.')[1] ?? ''
  return IMAGE_TYPES[ext] ? ext : null
}

/** The bytes of an article's image, or null when it has none, it is missing or not a web image. */
export async function readImage(store: ArticleStore, asset: string | null | undefined): Promise<ImageData | null> {
  const ext = webImageExt(asset)
  if (!ext || !asset) return null
  try {
    return { ext, mime: IMAGE_TYPES[ext]!, bytes: await store.readAsset(asset) }
  } catch {
    return null
  }
}

export function dataUri(image: ImageData): string {
  return `data:${image.mime};base64,${Buffer.from(image.bytes).toString('base64')}`
}

// Data URIs kept for reuse within one export; past this many characters the oldest are dropped,
// so a batch of many different photos holds a few of them at a time, not all.
const URI_BUDGET = 32 * 1024 * 1024

/**
 * One export's view of its images. Assets are content-addressed, so the same asset is the same
 * bytes: a batch that repeats a photo reads it once, makes its data URI once, and copies the file
 * it staged first instead of writing the bytes from memory again (decision 0109).
 */
export class ExportImages {
  /** Asset → the staged file that first carried its bytes, or null when it had none to give. */
  private readonly staged = new Map<string, { name: string } | null>()
  private readonly uris = new Map<string, string | null>()
  private uriChars = 0

  /** The staged name already holding `asset`'s bytes; undefined when not staged yet. */
  stagedAs(asset: string): { name: string } | null | undefined {
    return this.staged.get(asset)
  }

  markStaged(asset: string, name: string | null): void {
    this.staged.set(asset, name === null ? null : { name })
  }

  async dataUri(store: ArticleStore, asset: string | null | undefined): Promise<string | null> {
    if (!asset) return null
    const known = this.uris.get(asset)
    if (known !== undefined) return known
    const image = await readImage(store, asset)
    const uri = image ? dataUri(image) : null
    for (const [old, kept] of this.uris) {
      if (this.uriChars + (uri?.length ?? 0) <= URI_BUDGET) break
      this.uris.delete(old)
      this.uriChars -= kept?.length ?? 0
    }
    this.uris.set(asset, uri)
    this.uriChars += uri?.length ?? 0
    return uri
  }
}
