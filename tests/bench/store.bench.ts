// Store benchmarks (issues 3 and 14): the same store at 1,000, 10,000 and 100,000 articles of about
// 600 words in one run, so the growth of each cost shows, and at 10,000 the baselines of the same
// run (a bare durable write, a 10-article store, the naive single-file lowdb). See docs/BENCHMARKS.md.
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeFileDurably } from '../../src/main/files'
import { openArticleStore } from '../../src/main/store'
import { makeDraft, seededRandom } from './corpus'
import { bundleChild } from '../store/crash/bundle-child'
import { QUERIES } from './search/queries'
import { baselineRows } from './store-baselines'
import { saveLoop, storeOfSize } from './store-corpus'
import { mb, median, ms, percentile, printTable, timed, type BenchRow } from './stats'

const SIZES = (process.env.REDAKSI_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number)
const SAVES = 200
const OPENS = 3

interface Memory {
  rss: number
  heap: number
}
interface ChildOpen {
  openMs: number
  openCpuMs: number
  before: Memory
  afterOpen: Memory
  firstSearchMs: number
  afterSearch: Memory
  listed: number
}

const load = (): string => (loadavg()[0] ?? 0).toFixed(1)

async function measureSize(root: string, count: number, openChild: string) {
  const { dir, ids, kept } = await storeOfSize(root, count)
  const loadAt = load()
  const [first, rebuildMs] = await timed(() => openArticleStore(dir))
  const [, searchBuildMs] = await timed(() => first.search('presiden'))
  await first.close()

  const opens = [...Array(OPENS)].map(() => {
    const out = execFileSync(process.execPath, ['--expose-gc', openChild, dir], { encoding: 'utf8' })
    return JSON.parse(out.trim().split('\n').at(-1) as string) as ChildOpen
  })
  if (opens.some((o) => o.listed !== ids.length)) throw new Error('cold open lost articles')
  const m = (f: (o: ChildOpen) => number) => median(opens.map(f))

  // What a save cannot beat in this folder: one durable write of an article's size into articles/.
  const bare = join(dir, 'articles', 'bench-bare.json')
  const bytes = JSON.stringify(makeDraft(seededRandom(5)))
  const bareSamples: number[] = []
  for (let i = 0; i < 120; i++) {
    const [, t] = await timed(() => writeFileDurably(bare, bytes))
    if (i >= 20) bareSamples.push(t)
  }
  await rm(bare, { force: true })

  const store = await openArticleStore(dir)
  await saveLoop(store, ids, 20, 7)
  const saves = await saveLoop(store, ids, SAVES, 8)
  const [, flushMs] = await timed(() => store.flush())
  const lists: number[] = []
  const filters = [{}, { status: 'draft' as const }, { section: 'ekonomi' }, { author: 'haryo jati' }, { sort: 'updated-asc' as const, offset: 100 }]
  for (let i = 0; i < 100; i++) lists.push((await timed(() => store.list({ ...filters[i % filters.length], limit: 50 })))[1])
  await store.search('presiden')
  const searches: number[] = []
  for (let round = 0; round < 5; round++) for (const q of QUERIES) searches.push((await timed(() => store.search(q, { limit: 20 })))[1])
  await store.close()
  return {
    count,
    dir,
    ids,
    kept,
    load: `${loadAt} → ${load()}`,
    rebuildMs,
    searchBuildMs,
    openMs: m((o) => o.openMs),
    openCpuMs: m((o) => o.openCpuMs),
    baseRss: m((o) => o.before.rss),
    rssOpen: m((o) => o.afterOpen.rss),
    heapOpen: m((o) => o.afterOpen.heap),
    firstSearchMs: m((o) => o.firstSearchMs),
    rssSearch: m((o) => o.afterSearch.rss),
    saveMed: median(saves),
    bareMed: median(bareSamples),
    saveP95: percentile(saves, 95),
    flushMs,
    listMed: median(lists),
    searchMed: median(searches),
    searchP95: percentile(searches, 95)
  }
}

export async function storeBench(): Promise<BenchRow[]> {
  const root = await mkdtemp(join(tmpdir(), 'redaksi-bench-'))
  const child = await bundleChild(join(import.meta.dirname, 'open-child.ts'))
  const loadAtStart = load()
  const sizes: Awaited<ReturnType<typeof measureSize>>[] = []
  let detail: BenchRow[] = []
  try {
    for (const count of SIZES) {
      console.error(`store of ${count} articles…`)
      const s = await measureSize(root, count, child.path)
      sizes.push(s)
      if (count === 10_000) detail = await baselineRows(root, s)
      if (!s.kept) await rm(s.dir, { recursive: true, force: true })
    }
  } finally {
    await child.remove()
    await rm(root, { recursive: true, force: true })
  }
  console.log(`\n### Store at scale (${cpus().length} cores, load ${loadAtStart} at start → ${load()} at end; plain node on bundled code for open and memory)\n`)
  console.log('| articles | load | cold open | cold open, CPU | RSS after open (bare process) | heap after open | first search | RSS after 1st search | save median | bare durable write in articles/ | save p95 | list page of 50 | search median | search p95 | index flush | first open, no index | search index from scratch |')
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|')
  for (const s of sizes) {
    console.log(
      `| ${s.count} | ${s.load} | ${ms(s.openMs)} | ${ms(s.openCpuMs)} | ${mb(s.rssOpen)} (${mb(s.baseRss)}) | ${mb(s.heapOpen)} | ${ms(s.firstSearchMs)} | ${mb(s.rssSearch)} | ${ms(s.saveMed)} | ${ms(s.bareMed)} | ${ms(s.saveP95)} | ${ms(s.listMed)} | ${ms(s.searchMed)} | ${ms(s.searchP95)} | ${ms(s.flushMs)} | ${ms(s.rebuildMs)} | ${ms(s.searchBuildMs)} |`
    )
  }
  const ten = sizes.find((s) => s.count === 10_000)
  const hundred = sizes.find((s) => s.count === 100_000)
  if (ten && hundred) {
    const r = (a: number, b: number) => `${(a / b).toFixed(2)}×`
    console.log(
      `| 100000 ÷ 10000 | | ${r(hundred.openMs, ten.openMs)} | ${r(hundred.openCpuMs, ten.openCpuMs)} | ${r(hundred.rssOpen, ten.rssOpen)} | ${r(hundred.heapOpen, ten.heapOpen)} | ${r(hundred.firstSearchMs, ten.firstSearchMs)} | ${r(hundred.rssSearch, ten.rssSearch)} | ${r(hundred.saveMed, ten.saveMed)} | ${r(hundred.bareMed, ten.bareMed)} | ${r(hundred.saveP95, ten.saveP95)} | ${r(hundred.listMed, ten.listMed)} | ${r(hundred.searchMed, ten.searchMed)} | ${r(hundred.searchP95, ten.searchP95)} | ${r(hundred.flushMs, ten.flushMs)} | ${r(hundred.rebuildMs, ten.rebuildMs)} | ${r(hundred.searchBuildMs, ten.searchBuildMs)} |`
    )
    const ok = (v: boolean) => (v ? 'met' : 'MISSED')
    console.log(
      `\nTargets at 100000: cold open ${ms(hundred.openMs)} ≤ 500 ms ${ok(hundred.openMs <= 500)}; RSS after open ${mb(hundred.rssOpen)} ≤ 150 MB ${ok(hundred.rssOpen <= 150 * 2 ** 20)}; save median ${r(hundred.saveMed, ten.saveMed)} of 10000 ≤ 1.5× ${ok(hundred.saveMed <= 1.5 * ten.saveMed)}; search p95 ${ms(hundred.searchP95)} ≤ 30 ms ${ok(hundred.searchP95 <= 30)}`
    )
  }
  if (detail.length > 0) printTable('Store, 10000 articles, against the baselines of the same run', detail)
  return detail
}
