// The archive through the server: a whole archive pulled in pages (each article once, in seq
// order), full-text search with PostgreSQL's Snowball Indonesian stemmer, and names.
import { beforeAll, describe, expect, it } from 'vitest'
import { summarise } from '../../../src/shared/article'
import { SearchResponseSchema, type Change, type SearchResponse } from '../../../src/shared/sync/protocol'
import { http } from '../harness'
import { applied, bearer, make, pull, push, ulid, type Person } from './desk'
import { useServerDesk } from './server-desk'
import { cleanDraft } from './memory-desk'

const desk = useServerDesk(['ani'])
let ani: Person
beforeAll(() => {
  ani = desk.people.ani
})

const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

async function search(q: string): Promise<string[]> {
  const a = await http(`${desk.url}/v1/search?q=${encodeURIComponent(q)}`, { headers: bearer(ani) })
  expect(a.status).toBe(200)
  return (a.json as SearchResponse).hits.map((h) => h.article.headline)
}

describe('archive', () => {
  it('pulls a whole archive in pages, each article once and in seq order', async () => {
    const ids: string[] = []
    for (let batch = 0; batch < 3; batch++) {
      const changes: Change[] = Array.from({ length: 84 }, (_, i) => {
        const id = ulid()
        ids.push(id)
        return make.create(id, cleanDraft({ headline: `Arsip ${batch * 84 + i}`, penulis: [`Penulis ${i % 3}`] }))
      })
      await push(desk.url, ani, changes)
    }
    // One article changed again: it comes once, at its latest seq.
    await push(desk.url, ani, [make.save(ids[0]!, 1, cleanDraft({ headline: 'Arsip 0, disunting' }))])
    const pages: { n: number; last: number; more: boolean }[] = []
    const seen: string[] = []
    let since = 0
    for (;;) {
      const page = await pull(desk.url, ani, since, 100)
      pages.push({ n: page.entries.length, last: page.last, more: page.more })
      for (const e of page.entries) if (e.kind === 'article') seen.push(e.article.id)
      const seqs = page.entries.map((e) => e.seq)
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
      since = page.last
      if (!page.more) break
    }
    expect(pages).toEqual([
      { n: 100, last: 101, more: true },
      { n: 100, last: 201, more: true },
      { n: 52, last: 253, more: false }
    ])
    expect(seen.length).toBe(252)
    expect(new Set(seen)).toEqual(new Set(ids))
    expect(seen.at(-1)).toBe(ids[0])
    expect(await pull(desk.url, ani, 253)).toEqual({ entries: [], last: 253, more: false })
  }, 120_000)

  it('finds Indonesian words by their stem as Snowball makes it, headline above body', async () => {
    await push(desk.url, ani, [
      make.create(ulid(), cleanDraft({ headline: 'Presiden Berkunjung ke Papua', body: paragraph('Rombongan tiba pagi hari.') })),
      make.create(ulid(), cleanDraft({ headline: 'Jadwal Pekan Ini', body: paragraph('Menteri dikunjungi warga yang mengadukan banjir.') })),
      make.create(ulid(), cleanDraft({ headline: 'Gedung Terbakar di Glodok', body: paragraph('Petugas memadamkan api.') })),
      make.create(ulid(), cleanDraft({ headline: 'Wali Kota Mengunjungi Pasar', body: paragraph('Harga cabai naik.') })),
      make.create(ulid(), cleanDraft({ headline: 'Pertemuan Dua Pemimpin', body: paragraph('Keduanya bertemu di Bogor.') }))
    ])
    // kunjungan, berkunjung and dikunjungi all stem to "kunjung": found, the headline match first.
    expect(await search('kunjungan')).toEqual(['Presiden Berkunjung ke Papua', 'Jadwal Pekan Ini'])
    // kebakaran and terbakar share "bakar".
    expect(await search('kebakaran')).toEqual(['Gedung Terbakar di Glodok'])
    // What the stemmer does not do: "mengunjungi" becomes "unjung" (the meng- rule eats the k), and
    // "bertemu" becomes "berte" (-mu is taken for a possessive), so these are not found.
    expect(await search('kunjungan mengunjungi')).toEqual([])
    expect(await search('mengunjungi')).toEqual(['Wali Kota Mengunjungi Pasar'])
    expect(await search('pertemuan')).toEqual(['Pertemuan Dua Pemimpin'])
    expect(await search('temu')).toEqual(['Pertemuan Dua Pemimpin'])
  })

  it('leaves spiked pieces out of search, and answers one piece with its notes', async () => {
    const id = ulid()
    const noteId = ulid()
    const [created] = await push(desk.url, ani, [make.create(id, cleanDraft({ headline: 'Longsor Tutup Jalan Puncak', body: paragraph('Longsor menutup jalan.') })), make.note(id, noteId, 'Cek foto.')])
    expect(await search('longsor')).toEqual(['Longsor Tutup Jalan Puncak'])
    const one = await http(`${desk.url}/v1/articles/${id}`, { headers: bearer(ani) })
    expect(one.json).toEqual({ article: created!.status === 'applied' && created!.entry.kind === 'article' ? created!.entry.article : null, notes: [expect.objectContaining({ id: noteId, body: 'Cek foto.', author: 'Ani Wulandari' })] })
    await push(desk.url, ani, [make.move(id, 1, 'spike')])
    expect(await search('longsor')).toEqual([])
    const missing = await http(`${desk.url}/v1/articles/${ulid()}`, { headers: bearer(ani) })
    expect([missing.status, (missing.json as { error: { reason: string } }).error.reason]).toEqual([404, 'store.article-not-found'])
  })

  it('answers each hit as the shared summary of the article, best first, at most `limit`', async () => {
    const results = await push(desk.url, ani, [
      make.create(ulid(), cleanDraft({ headline: 'Nelayan Tuban Melaut Lagi', body: paragraph('Cuaca membaik.'), published: { at: '2026-11-30T07:15:00+07:00', zone: 'WIB' } })),
      make.create(ulid(), cleanDraft({ headline: 'Harga Ikan Turun', body: paragraph('Para nelayan Tuban panen ikan.') })),
      make.create(ulid(), cleanDraft({ headline: 'Pasar Ikan Tuban', body: paragraph('Nelayan menjual hasil tangkapan.') }))
    ])
    const [tuban, ikan, pasar] = results.map((r) => summarise(applied(r)))
    const a = await http(`${desk.url}/v1/search?q=${encodeURIComponent('nelayan Tuban')}&limit=2`, { headers: bearer(ani) })
    const hits = SearchResponseSchema.parse(a.json).hits
    // Both words in the headline first; then one of the two with one word there, the other in the body.
    expect(hits.map((h) => h.article.id)).toEqual([tuban!.id, hits[1]!.article.id === ikan!.id ? ikan!.id : pasar!.id])
    expect(hits[0]!.article).toEqual(tuban)
    expect(hits[0]!.rank).toBeGreaterThan(hits[1]!.rank)
    expect(await search('kata-yang-tidak-ada')).toEqual([])
  })

  it('answers the names credited across the archive, once each', async () => {
    const a = await http(`${desk.url}/v1/names`, { headers: bearer(ani) })
    expect(a.json).toEqual({ penulis: ['Ani Wulandari', 'Penulis 0', 'Penulis 1', 'Penulis 2'], editor: [], sumber: ['Antara'] })
  })
})
