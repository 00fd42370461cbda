// The newsroom size of a photo, as plain maths so it is tested without a browser (decision 0087).
import type { ImageType } from '../../../../../shared/image-bytes'

/** Longest side a stored photo gets: sharp on a 2× laptop screen across the page, and no more. */
export const NEWSROOM_LONG_SIDE = 2560
/**
 * JPEG quality of a scaled photo (0–1, as canvas encoders take it). Measured on real photos with
 * tests/e2e/measure/photo-quality.ts: 0.85 keeps SSIM at 0.98 on average (worst 0.97) for about
 * 630 KB at 2,560 × 1,707; 0.90 costs 29 % more bytes for 0.005 SSIM.
 */
export const NEWSROOM_JPEG_QUALITY = 0.85
/**
 * A photo within the newsroom size is kept as it is, unless it is this heavy: then it is
 * re-encoded at its own size (a 2,000 px camera JPEG at quality 100, an uncompressed PNG).
 */
export const REENCODE_ABOVE_BYTES = 3 * 1024 * 1024
/**
 * Most pixels the editor decodes to scale a photo: a 102-megapixel medium-format camera fits.
 * What is stored is then checked against the store's own limits (25 MB, 50 megapixels).
 */
export const MAX_SOURCE_PIXELS = 120_000_000

export interface PixelSize {
  width: number
  height: number
}

/** The size a photo is stored at: the long side brought down to `longSide`, never up. */
export function newsroomSize(source: PixelSize, longSide = NEWSROOM_LONG_SIDE): PixelSize {
  const long = Math.max(source.width, source.height)
  if (long <= longSide) return { width: source.width, height: source.height }
  const scale = longSide / long
  // The long side lands exactly on the limit; the short side rounds, and never to zero.
  return source.width >= source.height
    ? { width: longSide, height: Math.max(1, Math.round(source.height * scale)) }
    : { width: Math.max(1, Math.round(source.width * scale)), height: longSide }
}

export interface PhotoSource extends PixelSize {
  type: ImageType
  bytes: number
  /** EXIF orientation of a JPEG (1–8), null when none is recorded. */
  orientation: number | null
}

export type PhotoPlan = { keep: true; why: 'asked' | 'animated' | 'fits' } | { keep: false; size: PixelSize }

/**
 * What happens to a picked photo. `source` has the decoded size (orientation applied). A GIF is
 * kept because scaling would keep one frame of an animation; a turned JPEG is re-encoded upright
 * because Word and some wire systems ignore the EXIF orientation.
 */
export function planPhoto(source: PhotoSource, keepOriginal: boolean): PhotoPlan {
  if (keepOriginal) return { keep: true, why: 'asked' }
  if (source.type === 'image/gif') return { keep: true, why: 'animated' }
  const size = newsroomSize(source)
  const smaller = size.width !== source.width || size.height !== source.height
  const turned = source.orientation !== null && source.orientation !== 1
  if (smaller || turned || source.bytes > REENCODE_ABOVE_BYTES) return { keep: false, size }
  return { keep: true, why: 'fits' }
}
