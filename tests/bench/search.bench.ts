// Issue 14, "search that fits": the store's search index before (MiniSearch) against FlexSearch and
// our compact index, on the same 10,000-article corpus in one run. Each index is built and then
// opened in its own plain-node process on bundled code, so memory is the index's alone: RSS and
// heap after loading and after the first search, minus the same process before it loaded anything.
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { bodyText } from '../../src/shared/editor/queries'
import type { IndexedDoc } from '../../src/main/store/search/compact-index'
import { newArticleId } from '../../src/main/store/ids'
import { bundleChild } from '../store/crash/bundle-child'
import { failedCases, RANKING_CASES, RANKING_DOCS } from '../store/search/ranking-cases'
import { makeDraft, seededRandom } from './corpus'
import { ENGINES } from './search/engines'
import { QUERIES } from './search/queries'
import { mb, median, ms, percentile } from './stats'

const COUNT = Number(process.env.REDAKSI_BENCH_SEARCH_DOCS ?? 10_000)
const OPENS = 3

interface OpenResult {
  before: { rss: number; heap: number }
  afterOpen: { rss: number; heap: number }
  afterFirst: { rss: number; heap: number }
  openMs: number
  firstSearchMs: number
  samples: number[]
  cpuPerSearchMs: number
}

const load = (): string => (loadavg()[0] ?? 0).toFixed(1)

function child(bundle: string, args: string[]): unknown {
  const out = execFileSync(process.execPath, ['--expose-gc', bundle, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 })
  return JSON.parse(out.trim().split('\n').at(-1) as string)
}

export function corpusDocs(count: number): IndexedDoc[] {
  const rand = seededRandom(42)
  const start = Date.parse('2024-01-01T00:00:00Z')
  return [...Array(count)].map((_, i) => {
    const d = makeDraft(rand)
    return { id: newArticleId(new Date(start + i * 60_000)), rev: 1, headline: d.headline, text: bodyText(d.body) }
  })
}

async function quality(): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  for (const kind of ENGINES) {
    const index = kind.create()
    for (const d of RANKING_DOCS) index.add({ id: d.key, rev: 1, headline: d.headline, text: d.text })
    index.settle()
    out.set(kind.name, RANKING_CASES.length - (await failedCases((q) => index.search(q, 20))).length)
  }
  return out
}

export async function searchBench(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'redaksi-search-bench-'))
  const bundle = await bundleChild(join(import.meta.dirname, 'search', 'search-child.ts'))
  try {
    const loadAtStart = load()
    console.error(`writing ${COUNT} documents…`)
    const docsFile = join(root, 'docs.json')
    await writeFile(docsFile, JSON.stringify(corpusDocs(COUNT)))
    const queriesFile = join(root, 'queries.json')
    await writeFile(queriesFile, JSON.stringify(QUERIES))
    const passed = await quality()
    const rows: { name: string; load: string; build: { buildMs: number; writeMs: number; fileBytes: number }; open: OpenResult[] }[] = []
    for (const kind of ENGINES) {
      console.error(`${kind.name}: build…`)
      const file = join(root, `${rows.length}.index`)
      const build = child(bundle.path, ['build', kind.name, docsFile, file]) as { buildMs: number; writeMs: number; fileBytes: number }
      console.error(`${kind.name}: open ×${OPENS}…`)
      const open = [...Array(OPENS)].map(() => child(bundle.path, ['open', kind.name, file, queriesFile]) as OpenResult)
      rows.push({ name: kind.name, load: load(), build, open })
    }
    const figures = rows.map((r) => {
      const m = (f: (o: OpenResult) => number) => median(r.open.map(f))
      const samples = r.open.flatMap((o) => o.samples)
      return {
        name: r.name,
        load: r.load,
        rssOpen: m((o) => o.afterOpen.rss - o.before.rss),
        heapOpen: m((o) => o.afterOpen.heap - o.before.heap),
        rssFirst: m((o) => o.afterFirst.rss - o.before.rss),
        heapFirst: m((o) => o.afterFirst.heap - o.before.heap),
        build: r.build.buildMs,
        file: r.build.fileBytes,
        first: m((o) => o.firstSearchMs),
        median: median(samples),
        p95: percentile(samples, 95),
        cpu: m((o) => o.cpuPerSearchMs),
        quality: passed.get(r.name) ?? 0
      }
    })
    const base = figures[0] as (typeof figures)[number]
    const ratio = (v: number, b: number) => `${(v / b).toFixed(2)}×`
    console.log(`\n### Search indexes, ${COUNT} articles of ~600 words (${cpus().length} cores, load ${loadAtStart} at start → ${load()} at end)\n`)
    console.log('| index | load | index RSS after open | heap after open | RSS after 1st search | heap after 1st search | build | file | first search | median | p95 | CPU per search | ranking cases |')
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|')
    for (const f of figures) {
      console.log(
        `| ${f.name} | ${f.load} | ${mb(f.rssOpen)} | ${mb(f.heapOpen)} | ${mb(f.rssFirst)} | ${mb(f.heapFirst)} | ${ms(f.build)} | ${mb(f.file)} | ${ms(f.first)} | ${ms(f.median)} | ${ms(f.p95)} | ${ms(f.cpu)} | ${f.quality}/${RANKING_CASES.length} |`
      )
    }
    console.log(`| target (10,000) | | ≤ 60 MB | | ≤ 60 MB | | | | ≤ 150 ms | | ≤ 20 ms | | all |`)
    for (const f of figures.slice(1)) {
      console.log(
        `| ${f.name} ÷ MiniSearch | | ${ratio(f.rssOpen, base.rssOpen)} | ${ratio(f.heapOpen, base.heapOpen)} | ${ratio(f.rssFirst, base.rssFirst)} | ${ratio(f.heapFirst, base.heapFirst)} | ${ratio(f.build, base.build)} | ${ratio(f.file, base.file)} | ${ratio(f.first, base.first)} | ${ratio(f.median, base.median)} | ${ratio(f.p95, base.p95)} | ${ratio(f.cpu, base.cpu)} | |`
      )
    }
  } finally {
    await bundle.remove()
    await rm(root, { recursive: true, force: true })
  }
}
