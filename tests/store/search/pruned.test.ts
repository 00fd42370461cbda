// The pruned search (headline candidates and a bound, decision 0103) must give exactly what scoring
// every posting gives: same ids, same order, same effect of `accept`, before and after changes.
import { describe, expect, it } from 'vitest'
import { bodyText } from '../../../src/shared/editor/queries'
import { CompactIndex, type IndexedDoc } from '../../../src/main/store/search/compact-index'
import { decodeIndex, encodeIndex } from '../../../src/main/store/search/index-file'
import { TermViews } from '../../../src/main/store/search/term-views'
import { queryTerms } from '../../../src/main/store/tokenize'
import { makeDraft, seededRandom } from '../../bench/corpus'
import { QUERIES } from '../../bench/search/queries'

const rand = seededRandom(7)
const docs: IndexedDoc[] = [...Array(3000)].map((_, i) => {
  const d = makeDraft(rand, 80)
  return { id: `d${String(i).padStart(5, '0')}`, rev: 1, headline: d.headline, text: bodyText(d.body) }
})
// One body with a count too large for a byte in the term views (255 and over is kept aside).
docs.push({ id: 'd99999', rev: 1, headline: 'Catatan Rapat', text: 'presiden '.repeat(40) })

// Thirty weak headline matches (one word in a long headline) and one strong body-only match: the
// body-only one must come first, which the candidates alone cannot show: the bound must send it
// to the full way.
const filler = 'dan '.repeat(40)
for (let i = 0; i < 30; i++) docs.push({ id: `k${String(i).padStart(5, '0')}`, rev: 1, headline: `Kwartet ${filler}`, text: 'Presiden datang.' })
docs.push({ id: 'kbody', rev: 1, headline: 'Catatan', text: 'kwartet presiden '.repeat(20) })

const words = ['presiden', 'jakarta', 'banjir', 'gubernur', 'pasar', 'harga', 'sekolah', 'guru', 'pemilu', 'partai', 'bola', 'juara', 'siber']
const pairs = [...Array(40)].map(() => `${words[Math.floor(rand() * words.length)]} ${words[Math.floor(rand() * words.length)]}`)
const queries = [...QUERIES, ...pairs, 'pre', 'gu', 'presiden jakarta banjir', 'jakrta', 'catatan rapat', 'tidakada', 'kwartet presiden', 'kwartet']

function both(): [CompactIndex, CompactIndex] {
  const pruned = new CompactIndex()
  const reference = new CompactIndex(undefined, undefined, false)
  for (const d of docs) {
    pruned.add(d)
    reference.add(d)
  }
  pruned.compact()
  reference.compact()
  return [pruned, reference]
}

function expectSame(pruned: CompactIndex, reference: CompactIndex, accept?: (id: string) => boolean): void {
  for (const q of queries) expect([q, pruned.search(queryTerms(q), 20, accept)]).toEqual([q, reference.search(queryTerms(q), 20, accept)])
}

describe('pruned search', () => {
  const [pruned, reference] = both()

  it('answers every query exactly as scoring every posting does, and takes the pruned way for common words', () => {
    expectSame(pruned, reference)
    expect(pruned.search(['presiden'], 20)).toHaveLength(20)
    expect(pruned.lastWay).toBe('pruned')
    expect(reference.lastWay).toBe('full')
    // 40 × "presiden" in a short body: its count does not fit a byte and still ranks as it should.
    expect(pruned.search(['presiden'], 1)).toEqual(reference.search(['presiden'], 1))
    expect(pruned.search(queryTerms('catatan rapat presiden'), 5)).toEqual(['d99999'])
    expect(pruned.search(queryTerms('kwartet presiden'), 3)).toEqual(['kbody', 'k00029', 'k00028'])
    expect(pruned.lastWay).toBe('full')
  })

  it('keeps exact when `accept` refuses most hits, falling back to scoring everything when the bound cannot prove the list', () => {
    expectSame(pruned, reference, (id) => id.endsWith('7'))
    const none = (): boolean => false
    expect(pruned.search(['presiden'], 20, none)).toEqual([])
    expect(pruned.lastWay).toBe('full')
  })

  it('stays exact with live changes on top of the segment: new, replaced and removed articles', () => {
    const [p, r] = both()
    for (const index of [p, r]) {
      index.add({ id: 'd00010', rev: 2, headline: 'Presiden Tinjau Banjir Jakarta', text: 'Presiden meninjau banjir.' })
      index.add({ id: 'n00001', rev: 1, headline: 'Presiden Presiden Presiden', text: 'Presiden.' })
      index.add({ id: 'n00002', rev: 1, headline: 'Gubernur Buka Pasar', text: 'Harga beras turun.' })
      index.remove('d00020')
      index.remove('d00021')
    }
    expectSame(p, r)
    expect(p.search(['presiden'], 1)).toEqual(['n00001'])
    expect(p.lastWay).toBe('pruned')
    expect(p.search(queryTerms('gubernur buka pasar'), 5)).toEqual(['n00002'])
    const removed = p.search(['presiden'], 5000)
    expect(removed.includes('d00020') || removed.includes('d00021')).toBe(false)
  })

  it('keeps only the last few term views, rebuilding one it let go the same', () => {
    const { docs: table, segment } = pruned.parts()
    const views = new TermViews(segment, table.ids.length, 3)
    const first = views.of(0)
    for (let i = 1; i < 4; i++) views.of(i)
    expect(views.size).toBe(3)
    const rebuilt = views.of(0)
    expect(rebuilt).not.toBe(first)
    expect(rebuilt.packed).toEqual(first.packed)
    expect(rebuilt.headlineDocs).toEqual(first.headlineDocs)
    expect(views.of(0)).toBe(rebuilt)
  })
})

describe('index file read in place', () => {
  it('uses the file buffer for its number arrays, and copies only when they do not lie aligned', () => {
    const index = new CompactIndex()
    for (const d of docs.slice(0, 50)) index.add(d)
    const { docs: table, segment } = index.parts()
    const bytes = encodeIndex(table, segment)
    const read = decodeIndex(bytes)
    expect(read?.segment.bytes.buffer).toBe(bytes.buffer)
    expect(read?.segment.starts.buffer).toBe(bytes.buffer)
    const shifted = new Uint8Array(bytes.length + 1)
    shifted.set(bytes, 1)
    const copy = decodeIndex(shifted.subarray(1))
    expect(copy?.segment.starts.buffer === shifted.buffer).toBe(false)
    expect(Array.from(copy?.segment.starts ?? [])).toEqual(Array.from(segment.starts))
    expect(copy?.docs.ids).toEqual(table.ids)
    const again = new CompactIndex(copy?.docs, copy?.segment)
    expect(again.search(['presiden'], 5)).toEqual(index.search(['presiden'], 5))
  })
})
