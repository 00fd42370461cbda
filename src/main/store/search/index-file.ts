// The search index on disk: one binary file, read whole on the first search (a few megabytes for
// 10,000 articles, against 18 MB of JSON before). A fixed head (magic, format, the store's schema
// version, a CRC-32 of the rest, the length of a small JSON part), then ids and terms as text and the
// numbers as little-endian typed arrays, padded to lie aligned, so that a read uses them where they
// are in the file's buffer (no copy of 40 MB at 100,000 articles). Derived data: anything that does
// not check out (another version, a short file, a wrong checksum) reads as null and is rebuilt.
import { readFile } from 'node:fs/promises'
import { crc32 } from 'node:zlib'
import { SCHEMA_VERSION } from '../../../shared/article'
import { writeFileDurably } from '../../files'
import type { DocTable } from './compact-index'
import type { Segment } from './segment'

const MAGIC = 0x52445853 // "RDXS"
const FORMAT = 1
const HEAD = 20

interface Layout {
  docs: number
  terms: number
  ids: number
  termText: number
  postings: number
}

const text = new TextEncoder()
const words = new TextDecoder()

function u32(values: ArrayLike<number>): Uint8Array {
  return new Uint8Array(Uint32Array.from(values).buffer)
}

export function encodeIndex(docs: DocTable, segment: Segment): Uint8Array {
  const ids = text.encode(docs.ids.join('\n'))
  const termText = text.encode(segment.terms.join('\n'))
  const layout: Layout = { docs: docs.ids.length, terms: segment.terms.length, ids: ids.length, termText: termText.length, postings: segment.bytes.length }
  // Spaces after the JSON bring the number arrays to a multiple of four bytes, so that a reader can
  // use them where they lie in the file's buffer instead of copying 40 MB at 100,000 articles.
  const bare = JSON.stringify(layout)
  const json = text.encode(bare.padEnd(bare.length + ((4 - ((HEAD + bare.length + ids.length + termText.length) % 4)) % 4)))
  const parts = [json, ids, termText, u32(docs.revs), u32(docs.headlineLengths), u32(docs.bodyLengths), segment.starts, segment.counts, segment.bytes]
  const size = HEAD + parts.reduce((n, p) => n + p.byteLength, 0)
  const out = new Uint8Array(size)
  let at = HEAD
  for (const p of parts) {
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at)
    at += p.byteLength
  }
  const head = new DataView(out.buffer)
  head.setUint32(0, MAGIC, true)
  head.setUint32(4, FORMAT, true)
  head.setUint32(8, SCHEMA_VERSION, true)
  head.setUint32(16, json.length, true)
  head.setUint32(12, crc32(out.subarray(16)), true)
  return out
}

/** The index in `bytes`, or null when they are not a whole, current index file. */
export function decodeIndex(bytes: Uint8Array): { docs: DocTable; segment: Segment } | null {
  if (bytes.length < HEAD) return null
  const head = new DataView(bytes.buffer, bytes.byteOffset, HEAD)
  if (head.getUint32(0, true) !== MAGIC || head.getUint32(4, true) !== FORMAT || head.getUint32(8, true) !== SCHEMA_VERSION) return null
  if (crc32(bytes.subarray(16)) !== head.getUint32(12, true)) return null
  let at = HEAD
  const take = (n: number): Uint8Array => {
    if (at + n > bytes.length) throw new RangeError('short index file')
    const part = bytes.subarray(at, at + n)
    at += n
    return part
  }
  const numbers = (n: number): Uint32Array => {
    const part = take(4 * n)
    if (part.byteOffset % 4 === 0) return new Uint32Array(part.buffer, part.byteOffset, n)
    // A file of an earlier writer (unpadded) or a pooled small Buffer: an aligned copy.
    return new Uint32Array(part.slice().buffer)
  }
  try {
    const layout = JSON.parse(words.decode(take(head.getUint32(16, true)))) as Layout
    const idText = words.decode(take(layout.ids))
    const termText = words.decode(take(layout.termText))
    const ids = layout.docs === 0 ? [] : idText.split('\n')
    const terms = layout.terms === 0 ? [] : termText.split('\n')
    const revs = Array.from(numbers(layout.docs))
    const headlineLengths = Array.from(numbers(layout.docs))
    const bodyLengths = Array.from(numbers(layout.docs))
    const starts = numbers(layout.terms + 1)
    const counts = numbers(layout.terms)
    const postings = take(layout.postings)
    if (at !== bytes.length || ids.length !== layout.docs || terms.length !== layout.terms || starts[layout.terms] !== postings.length) return null
    return { docs: { ids, revs, headlineLengths, bodyLengths }, segment: { terms, starts, counts, bytes: postings } }
  } catch {
    return null
  }
}

export async function readIndexFile(path: string): Promise<{ docs: DocTable; segment: Segment } | null> {
  const bytes = await readFile(path).catch(() => null)
  return bytes ? decodeIndex(bytes) : null
}

export function writeIndexFile(path: string, docs: DocTable, segment: Segment): Promise<void> {
  return writeFileDurably(path, encodeIndex(docs, segment))
}
