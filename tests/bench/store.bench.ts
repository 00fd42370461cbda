// Store benchmarks (issue 3): 10,000 articles of about 600 words. See docs/BENCHMARKS.md.
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { JSONFile } from 'lowdb/node'
import { Low } from 'lowdb'
import { SCHEMA_VERSION, type Article, type ArticleDraft } from '../../src/shared/article'
import { openArticleStore, type ArticleStore } from '../../src/main/store'
import { makeRevId, newArticleId } from '../../src/main/store/ids'
import { makeDraft, seededRandom } from './corpus'
import { mb, median, ms, percentile, printTable, timed, type BenchRow } from './stats'

const COUNT = Number(process.env.REDAKSI_BENCH_ARTICLES ?? 10_000)
const SAVES = 200
const QUERIES = [
  'presiden',
  'jakarta banjir',
  'kim jong-un',
  'jongun',
  'menteri keuangan',
  'pemilu partai koalisi',
  'harga beras',
  'sepak bola juara',
  'gubern',
  'korupsi pengadilan',
  'Makasar',
  'siber peretas'
]

function articleOf(draft: ArticleDraft, when: Date): Article {
  const iso = when.toISOString()
  const base = {
    ...draft,
    id: newArticleId(when),
    status: 'draft' as const,
    createdAt: iso,
    updatedAt: iso,
    rev: 1,
    history: [{ at: iso, actor: 'bench', action: 'create', from: null, to: 'draft' as const }]
  }
  const { rev: _r, ...content } = base
  return { ...base, revId: makeRevId(1, null, content) }
}

/** Writes article files directly (no fsync: this is setup, not the thing measured). */
async function seedStore(dir: string, count: number, seed: number): Promise<Article[]> {
  const rand = seededRandom(seed)
  await mkdir(join(dir, 'articles'), { recursive: true })
  const out: Article[] = []
  const start = Date.parse('2024-01-01T00:00:00Z')
  for (let i = 0; i < count; i++) {
    const a = articleOf(makeDraft(rand), new Date(start + i * 60_000))
    out.push(a)
    await writeFile(
      join(dir, 'articles', `${a.id}.json`),
      JSON.stringify({ schemaVersion: SCHEMA_VERSION, article: a, snapshot: { at: a.createdAt, rev: 1 }, savedBy: 'bench' })
    )
  }
  return out
}

async function saveLoop(store: ArticleStore, ids: string[], n: number, seed: number): Promise<number[]> {
  const rand = seededRandom(seed)
  const revs = new Map<string, number>()
  const samples: number[] = []
  for (let i = 0; i < n; i++) {
    const id = ids[Math.floor(rand() * ids.length)] as string
    const rev = revs.get(id) ?? (await store.get(id)).rev
    const draft = makeDraft(rand)
    const [saved, t] = await timed(() => store.save(id, rev, draft))
    revs.set(id, saved.rev)
    samples.push(t)
  }
  return samples
}

function openInChild(dir: string): { openMs: number; rssAfterOpen: number; firstSearchMs: number; rssAfterSearch: number; listed: number } {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'open-child.ts'), dir], {
    encoding: 'utf8'
  })
  if (r.status !== 0) throw new Error(`open-child failed: ${r.stderr}`)
  return JSON.parse(r.stdout.trim().split('\n').at(-1) as string)
}

export async function storeBench(): Promise<BenchRow[]> {
  const root = await mkdtemp(join(tmpdir(), 'redaksi-bench-'))
  const rows: BenchRow[] = []
  const check = (v: number, limit: number) => (v <= limit ? 'yes' : 'NO')
  try {
    const big = join(root, 'big')
    console.error(`seeding ${COUNT} articles…`)
    const articles = await seedStore(big, COUNT, 42)
    const ids = articles.map((a) => a.id)

    const [first, rebuildMs] = await timed(() => openArticleStore(big))
    rows.push({ measure: `index rebuild from ${COUNT} article files (first open, no index)`, result: ms(rebuildMs) })
    const [, buildSearchMs] = await timed(() => first.search('presiden'))
    rows.push({ measure: 'search index built from scratch (first search, no search-index.json)', result: ms(buildSearchMs) })
    await first.close()

    // Cold open: a fresh process each time, nothing of the store in memory.
    const opens = [...Array(5)].map(() => openInChild(big))
    if (opens.some((o) => o.listed !== COUNT)) throw new Error('cold open lost articles')
    const openMed = median(opens.map((o) => o.openMs))
    rows.push({ measure: 'cold open (fresh process, median of 5)', result: ms(openMed), target: '≤ 500 ms', ok: check(openMed, 500) })
    const rss = median(opens.map((o) => o.rssAfterOpen))
    rows.push({ measure: 'resident memory after open (fresh process)', result: mb(rss), target: '≤ 150 MB', ok: check(rss, 150 * 1024 * 1024) })
    const firstSearch = median(opens.map((o) => o.firstSearchMs))
    rows.push({ measure: 'first search after open (loads search-index.json)', result: ms(firstSearch) })
    rows.push({ measure: 'resident memory after first search', result: mb(median(opens.map((o) => o.rssAfterSearch))) })

    const store = await openArticleStore(big)
    await saveLoop(store, ids, 20, 7) // warm-up
    const saves = await saveLoop(store, ids, SAVES, 8)
    const saveMed = median(saves)
    rows.push({ measure: `save one article, ${COUNT} store (median of ${SAVES})`, result: ms(saveMed), target: '≤ 10 ms', ok: check(saveMed, 10) })
    rows.push({ measure: `save one article, ${COUNT} store (p95)`, result: ms(percentile(saves, 95)) })

    const [, flushMs] = await timed(() => store.flush())
    rows.push({ measure: 'index flush after saves (idle time, off the save path)', result: ms(flushMs) })

    const lists: number[] = []
    const filters = [{}, { status: 'draft' as const }, { section: 'ekonomi' }, { author: 'haryo jati' }, { sort: 'updated-asc' as const, offset: 100 }]
    for (let i = 0; i < 100; i++) {
      const [page, t] = await timed(() => store.list({ ...filters[i % filters.length], limit: 50 }))
      if (page.items.length === 0) throw new Error('empty page')
      lists.push(t)
    }
    rows.push({ measure: 'list a page of 50 (median of 100, mixed filters)', result: ms(median(lists)) })

    await store.search('presiden') // load
    const searches: number[] = []
    for (let round = 0; round < 5; round++) {
      for (const q of QUERIES) searches.push((await timed(() => store.search(q, { limit: 20 })))[1])
    }
    const searchMed = median(searches)
    const searchP95 = percentile(searches, 95)
    rows.push({ measure: `full-text search (median of ${searches.length}, ${QUERIES.length} queries)`, result: ms(searchMed), target: '≤ 50 ms', ok: check(searchMed, 50) })
    rows.push({ measure: 'full-text search (p95)', result: ms(searchP95), target: '≤ 50 ms', ok: check(searchP95, 50) })
    await store.close()

    // The same save in a 10-article store.
    const small = join(root, 'small')
    await seedStore(small, 10, 43)
    const smallStore = await openArticleStore(small)
    const smallIds = (await smallStore.list()).items.map((s) => s.id)
    await saveLoop(smallStore, smallIds, 20, 7)
    const smallSaves = await saveLoop(smallStore, smallIds, SAVES, 8)
    await smallStore.close()
    const smallMed = median(smallSaves)
    rows.push({ measure: `save one article, 10-article store (median of ${SAVES})`, result: ms(smallMed) })
    rows.push({
      measure: `${COUNT} store ÷ 10-article store (save median)`,
      result: `${(saveMed / smallMed).toFixed(2)}×`,
      target: '≤ 2×',
      ok: check(saveMed / smallMed, 2)
    })

    // Naive lowdb: one JSON file holding every article, rewritten on each save.
    const naiveFile = join(root, 'naive.json')
    const naive = new Low<{ articles: Article[] }>(new JSONFile(naiveFile), { articles: articles })
    await naive.write()
    const rand = seededRandom(9)
    const naiveSaves: number[] = []
    for (let i = 0; i < 20; i++) {
      const k = Math.floor(rand() * articles.length)
      const current = naive.data.articles[k] as Article
      naiveSaves.push(
        (
          await timed(async () => {
            naive.data.articles[k] = { ...current, ...makeDraft(rand), rev: current.rev + 1, updatedAt: new Date().toISOString() }
            await naive.write()
          })
        )[1]
      )
    }
    const naiveMed = median(naiveSaves)
    rows.push({ measure: `save one article, naive single-file lowdb of ${COUNT} (median of 20)`, result: ms(naiveMed) })
    rows.push({
      measure: 'naive single-file save ÷ store save (median)',
      result: `${(naiveMed / saveMed).toFixed(1)}× faster`,
      target: '≥ 20×',
      ok: naiveMed / saveMed >= 20 ? 'yes' : 'NO'
    })
  } finally {
    await rm(root, { recursive: true, force: true })
  }
  printTable(`Store, ${COUNT} articles of ~600 words`, rows)
  return rows
}
