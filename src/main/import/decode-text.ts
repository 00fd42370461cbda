import type { ImportNote } from '../../shared/exchange'
import { RedaksiFailure } from '../../shared/result'
import { decodeWindows1252, windows1252Char } from './windows-1252'

/** How many line numbers a note names before it says "…": enough to find them, short enough to read. */
const LINES_NAMED = 10

const UTF8_BOM = [0xef, 0xbb, 0xbf]

/**
 * The text of an imported file. UTF-8 (with or without a byte-order mark) is expected; UTF-16 is
 * read when its byte-order mark says so (what Windows Notepad writes as "Unicode"). A UTF-8 file
 * with a few bytes that are not UTF-8 keeps every other character as it is: each stray byte is
 * read as its Windows-1252 character (the usual culprit is a quote pasted from an older editor)
 * and the note names the lines, so nothing is lost and the writer knows where to look. A file
 * with no UTF-8 sequence at all is an 8-bit file from an older Windows editor, read as
 * Windows-1252. Bytes that are no text (NUL bytes: a photo, a Word file) are refused.
 */
export function decodeText(bytes: Uint8Array, fileName: string): { text: string; warnings: ImportNote[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be')
  if (bytes.includes(0)) throw new RedaksiFailure('import.not-text', { file: fileName })
  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), warnings: [] }
  } catch {
    return decodeMixed(body)
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): { text: string; warnings: ImportNote[] } {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), warnings: [] }
  } catch {
    // A lone surrogate or an odd last byte: the rest is still the writer's text.
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes)
    const lines: number[] = []
    text.split('\n').forEach((line, i) => {
      if (line.includes('\uFFFD')) lines.push(i + 1)
    })
    return { text, warnings: [{ note: 'invalid-utf16', params: { lines: nameLines(lines) } }] }
  }
}

/** Length of the valid UTF-8 sequence starting at `i` (RFC 3629), or 0 when there is none. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!
  if (lead < 0x80) return 1
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k]
    return b !== undefined && b >= lo && b <= hi
  }
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0
  if (lead === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0
  if (lead === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0
  if (lead >= 0xe1 && lead <= 0xef) return cont(1) && cont(2) ? 3 : 0
  if (lead === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
  if (lead === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0
  if (lead >= 0xf1 && lead <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0
  return 0
}

function decodeMixed(bytes: Uint8Array): { text: string; warnings: ImportNote[] } {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true })
  const parts: string[] = []
  const badLines: number[] = []
  let multibyte = 0
  let line = 1
  let runStart = 0
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    if (b === 0x0a) line++
    const length = sequenceAt(bytes, i)
    if (length > 1) multibyte++
    if (length > 0) {
      i += length
      continue
    }
    parts.push(utf8.decode(bytes.subarray(runStart, i)), windows1252Char(b))
    if (badLines.at(-1) !== line) badLines.push(line)
    i++
    runStart = i
  }
  // Not one UTF-8 character anywhere: the whole file is in an 8-bit code page, not UTF-8 with strays.
  if (multibyte === 0) return { text: decodeWindows1252(bytes), warnings: [{ note: 'not-utf8', params: { lines: nameLines(badLines) } }] }
  parts.push(utf8.decode(bytes.subarray(runStart)))
  return { text: parts.join(''), warnings: [{ note: 'invalid-bytes', params: { lines: nameLines(badLines) } }] }
}

/** "3, 17, 40", or the first ten and the count ("3, 17, …, 90, … (12)"): numbers only, so either language can word around them. */
function nameLines(lines: number[]): string {
  const named = lines.slice(0, LINES_NAMED).join(', ')
  return lines.length > LINES_NAMED ? `${named}, … (${lines.length})` : named
}
