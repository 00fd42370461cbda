import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openArticleStore } from '../../src/main/store'
import { indexTerms, queryTerms } from '../../src/main/store/tokenize'
import { draft, manualClock, paragraphs, tempStoreDir } from './helpers'

describe('list', () => {
  it('filters by status, section, author and updated time, sorts and pages', async () => {
    const clock = manualClock('2024-06-01T00:00:00.000Z')
    const store = await openArticleStore(await tempStoreDir(), { now: clock.now })
    const ids: string[] = []
    for (let i = 0; i < 30; i++) {
      clock.advance(3600_000)
      const a = await store.create(
        draft({
          headline: `Berita ${i}`,
          section: i % 3 === 0 ? 'ekonomi' : 'nasional',
          penulis: i % 2 === 0 ? ['Haryo Jati'] : ['Rina Ayu', 'Budi Santoso']
        })
      )
      ids.push(a.id)
      if (i % 5 === 0) await store.setStatus(a.id, 1, 'submitted', { actor: 'x', action: 'submit' })
    }
    const all = await store.list({ limit: 100 })
    expect(all.total).toBe(30)
    expect(all.items[0]?.headline).toBe('Berita 29')
    expect((await store.list({ sort: 'updated-asc', limit: 1 })).items[0]?.headline).toBe('Berita 0')

    const page2 = await store.list({ offset: 10, limit: 10 })
    expect(page2.total).toBe(30)
    expect(page2.items.map((s) => s.headline)).toEqual([...Array(10)].map((_, k) => `Berita ${19 - k}`))
    expect((await store.list({ offset: 29, limit: 10 })).items).toHaveLength(1)
    expect((await store.list({ limit: 0 })).items).toHaveLength(0)

    expect((await store.list({ status: 'submitted' })).total).toBe(6)
    expect((await store.list({ status: ['submitted', 'draft'] })).total).toBe(30)
    expect((await store.list({ section: 'ekonomi' })).total).toBe(10)
    expect((await store.list({ author: 'budi santoso' })).total).toBe(15)
    expect((await store.list({ author: 'Haryo Jati', section: 'ekonomi' })).total).toBe(5)
    const from = '2024-06-01T10:00:00.000Z'
    const to = '2024-06-01T12:00:00.000Z'
    const window = await store.list({ updatedAfter: from, updatedBefore: to })
    expect(window.items.map((s) => s.headline).sort()).toEqual(['Berita 10', 'Berita 11', 'Berita 9'])
    const spiked = await store.spike(ids[1] as string, 1)
    expect((await store.list()).total).toBe(29)
    expect((await store.list({ status: 'spiked' })).items.map((s) => s.id)).toEqual([spiked.id])
    await store.close()
  })
})

describe('search', () => {
  it('tokenises Indonesian copy: case, punctuation, hyphenated names', () => {
    expect(indexTerms('Kim Jong-Un, (18/6/2024).')).toEqual(['kim', 'jong-un', 'jong', 'un', 'jongun', '18', '6', '2024'])
    expect(indexTerms('anak-anak Ma’ruf')).toEqual(['anak-anak', 'anak', 'anak', 'anakanak', "ma'ruf", 'ma', 'ruf', 'maruf'])
    expect(indexTerms('CAFÉ "Kopi"')).toEqual(['cafe', 'kopi'])
    expect(queryTerms('Jong-un!')).toEqual(['jong-un'])
  })

  it('finds articles by headline and body, with prefixes, hyphenated names and light typos', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    const putin = await store.create(draft())
    const banjir = await store.create(
      draft({ headline: 'Banjir Rendam Tiga Kecamatan di Makassar', section: 'regional', body: paragraphs('Hujan deras sejak Senin malam merendam permukiman warga Makassar.') })
    )
    const ekonomi = await store.create(
      draft({ headline: 'Rupiah Melemah', section: 'ekonomi', body: paragraphs('Menteri Keuangan Sri Mulyani menanggapi pelemahan rupiah terhadap dolar AS.') })
    )
    const ids = async (q: string) => (await store.search(q)).map((s) => s.id)
    for (const q of ['Jong-un', 'jong-un', 'JONG', 'jongun', 'kim jong-un', 'Kim Jong-Un']) {
      expect(await ids(q), q).toEqual([putin.id])
    }
    expect(await ids('pyongyang putin')).toEqual([]) // every word must match; the dateline is not body text
    expect(await ids('korea utara')).toEqual([putin.id])
    expect(await ids('makas')).toEqual([banjir.id]) // prefix
    expect(await ids('Makasar')).toEqual([banjir.id]) // one typo
    expect(await ids('sri mulyani rupiah')).toEqual([ekonomi.id])
    expect(await ids('Kemenlu')).toEqual([]) // Baca Juga titles are not this article's text
    expect(await ids('')).toEqual([])
    expect(await ids('  ...  ')).toEqual([])

    // Saves are searchable at once; spiked articles are not.
    await store.save(banjir.id, 1, draft({ headline: 'Banjir Surut di Makassar', body: paragraphs('Air mulai surut.') }))
    expect(await ids('surut')).toEqual([banjir.id])
    expect(await ids('kecamatan')).toEqual([])
    await store.spike(ekonomi.id, 1)
    expect(await ids('rupiah')).toEqual([])
    await store.close()
    expect(existsSync(join(dir, 'search-index.bin'))).toBe(true)
  })

  it('persists the search index and catches up with saves made while it was not loaded', async () => {
    const dir = await tempStoreDir()
    const first = await openArticleStore(dir)
    const a = await first.create(draft({ headline: 'Gempa Guncang Ambon', body: paragraphs('Gempa magnitudo 5,2.') }))
    expect((await first.search('ambon')).map((s) => s.id)).toEqual([a.id])
    await first.close()

    const second = await openArticleStore(dir)
    await second.save(a.id, 1, draft({ headline: 'Gempa Guncang Kupang', body: paragraphs('Gempa magnitudo 5,2.') })) // search not loaded
    const b = await second.create(draft({ headline: 'Tsunami Tidak Terjadi', body: paragraphs('BMKG memastikan.') }))
    await second.close()

    const third = await openArticleStore(dir)
    expect((await third.search('kupang')).map((s) => s.id)).toEqual([a.id])
    expect(await third.search('ambon')).toEqual([])
    expect((await third.search('bmkg')).map((s) => s.id)).toEqual([b.id])
    await third.close()
  })

  it('frees an idle search index and loads it again on the next search', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir, { searchUnloadAfterMs: 10 })
    const a = await store.create(draft({ headline: 'Kapal Tenggelam di Selat Bali' }))
    expect((await store.search('selat')).map((s) => s.id)).toEqual([a.id])
    // Freed after 10 idle ms and written out; waited for rather than timed (speed lives in benchmarks).
    await expect.poll(() => existsSync(join(dir, 'search-index.bin')), { timeout: 5000 }).toBe(true)
    await store.save(a.id, 1, draft({ headline: 'Kapal Tenggelam di Selat Lombok' }))
    expect((await store.search('lombok')).map((s) => s.id)).toEqual([a.id])
    expect(await store.search('bali')).toEqual([])
    await store.close()
  })

  it('limits the number of results', async () => {
    const store = await openArticleStore(await tempStoreDir())
    for (let i = 0; i < 5; i++) await store.create(draft({ headline: `Pemilu ${i}` }))
    expect(await store.search('pemilu', { limit: 3 })).toHaveLength(3)
    expect(await store.search('pemilu')).toHaveLength(5)
    await store.close()
  })
})
