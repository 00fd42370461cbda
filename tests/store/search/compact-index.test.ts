import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { openArticleStore } from '../../../src/main/store'
import { CompactIndex, type IndexedDoc } from '../../../src/main/store/search/compact-index'
import { withinOneEdit } from '../../../src/main/store/search/expand'
import { decodeIndex, encodeIndex } from '../../../src/main/store/search/index-file'
import { queryTerms } from '../../../src/main/store/tokenize'
import { draft, paragraphs, tempStoreDir } from '../helpers'
import { RANKING_DOCS } from './ranking-cases'

const docs: IndexedDoc[] = RANKING_DOCS.map((d) => ({ id: d.key, rev: 1, headline: d.headline, text: d.text }))
const QUERIES = ['kim jong-un', 'gubern', 'Makasar', 'harga beras', 'pemilu', 'jalan', 'warga', 'presiden', 'korea']
const answers = (index: CompactIndex) => QUERIES.map((q) => index.search(queryTerms(q), 20))

describe('compact search index', () => {
  it('answers the same before and after compaction and after a round trip through its file', () => {
    const index = new CompactIndex()
    for (const d of docs) index.add(d)
    // Replace two and remove one while their old postings still sit in the live part.
    index.add({ id: 'makassar', rev: 2, headline: 'Banjir Surut di Makassar', text: 'Air mulai surut.' })
    index.add({ id: 'presiden', rev: 2, headline: 'Presiden Resmikan Bendungan', text: 'Bendungan baru mengairi sawah warga.' })
    index.remove('gubernur-body')
    const live = answers(index)
    expect(live[1]).toEqual(['gubernur-headline'])
    expect(index.search(queryTerms('kecamatan'), 20)).toEqual([])
    expect(index.search(queryTerms('surut'), 20)).toEqual(['makassar'])
    expect(index.fragmented).toBe(true)
    index.compact()
    expect(index.fragmented).toBe(false)
    expect(answers(index)).toEqual(live)
    const { docs: table, segment } = index.parts()
    const read = decodeIndex(encodeIndex(table, segment))
    expect(read).not.toBeNull()
    const again = new CompactIndex(read?.docs, read?.segment)
    expect(answers(again)).toEqual(live)
    expect(again.size).toBe(docs.length - 1)
    expect(again.revOf('presiden')).toBe(2)
    // Changes after a compaction land in the live part again.
    again.add({ id: 'presiden', rev: 3, headline: 'Presiden Tinjau Sawah', text: 'Panen raya.' })
    expect(again.search(queryTerms('bendungan'), 20)).toEqual([])
    expect(again.search(queryTerms('panen'), 20)).toEqual(['presiden'])
  })

  it('refuses a file that is cut short, altered, or of another version', () => {
    const index = new CompactIndex()
    for (const d of docs) index.add(d)
    const { docs: table, segment } = index.parts()
    const bytes = encodeIndex(table, segment)
    expect(decodeIndex(bytes)?.docs.ids).toEqual(docs.map((d) => d.id))
    expect(decodeIndex(bytes.subarray(0, bytes.length - 1))).toBeNull()
    const flipped = bytes.slice()
    flipped[bytes.length - 3] = (flipped[bytes.length - 3] as number) ^ 1
    expect(decodeIndex(flipped)).toBeNull()
    const other = bytes.slice()
    const view = new DataView(other.buffer)
    view.setUint32(8, view.getUint32(8, true) + 1, true)
    view.setUint32(12, crc32(other.subarray(16)), true) // a well-formed file of another schema
    expect(decodeIndex(other)).toBeNull()
    expect(decodeIndex(new Uint8Array(0))).toBeNull()
  })

  it('limits and filters without sorting every match', () => {
    const index = new CompactIndex()
    for (let i = 0; i < 30; i++) index.add({ id: `a${String(i).padStart(2, '0')}`, rev: 1, headline: `Pemilu ${i}`, text: 'Pemilu.' })
    // Equal scores: the later id first.
    expect(index.search(['pemilu'], 3)).toEqual(['a29', 'a28', 'a27'])
    expect(index.search(['pemilu'], 3, (id) => id !== 'a28')).toEqual(['a29', 'a27', 'a26'])
    expect(index.search(['pemilu'], 0)).toEqual([])
    // Refusing more than the first round of candidates (limit + 8) takes a wider round.
    const kept = new Set(['a03', 'a01'])
    expect(index.search(['pemilu'], 5, (id) => kept.has(id))).toEqual(['a03', 'a01'])
    expect(index.search(['pemilu'], 2, (id) => id < 'a10')).toEqual(['a09', 'a08'])
  })

  it('takes one edit as a typo and no more', () => {
    expect(withinOneEdit('makasar', 'makassar')).toBe(true)
    expect(withinOneEdit('makassar', 'makasar')).toBe(true)
    expect(withinOneEdit('jakarta', 'jakarda')).toBe(true)
    expect(withinOneEdit('jakarta', 'jkarda')).toBe(false)
    expect(withinOneEdit('surabaya', 'surabayaa')).toBe(true)
    expect(withinOneEdit('surabaya', 'surabayaaa')).toBe(false)
  })
})

describe('search index file in the store', () => {
  it('rebuilds from the articles when search-index.bin is damaged, and removes the old JSON index', async () => {
    const dir = await tempStoreDir()
    const first = await openArticleStore(dir)
    const a = await first.create(draft({ headline: 'Gempa Guncang Ambon', body: paragraphs('Gempa magnitudo 5,2.') }))
    expect((await first.search('ambon')).map((s) => s.id)).toEqual([a.id])
    await first.close()
    await writeFile(join(dir, 'search-index.bin'), 'not an index')
    await writeFile(join(dir, 'search-index.json'), '{"schemaVersion":1}')

    const second = await openArticleStore(dir)
    expect((await second.search('ambon')).map((s) => s.id)).toEqual([a.id])
    await second.close()
    const { existsSync } = await import('node:fs')
    expect(existsSync(join(dir, 'search-index.json'))).toBe(false)
    expect(existsSync(join(dir, 'search-index.bin'))).toBe(true)
  })
})
