// What an image's bytes say about it, read from its header alone: the format (by signature, not
// the file name) and its size in pixels. One check for every door an image comes through — the
// editor's photo field, a .redaksi bundle, the newsroom server — so no door lets in what another
// refuses.
import { RedaksiFailure } from './result'

/** Largest image file kept: a camera JPEG is 5–15 MB. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024
/**
 * Most pixels an image may have. A 45-megapixel camera gives 8192 × 5464; a small PNG that claims
 * 100,000 × 100,000 would need 40 GB to draw, in the editor and in every browser that opens the
 * export.
 */
export const MAX_IMAGE_PIXELS = 50_000_000

export type ImageType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp'

const ascii = (b: Uint8Array, from: number, to: number): string => String.fromCharCode(...b.subarray(from, to))
const u16be = (b: Uint8Array, i: number): number => (b[i]! << 8) | b[i + 1]!
const u16le = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8)
const u24le = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16)
const u32be = (b: Uint8Array, i: number): number => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!

export function imageType(b: Uint8Array): ImageType | null {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg'
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v)) return 'image/png'
  if (ascii(b, 0, 6).startsWith('GIF8')) return 'image/gif'
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'image/webp'
  return null
}

/** JPEG: the first start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC) holds height, width. */
function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let i = 2
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1]!
    if (marker === 0xff) {
      i++
      continue
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2
      continue
    }
    const length = u16be(b, i + 2)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) }
    }
    i += 2 + length
  }
  return null
}

function webpSize(b: Uint8Array): { width: number; height: number } | null {
  const chunk = ascii(b, 12, 16)
  if (chunk === 'VP8X' && b.length >= 30) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 }
  if (chunk === 'VP8 ' && b.length >= 30) return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff }
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  return null
}

/**
 * The EXIF orientation (1–8) a JPEG records in its APP1 segment, or null when it records none.
 * Browsers turn the photo by it when they draw it; Word and some wire systems do not, which is
 * why the editor re-encodes a turned photo upright (decision 0087).
 */
export function jpegOrientation(b: Uint8Array): number | null {
  if (imageType(b) !== 'image/jpeg') return null
  let i = 2
  while (i + 4 <= b.length && b[i] === 0xff) {
    const marker = b[i + 1]!
    // Start of scan: the segments that may carry EXIF are all before it.
    if (marker === 0xda || marker === 0xd9) return null
    const length = u16be(b, i + 2)
    if (marker === 0xe1 && ascii(b, i + 4, i + 10) === 'Exif\0\0') return tiffOrientation(b.subarray(i + 10, i + 2 + length))
    i += 2 + length
  }
  return null
}

function tiffOrientation(t: Uint8Array): number | null {
  if (t.length < 8) return null
  const little = ascii(t, 0, 2) === 'II'
  if (!little && ascii(t, 0, 2) !== 'MM') return null
  const u16 = (i: number): number => (little ? u16le(t, i) : u16be(t, i))
  const u32 = (i: number): number => (little ? (u16le(t, i) + u16le(t, i + 2) * 0x10000) : u32be(t, i))
  const ifd = u32(4)
  if (ifd + 2 > t.length) return null
  const entries = u16(ifd)
  for (let e = 0; e < entries; e++) {
    const at = ifd + 2 + e * 12
    if (at + 12 > t.length) return null
    if (u16(at) === 0x0112) {
      const value = u16(at + 8)
      return value >= 1 && value <= 8 ? value : null
    }
  }
  return null
}

/** Width and height from the header, or null when the header is cut short or unknown. */
export function imageSize(b: Uint8Array): { width: number; height: number } | null {
  switch (imageType(b)) {
    case 'image/png':
      return b.length >= 24 && ascii(b, 12, 16) === 'IHDR' ? { width: u32be(b, 16), height: u32be(b, 20) } : null
    case 'image/gif':
      return b.length >= 10 ? { width: u16le(b, 6), height: u16le(b, 8) } : null
    case 'image/jpeg':
      return jpegSize(b)
    case 'image/webp':
      return webpSize(b)
    default:
      return null
  }
}

/**
 * Refuses what no door may take: empty, too many bytes, not an image we know, or too many pixels.
 * The limits are named in the failure so the words can say them.
 */
export function checkImage(bytes: Uint8Array, fileName: string): ImageType {
  if (bytes.length === 0) throw new RedaksiFailure('image.empty', { file: fileName })
  if (bytes.length > MAX_IMAGE_BYTES) throw new RedaksiFailure('image.too-large', { file: fileName, mb: MAX_IMAGE_BYTES / (1024 * 1024) })
  const type = imageType(bytes)
  if (!type) throw new RedaksiFailure('image.not-image', { file: fileName })
  const size = imageSize(bytes)
  if (size && size.width * size.height > MAX_IMAGE_PIXELS) {
    throw new RedaksiFailure('image.too-many-pixels', { file: fileName, width: size.width, height: size.height, megapixels: MAX_IMAGE_PIXELS / 1_000_000 })
  }
  return type
}
