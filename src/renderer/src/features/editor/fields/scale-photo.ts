// A picked photo brought to the newsroom size in the renderer, where Chromium (and Electron) decode
// and encode images natively: main stays free of native image libraries (decision 0087).
import { imageSize, imageType, jpegOrientation, type ImageType } from '../../../../../shared/image-bytes'
import { RedaksiFailure } from '../../../../../shared/result'
import { MAX_SOURCE_PIXELS, NEWSROOM_JPEG_QUALITY, planPhoto, type PixelSize } from './photo-size'

/** What the field shows while a photo is prepared; 'storing' is the field's own last step. */
export type PhotoStage = 'reading' | 'decoding' | 'scaling' | 'storing'
export const PHOTO_STAGES: readonly PhotoStage[] = ['reading', 'decoding', 'scaling', 'storing']

export interface PreparedPhoto {
  bytes: Uint8Array
  /** The name the store keeps the extension of: `.jpg` once a photo is re-encoded. */
  fileName: string
  source: PixelSize & { bytes: number }
  stored: PixelSize & { bytes: number }
  scaled: boolean
}

// React paints the new stage before the next long step starts.
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

const TURNED = new Set([5, 6, 7, 8])

function asJpegName(name: string): string {
  const base = name.replace(/\.[^.]*$/, '') || 'foto'
  return `${base}.jpg`
}

function original(file: File, bytes: Uint8Array, size: PixelSize): PreparedPhoto {
  const measured = { ...size, bytes: bytes.length }
  return { bytes, fileName: file.name, source: measured, stored: measured, scaled: false }
}

async function decode(file: File): Promise<ImageBitmap> {
  try {
    // 'from-image' turns the pixels by the EXIF orientation, so the stored photo is upright.
    return await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch {
    throw new RedaksiFailure('image.undecodable', { file: file.name })
  }
}

async function encode(bitmap: ImageBitmap, size: PixelSize): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(size.width, size.height)
  const ctx = canvas.getContext('2d', { alpha: false })
  if (!ctx) throw new RedaksiFailure('image.undecodable', { file: 'canvas' })
  // JPEG has no transparency: a transparent PNG lands on the white of the published page.
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, size.width, size.height)
  ctx.imageSmoothingEnabled = true
  ctx.imageSmoothingQuality = 'high'
  ctx.drawImage(bitmap, 0, 0, size.width, size.height)
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: NEWSROOM_JPEG_QUALITY })
  return new Uint8Array(await blob.arrayBuffer())
}

/**
 * Reads, decodes and, where planPhoto says so, scales and re-encodes a picked photo. Refuses what
 * is not an image, or too large to decode safely; the store checks what is finally stored.
 */
export async function preparePhoto(file: File, keepOriginal: boolean, onStage: (stage: PhotoStage) => void): Promise<PreparedPhoto> {
  onStage('reading')
  await nextTask()
  const bytes = new Uint8Array(await file.arrayBuffer())
  const type: ImageType | null = imageType(bytes)
  if (!type) throw new RedaksiFailure('image.not-image', { file: file.name })
  const header = imageSize(bytes)
  const orientation = jpegOrientation(bytes)
  if (keepOriginal) {
    const size = header ?? { width: 0, height: 0 }
    return original(file, bytes, orientation !== null && TURNED.has(orientation) ? { width: size.height, height: size.width } : size)
  }
  if (header && header.width * header.height > MAX_SOURCE_PIXELS) {
    throw new RedaksiFailure('image.too-many-pixels', { file: file.name, width: header.width, height: header.height, megapixels: MAX_SOURCE_PIXELS / 1_000_000 })
  }
  onStage('decoding')
  await nextTask()
  const bitmap = await decode(file)
  try {
    const source = { width: bitmap.width, height: bitmap.height }
    const plan = planPhoto({ type, bytes: bytes.length, orientation, ...source }, false)
    if (plan.keep) return original(file, bytes, source)
    onStage('scaling')
    await nextTask()
    const scaled = await encode(bitmap, plan.size)
    const smaller = plan.size.width !== source.width || plan.size.height !== source.height
    // Re-encoding only for weight, and it did not pay: the original stays.
    if (!smaller && (orientation === null || orientation === 1) && scaled.length >= bytes.length) return original(file, bytes, source)
    return { bytes: scaled, fileName: asJpegName(file.name), source: { ...source, bytes: bytes.length }, stored: { ...plan.size, bytes: scaled.length }, scaled: true }
  } finally {
    bitmap.close()
  }
}
