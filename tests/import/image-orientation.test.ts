// The EXIF orientation a JPEG records, read from its header alone (src/shared/image-bytes.ts).
import { describe, expect, it } from 'vitest'
import { jpegOrientation } from '../../src/shared/image-bytes'

const SOI = [0xff, 0xd8]
const SOF0 = [0xff, 0xc0, 0, 11, 8, 0, 16, 0, 32, 1, 1, 0x11, 0]
const SOS = [0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0]

/** An APP1 Exif segment with one IFD0 entry (tag, SHORT, count 1, value) in either byte order. */
function exif(order: 'II' | 'MM', tag: number, value: number, extraEntries = 0): number[] {
  const u16 = (n: number): number[] => (order === 'II' ? [n & 0xff, n >> 8] : [n >> 8, n & 0xff])
  const u32 = (n: number): number[] => (order === 'II' ? [...u16(n & 0xffff), ...u16(n >>> 16)] : [...u16(n >>> 16), ...u16(n & 0xffff)])
  const filler = Array.from({ length: extraEntries }, () => [...u16(0x010f), ...u16(2), ...u32(1), 0, 0, 0, 0]).flat()
  const tiff = [...order.split('').map((c) => c.charCodeAt(0)), ...u16(42), ...u32(8), ...u16(1 + extraEntries), ...filler, ...u16(tag), ...u16(3), ...u32(1), ...u16(value), 0, 0, ...u32(0)]
  const payload = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff]
  return [0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload]
}
const jpeg = (...segments: number[][]): Uint8Array => new Uint8Array([...SOI, ...segments.flat(), ...SOF0, ...SOS, 0xff, 0xd9])
const APP0 = [0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]

describe('jpegOrientation', () => {
  it('reads the orientation in both byte orders, after a JFIF segment and past other IFD entries', () => {
    expect(jpegOrientation(jpeg(exif('MM', 0x0112, 6)))).toBe(6)
    expect(jpegOrientation(jpeg(exif('II', 0x0112, 8)))).toBe(8)
    expect(jpegOrientation(jpeg(APP0, exif('II', 0x0112, 3, 2)))).toBe(3)
    expect(jpegOrientation(jpeg(exif('MM', 0x0112, 1)))).toBe(1)
  })

  it('is null without EXIF, without the tag, for a value outside 1–8, and for other formats', () => {
    expect(jpegOrientation(jpeg(APP0))).toBeNull()
    expect(jpegOrientation(jpeg(exif('MM', 0x0110, 6)))).toBeNull()
    expect(jpegOrientation(jpeg(exif('MM', 0x0112, 9)))).toBeNull()
    expect(jpegOrientation(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeNull()
  })

  it('is null, never a throw, for a segment cut short', () => {
    const whole = jpeg(exif('MM', 0x0112, 6))
    for (const cut of [4, 12, 20, 30]) expect(jpegOrientation(whole.subarray(0, cut))).toBeNull()
  })
})
