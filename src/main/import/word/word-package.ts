// A .docx is a zip package. Before mammoth (through JSZip) inflates anything, its central
// directory is read here: the number of parts and the sizes they declare are held to the limits,
// and every part is then inflated once with its declared size as a hard ceiling, so a part that
// lies about its size (the classic zip bomb) is refused here instead of filling memory there.
import { inflateRawSync } from 'node:zlib'
import { MAX_WORD_ENTRIES, MAX_WORD_UNPACKED_BYTES, megabytes } from '../../../shared/exchange'
import { RedaksiFailure } from '../../../shared/result'

const LOCAL_HEADER = 0x04034b50
const CENTRAL_HEADER = 0x02014b50
const END_OF_DIRECTORY = 0x06054b50
const END_SIZE = 22
const MAX_COMMENT = 0xffff
const STORED = 0
const DEFLATED = 8

export const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const
// Word 97–2003 files, and .docx files Word encrypted with a password, are OLE compound files.
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((b, i) => bytes[i] === b)
export const looksLikeZip = (bytes: Uint8Array): boolean => startsWith(bytes, ZIP_SIGNATURE)
/** A zip, or an OLE file (an old .doc), so that each gets the Word document's words. */
export const looksLikeWord = (bytes: Uint8Array): boolean => looksLikeZip(bytes) || startsWith(bytes, COMPOUND_FILE)

/** The parts of a checked package, unpacked: names to bytes. */
export type WordParts = ReadonlyMap<string, Uint8Array>

interface Entry {
  name: string
  method: number
  flags: number
  packed: number
  unpacked: number
  localOffset: number
}

function endOfDirectory(view: DataView, file: string): number {
  const last = view.byteLength - END_SIZE
  for (let at = last; at >= Math.max(0, last - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at
  }
  throw new RedaksiFailure('word.damaged', { file })
}

function readDirectory(bytes: Uint8Array, file: string): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = endOfDirectory(view, file)
  const count = view.getUint16(end + 10, true)
  const size = view.getUint32(end + 12, true)
  const offset = view.getUint32(end + 16, true)
  // Zip64 markers: no Word document within the file limit needs them.
  if (count === 0xffff || offset === 0xffffffff || offset + size > end) throw new RedaksiFailure('word.damaged', { file })
  if (count > MAX_WORD_ENTRIES) throw new RedaksiFailure('word.too-many-entries', { file, entries: count, max: MAX_WORD_ENTRIES })
  const entries: Entry[] = []
  let at = offset
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) throw new RedaksiFailure('word.damaged', { file })
    const nameLength = view.getUint16(at + 28, true)
    const entry: Entry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      packed: view.getUint32(at + 20, true),
      unpacked: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
    }
    entries.push(entry)
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  const declared = entries.reduce((sum, e) => sum + e.unpacked, 0)
  if (declared > MAX_WORD_UNPACKED_BYTES) throw new RedaksiFailure('word.too-large-inside', { file, size: megabytes(declared), limit: megabytes(MAX_WORD_UNPACKED_BYTES) })
  return entries
}

function unpack(bytes: Uint8Array, entry: Entry, file: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const damaged = (): RedaksiFailure => new RedaksiFailure('word.part-damaged', { file, part: entry.name })
  if (entry.localOffset + 30 > bytes.length || view.getUint32(entry.localOffset, true) !== LOCAL_HEADER) throw damaged()
  const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true)
  if (start + entry.packed > bytes.length) throw damaged()
  const packed = bytes.subarray(start, start + entry.packed)
  if (entry.method === STORED) {
    if (entry.packed !== entry.unpacked) throw damaged()
    return packed
  }
  if (entry.method !== DEFLATED) throw damaged()
  let out: Buffer
  try {
    // One byte over the declared size is enough to know it lied.
    out = inflateRawSync(packed, { maxOutputLength: entry.unpacked + 1 })
  } catch {
    throw damaged()
  }
  if (out.length !== entry.unpacked) throw damaged()
  return out
}

/**
 * The parts of a Word document, or the failure that says why the bytes are not one. Nothing is
 * inflated before the whole central directory has been checked against the limits.
 */
export function openWordPackage(bytes: Uint8Array, file: string): WordParts {
  if (startsWith(bytes, COMPOUND_FILE)) throw new RedaksiFailure('word.old-doc', { file })
  if (!looksLikeZip(bytes)) throw new RedaksiFailure('word.not-zip', { file })
  const entries = readDirectory(bytes, file)
  if (entries.some((e) => e.flags & 1)) throw new RedaksiFailure('word.encrypted', { file })
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new RedaksiFailure('word.not-word', { file })
  return new Map(entries.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, unpack(bytes, e, file)]))
}
