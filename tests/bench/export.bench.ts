// Batch export benchmark (issue 6): 1,000 approved articles of ~600 words to a folder of HTML
// files plus index.html, as "Ekspor yang disetujui…" does. See docs/BENCHMARKS.md.
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openArticleStore, type ArticleStore } from '../../src/main/store'
import { listAllSummaries } from '../../src/main/store'
import { ExportJobs } from '../../src/main/export/export-jobs'
import { runExport, type ExportRequest } from '../../src/main/export/run-export'
import { makeDraft, seededRandom } from './corpus'
import { ms, printTable, timed, type BenchRow } from './stats'

const COUNT = Number(process.env.REDAKSI_BENCH_EXPORTS ?? 1000)
const TARGET_MS = 10_000

async function seed(store: ArticleStore, count: number): Promise<void> {
  const rand = seededRandom(6)
  // 100 KB of bytes standing in for a press photo, shared by every article (content-addressed).
  const photo = new Uint8Array(100 * 1024).map(() => Math.floor(rand() * 256))
  const { asset } = await store.putAsset(photo, 'foto.jpg')
  for (let i = 0; i < count; i++) {
    const draft = makeDraft(rand)
    draft.published = { at: '2024-06-17T20:49:00+07:00', zone: 'WIB' }
    draft.featuredImage = { asset, caption: 'Suasana sidang di Jakarta.', credit: 'Kompas.tv' }
    const created = await store.create(draft)
    await store.setStatus(created.id, created.rev, 'approved', { actor: 'bench', action: 'approve' })
  }
}

export async function exportBench(): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'redaksi-bench-export-'))
  const store = await openArticleStore(join(dir, 'store'), { revisionIntervalMs: Number.MAX_SAFE_INTEGER })
  try {
    console.error(`seeding ${COUNT} approved articles…`)
    await seed(store, COUNT)
    const ids = (await listAllSummaries(store, { status: 'approved' })).map((s) => s.id)
    const rows: BenchRow[] = []

    const run = async (label: string, request: Omit<ExportRequest, 'ids' | 'outDir'>, target?: number): Promise<void> => {
      const outDir = join(dir, label.replace(/\W+/g, '-'))
      const [outcome, took] = await timed(() => runExport(store, { ...request, ids, outDir }))
      const files = (await readdir(outDir)).length
      rows.push({
        measure: `${label}: ${ids.length} articles → ${files} files`,
        result: `${ms(took)} (${ms(took / ids.length)} each)`,
        target: target ? `≤ ${target / 1000} s` : '',
        ok: target ? (took <= target && outcome.files.length === files ? 'yes' : 'NO') : ''
      })
      await rm(outDir, { recursive: true, force: true })
    }

    await run('HTML + index.html, image copied beside', { format: 'html', image: 'copy', index: true }, TARGET_MS)
    await run('HTML + index.html, image embedded (data URI)', { format: 'html', image: 'embed', index: true }, TARGET_MS)
    await run('Kompas plain text', { format: 'text' })
    await run('ninjs 2.2', { format: 'ninjs' })
    await run('.redaksi bundles', { format: 'bundle' })

    // Cancel: how long from the click until the job has stopped and cleaned up.
    const jobs = new ExportJobs(store)
    const outDir = join(dir, 'cancelled')
    const { job } = jobs.start({ ids, format: 'html', outDir, index: true })
    while (jobs.progress(job).done < ids.length / 4) await new Promise((r) => setTimeout(r, 5))
    const [stopped, took] = await timed(async () => {
      jobs.cancel(job)
      return jobs.settled(job)
    })
    const left = (await readdir(outDir)).length
    rows.push({ measure: `cancel at ${stopped.done}/${stopped.total}: until stopped and cleaned up`, result: `${ms(took)}, ${left} files left`, target: '0 files left', ok: left === 0 && stopped.state === 'cancelled' ? 'yes' : 'NO' })

    printTable(`Batch export (${ids.length} approved articles of ~600 words, one 100 KB photo each)`, rows)
    return rows
  } finally {
    await store.close()
    await rm(dir, { recursive: true, force: true })
  }
}
