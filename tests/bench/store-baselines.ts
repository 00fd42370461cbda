// The 10,000-article store against the baselines measured in the same run: one bare durable write
// of an article-sized file (what a save cannot be faster than), the same save in a 10-article store,
// and the naive lowdb store that keeps every article in one file and rewrites it on each save.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { JSONFile } from 'lowdb/node'
import { Low } from 'lowdb'
import type { Article } from '../../src/shared/article'
import { openArticleStore } from '../../src/main/store'
import { writeFileDurably } from '../../src/main/files'
import { makeDraft, seededRandom } from './corpus'
import { articleOf, saveLoop, seedStore } from './store-corpus'
import { mb, median, ms, percentile, timed, type BenchRow } from './stats'

interface TenThousand {
  count: number
  openMs: number
  rssOpen: number
  firstSearchMs: number
  rssSearch: number
  saveMed: number
  saveP95: number
  listMed: number
  searchMed: number
  searchP95: number
}

const check = (v: number, limit: number): string => (v <= limit ? 'yes' : 'NO')

export async function baselineRows(root: string, s: TenThousand): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  rows.push({ measure: 'cold open (plain node, bundled, median of 3)', result: ms(s.openMs), target: '≤ 500 ms', ok: check(s.openMs, 500) })
  rows.push({ measure: 'resident memory after open (plain node)', result: mb(s.rssOpen), target: '≤ 150 MB', ok: check(s.rssOpen, 150 * 2 ** 20) })
  rows.push({ measure: 'first search after open (reads search-index.bin)', result: ms(s.firstSearchMs), target: '≤ 150 ms', ok: check(s.firstSearchMs, 150) })
  rows.push({ measure: 'resident memory after the first search', result: mb(s.rssSearch) })
  rows.push({ measure: 'full-text search, median', result: ms(s.searchMed) })
  rows.push({ measure: 'full-text search, p95', result: ms(s.searchP95), target: '≤ 20 ms', ok: check(s.searchP95, 20) })
  rows.push({ measure: 'list a page of 50 (median of 100, mixed filters)', result: ms(s.listMed) })
  rows.push({ measure: 'save one article, median of 200', result: ms(s.saveMed), target: '≤ 10 ms', ok: check(s.saveMed, 10) })
  rows.push({ measure: 'save one article, p95', result: ms(s.saveP95) })

  // A bare durable write of an article file's size: temp file, fsync, rename, fsync folder.
  const bare = join(root, 'bare')
  await mkdir(bare, { recursive: true })
  const rand = seededRandom(11)
  const bytes = JSON.stringify(articleOf(makeDraft(rand), new Date()))
  const bareSamples: number[] = []
  for (let i = 0; i < 220; i++) {
    const [, t] = await timed(() => writeFileDurably(join(bare, `a${i % 20}.json`), bytes))
    if (i >= 20) bareSamples.push(t)
  }
  const bareMed = median(bareSamples)
  rows.push({ measure: `bare durable write of ${(bytes.length / 1024).toFixed(1)} KB, median of 200`, result: ms(bareMed) })
  rows.push({ measure: 'store save ÷ bare durable write (median)', result: `${(s.saveMed / bareMed).toFixed(2)}×` })

  const small = join(root, 'small')
  await seedStore(small, 10, 43)
  const smallStore = await openArticleStore(small)
  const smallIds = (await smallStore.list()).items.map((a) => a.id)
  await saveLoop(smallStore, smallIds, 20, 7)
  const smallMed = median(await saveLoop(smallStore, smallIds, 200, 8))
  await smallStore.close()
  rows.push({ measure: 'save one article, 10-article store (median of 200)', result: ms(smallMed) })
  rows.push({ measure: '10000 store ÷ 10-article store (save median)', result: `${(s.saveMed / smallMed).toFixed(2)}×`, target: '≤ 2×', ok: check(s.saveMed / smallMed, 2) })

  // Naive lowdb: one JSON file holding every article, rewritten on each save.
  const start = Date.parse('2024-01-01T00:00:00Z')
  const corpus = seededRandom(42)
  const articles: Article[] = [...Array(s.count)].map((_, i) => articleOf(makeDraft(corpus), new Date(start + i * 60_000)))
  const naive = new Low<{ articles: Article[] }>(new JSONFile(join(root, 'naive.json')), { articles })
  await naive.write()
  const naiveSamples: number[] = []
  for (let i = 0; i < 20; i++) {
    const k = Math.floor(rand() * articles.length)
    const current = naive.data.articles[k] as Article
    naive.data.articles[k] = { ...current, ...makeDraft(rand), rev: current.rev + 1, updatedAt: new Date().toISOString() }
    naiveSamples.push((await timed(() => naive.write()))[1])
  }
  const naiveMed = median(naiveSamples)
  rows.push({ measure: `save one article, naive single-file lowdb of ${s.count} (median of 20)`, result: ms(naiveMed) })
  rows.push({ measure: 'naive single-file save ÷ store save (median)', result: `${(naiveMed / s.saveMed).toFixed(1)}× slower`, target: '≥ 20×', ok: naiveMed / s.saveMed >= 20 ? 'yes' : 'NO' })
  rows.push({ measure: 'naive single-file save, p95', result: ms(percentile(naiveSamples, 95)) })
  return rows
}
