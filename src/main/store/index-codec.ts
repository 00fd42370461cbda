// The bytes of `index.txt` (decision 0100): a magic line, a header line of JSON that carries the
// length and CRC-32 of the body, then the body: one JSON object whose `rows` is a flat array of
// INDEX_STRIDE values per article, with sections and author lists written once each in tables.
// The body is checked as a whole (length, checksum, then a typeof check per value) instead of by
// zod per summary: zod spent seconds on 100,000 summaries that the app itself had written.
// Nothing here touches the disk, so damage of every kind is tested on bytes.
import { crc32 } from 'node:zlib'
import { STATUSES, ZONE_OFFSETS, type ArticleSummary, type Status, type Zone } from '../../shared/article'
import type { DirIdentity } from './dir-identity'
import type { Place } from './layout'

export interface FileIdentity {
  ino: number
  size: number
  mtimeMs: number
}

/** One article as the index knows it: its summary, where its file is, and that file's identity. */
export interface IndexEntry extends FileIdentity {
  summary: ArticleSummary
  place: Place
}

/** The identity each place's folder had when the index was written, or null when it may not vouch. */
export type IndexDirs = Record<Place, DirIdentity | null>

export interface IndexContent {
  schemaVersion: number
  entries: IndexEntry[]
  dirs: IndexDirs
}

export type Decoded =
  | { state: 'ok'; content: IndexContent }
  | { state: 'old'; version: number }
  | { state: 'newer'; version: number }
  | { state: 'damaged'; reason: string }

const MAGIC = 'redaksi-index'
const FORMAT = 1
/** id, place, ino, size, mtimeMs, headline, section, status, authors, updatedAt, rev, published. */
export const INDEX_STRIDE = 12
const PLACES: readonly Place[] = ['articles', 'trash']
const ID = /^[0-9A-HJKMNP-TV-Z]{26}$/
const STATUS_OF = new Map<unknown, Status>(STATUSES.map((s) => [s, s]))
const ZONE_OF = new Map<unknown, Zone>((Object.keys(ZONE_OFFSETS) as Zone[]).map((z) => [z, z]))

export function encodeIndex(schemaVersion: number, entries: Iterable<IndexEntry>, dirs: IndexDirs): Buffer {
  const sections = new Map<string, number>()
  const authors = new Map<string, number>()
  const authorLists: string[][] = []
  const rows: unknown[] = []
  for (const e of entries) {
    const s = e.summary
    let section = sections.get(s.section)
    if (section === undefined) sections.set(s.section, (section = sections.size))
    const key = JSON.stringify(s.penulis)
    let list = authors.get(key)
    if (list === undefined) {
      authors.set(key, (list = authorLists.length))
      authorLists.push(s.penulis)
    }
    const published = s.published ? [s.published.at, s.published.zone] : null
    rows.push(s.id, PLACES.indexOf(e.place), e.ino, e.size, e.mtimeMs, s.headline, section, s.status, list, s.updatedAt, s.rev, published)
  }
  const body = Buffer.from(JSON.stringify({ sections: [...sections.keys()], authors: authorLists, rows }))
  const header = { format: FORMAT, schemaVersion, count: rows.length / INDEX_STRIDE, bytes: body.length, crc32: crc32(body), dirs }
  return Buffer.concat([Buffer.from(`${MAGIC}\n${JSON.stringify(header)}\n`), body])
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

function dirOf(v: unknown): DirIdentity | null | undefined {
  if (v === null) return null
  if (isRecord(v) && isNumber(v.ino) && isNumber(v.mtimeMs) && isNumber(v.ctimeMs)) return { ino: v.ino, mtimeMs: v.mtimeMs, ctimeMs: v.ctimeMs }
  return undefined
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** `current` is the article schema this app writes: an index of another schema is not read further. */
export function decodeIndex(bytes: Buffer, current: number): Decoded {
  const damaged = (reason: string): Decoded => ({ state: 'damaged', reason })
  const first = bytes.indexOf(0x0a)
  const second = first < 0 ? -1 : bytes.indexOf(0x0a, first + 1)
  if (second < 0 || bytes.toString('utf8', 0, first) !== MAGIC) return damaged('not a Redaksi index')
  const header = parseJson(bytes.toString('utf8', first + 1, second))
  if (!isRecord(header) || !Number.isInteger(header.schemaVersion)) return damaged('unreadable header')
  const version = header.schemaVersion as number
  // A newer Redaksi's index is not damage (the store refuses to open); an older one is rebuilt.
  if (version > current) return { state: 'newer', version }
  if (version < current) return { state: 'old', version }
  if (header.format !== FORMAT) return damaged(`format ${String(header.format)} is not ${FORMAT}`)
  if (!Number.isInteger(header.count) || !isRecord(header.dirs)) return damaged('unreadable header')
  const body = bytes.subarray(second + 1)
  if (body.length !== header.bytes) return damaged(`${body.length} bytes where the header says ${String(header.bytes)}`)
  if (crc32(body) !== header.crc32) return damaged('checksum does not match')
  const dirs: IndexDirs = { articles: dirOf(header.dirs.articles) ?? null, trash: dirOf(header.dirs.trash) ?? null }
  const parsed = parseJson(body.toString('utf8'))
  if (!isRecord(parsed)) return damaged('unreadable body')
  const entries = entriesOf(parsed, header.count as number)
  if (typeof entries === 'string') return damaged(entries)
  return { state: 'ok', content: { schemaVersion: version, entries, dirs } }
}

/** The rows as entries, or what is wrong with them. Strings that repeat are shared, not copied. */
function entriesOf(body: Record<string, unknown>, count: number): IndexEntry[] | string {
  const { sections, authors, rows } = body
  if (!Array.isArray(sections) || !sections.every((s) => typeof s === 'string')) return 'sections are not strings'
  if (!Array.isArray(authors) || !authors.every((a) => Array.isArray(a) && a.every((n) => typeof n === 'string'))) return 'authors are not lists of names'
  if (!Array.isArray(rows) || rows.length !== count * INDEX_STRIDE) return `rows do not hold ${count} entries`
  const lists = (authors as string[][]).map((a) => Object.freeze(a) as string[])
  const entries: IndexEntry[] = new Array<IndexEntry>(count)
  for (let i = 0, r = 0; i < count; i++, r += INDEX_STRIDE) {
    const id: unknown = rows[r]
    const ino: unknown = rows[r + 2]
    const size: unknown = rows[r + 3]
    const mtimeMs: unknown = rows[r + 4]
    const headline: unknown = rows[r + 5]
    const updatedAt: unknown = rows[r + 9]
    const rev: unknown = rows[r + 10]
    const published: unknown = rows[r + 11]
    const where = PLACES[rows[r + 1] as number]
    const sectionName = sections[rows[r + 6] as number] as string | undefined
    const known = STATUS_OF.get(rows[r + 7])
    const penulis = lists[rows[r + 8] as number]
    if (typeof id !== 'string' || !ID.test(id) || !where || !isNumber(ino) || !isNumber(size) || !isNumber(mtimeMs)) return `entry ${i}: bad id or file`
    if (typeof headline !== 'string' || sectionName === undefined || !known || !penulis || typeof updatedAt !== 'string') return `entry ${i}: bad summary`
    if (!Number.isInteger(rev) || (rev as number) < 1) return `entry ${i}: bad rev`
    let at: ArticleSummary['published'] = null
    if (published !== null) {
      const pair: unknown[] = Array.isArray(published) ? published : []
      const zone = ZONE_OF.get(pair[1])
      if (!zone || typeof pair[0] !== 'string' || pair.length !== 2) return `entry ${i}: bad published`
      at = { at: pair[0], zone }
    }
    const summary: ArticleSummary = { id, headline, section: sectionName, status: known, penulis, updatedAt, rev: rev as number, published: at }
    entries[i] = { summary, place: where, ino, size, mtimeMs }
  }
  return entries
}
