// Batch export benchmark (issues 6 and 14): 1,000 approved articles of ~600 words to a folder of
// HTML files plus index.html, as "Ekspor yang disetujui…" does. Every figure is printed with the
// machine's load beside it and the CPU the process spent, and the HTML export is measured beside
// a baseline in the same round: the same bytes written with the same durability and nothing else
// (no store, no rendering), so the ratio says how close the export is to the cost of its writes.
// REDAKSI_BENCH_EXPORT_PHOTOS=distinct gives every article its own photo. See docs/BENCHMARKS.md.
import { link, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { openArticleStore, type ArticleStore } from '../../src/main/store'
import { listAllSummaries } from '../../src/main/store'
import { ExportJobs } from '../../src/main/export/export-jobs'
import { mapLimited } from '../../src/main/export/limited'
import { runExport, type ExportRequest } from '../../src/main/export/run-export'
import { fsyncDir } from '../../src/main/files'
import { makeDraft, seededRandom } from './corpus'
import { median, ms, type BenchRow } from './stats'
import { writeSynced } from '../../src/main/export/staging'

const COUNT = Number(process.env.REDAKSI_BENCH_EXPORTS ?? 1000)
const ROUNDS = Number(process.env.REDAKSI_BENCH_EXPORT_ROUNDS ?? 5)
const DISTINCT = process.env.REDAKSI_BENCH_EXPORT_PHOTOS === 'distinct'
const TARGET_MS = 2_000
const PHOTO_BYTES = 100 * 1024

async function seed(store: ArticleStore, count: number): Promise<void> {
  const rand = seededRandom(6)
  // 100 KB of bytes standing in for a press photo, shared by every article (content-addressed)
  // unless each is to have its own.
  const photo = new Uint8Array(PHOTO_BYTES).map(() => Math.floor(rand() * 256))
  let { asset } = await store.putAsset(photo, 'foto.jpg')
  for (let i = 0; i < count; i++) {
    if (DISTINCT) {
      photo[0] = i & 0xff
      photo[1] = i >> 8
      asset = (await store.putAsset(photo, 'foto.jpg')).asset
    }
    const draft = makeDraft(rand)
    draft.published = { at: '2024-06-17T20:49:00+07:00', zone: 'WIB' }
    draft.featuredImage = { asset, caption: 'Suasana sidang di Jakarta.', credit: 'Kompas.tv' }
    const created = await store.create(draft)
    await store.setStatus(created.id, created.rev, 'approved', { actor: 'bench', action: 'approve' })
  }
}

interface Measured<T> {
  value: T
  wallMs: number
  cpuMs: number
  load: number
}

async function measure<T>(fn: () => Promise<T>): Promise<Measured<T>> {
  const cpu = process.cpuUsage()
  const t = performance.now()
  const value = await fn()
  const wallMs = performance.now() - t
  const used = process.cpuUsage(cpu)
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000, load: loadavg()[0]! }
}


/**
 * The export's writes and nothing else: files of the sizes it wrote, each synced, eight at a time,
 * in a staging folder renamed file by file into a fresh folder that is synced once. With
 * `linkRepeats` a photo the export links is written once and linked, as the export does; without,
 * every photo is written (and synced) in full, as the export before issue 14 wrote them.
 */
async function bareWrites(dir: string, files: { name: string; size: number; photo: boolean }[], linkRepeats: boolean): Promise<void> {
  const staging = await mkdtemp(join(dir, 'bare-staging-'))
  const target = await mkdtemp(join(dir, 'bare-out-'))
  const photo = new Uint8Array(PHOTO_BYTES).fill(7)
  const first = files.find((f) => f.photo)
  if (linkRepeats && first) await writeSynced(join(staging, first.name), photo)
  await mapLimited(files, 8, async (f) => {
    if (!f.photo) return writeSynced(join(staging, f.name), new Uint8Array(f.size).fill(60))
    if (!linkRepeats) return writeSynced(join(staging, f.name), photo)
    if (f !== first) await link(join(staging, first!.name), join(staging, f.name))
  })
  await mapLimited(files, 8, (f) => rename(join(staging, f.name), join(target, f.name)))
  await fsyncDir(target)
  await rm(staging, { recursive: true, force: true })
  await rm(target, { recursive: true, force: true })
}

const seconds = (n: number): string => `${(n / 1000).toFixed(2)} s`
const row = (measure: string, m: Measured<unknown>, extra: string, target = '', ok = ''): BenchRow => ({
  measure,
  result: `${seconds(m.wallMs)} wall, ${seconds(m.cpuMs)} CPU, load ${m.load.toFixed(2)}${extra}`,
  target,
  ok
})

export async function exportBench(): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'redaksi-bench-export-'))
  const store = await openArticleStore(join(dir, 'store'), { revisionIntervalMs: Number.MAX_SAFE_INTEGER })
  try {
    console.error(`seeding ${COUNT} approved articles${DISTINCT ? ', each with its own photo' : ''}…`)
    await seed(store, COUNT)
    const ids = (await listAllSummaries(store, { status: 'approved' })).map((s) => s.id)
    const rows: BenchRow[] = []
    const exportTo = async (label: string, request: Omit<ExportRequest, 'ids' | 'outDir'>): Promise<Measured<{ files: { name: string; size: number; photo: boolean }[]; complete: boolean }>> => {
      const outDir = join(dir, label.replace(/\W+/g, '-'))
      const m = await measure(() => runExport(store, { ...request, ids, outDir }))
      const names = await readdir(outDir)
      const files = await Promise.all(names.map(async (name) => ({ name, size: (await stat(join(outDir, name))).size, photo: name.endsWith('.jpg') })))
      await rm(outDir, { recursive: true, force: true })
      return { ...m, value: { files, complete: m.value.files.length === names.length } }
    }

    // Rounds of: the export with its images copied, then the bare writes of what it wrote.
    const rounds: { exported: Measured<unknown>; bare: Measured<unknown>; full: Measured<unknown> }[] = []
    let fileCount = 0
    for (let round = 1; round <= ROUNDS; round++) {
      const exported = await exportTo(`html-copy-${round}`, { format: 'html', image: 'copy', index: true })
      if (!exported.value.complete) throw new Error('the export did not write every file it named')
      fileCount = exported.value.files.length
      const bare = await measure(() => bareWrites(dir, exported.value.files, !DISTINCT))
      const full = await measure(() => bareWrites(dir, exported.value.files, false))
      rounds.push({ exported, bare, full })
      const ratio = exported.wallMs / bare.wallMs
      rows.push(row(`round ${round}: HTML + index.html, images copied: ${ids.length} articles → ${fileCount} files`, exported, `; ×${ratio.toFixed(2)} the bare writes`, `≤ ${TARGET_MS / 1000} s`, exported.wallMs <= TARGET_MS ? 'yes' : 'NO'))
      rows.push(row(`round ${round}: baseline, the same bytes written and synced${DISTINCT ? '' : ' (repeated photo linked)'}`, bare, ''))
      rows.push(row(`round ${round}: baseline, every photo written in full`, full, ''))
    }
    const walls = rounds.map((r) => r.exported.wallMs)
    const cpus = rounds.map((r) => r.exported.cpuMs)
    const ratios = rounds.map((r) => r.exported.wallMs / r.bare.wallMs)
    rows.push({
      measure: `HTML + images copied over ${ROUNDS} rounds: median / slowest; CPU median; ratio to bare writes median`,
      result: `${seconds(median(walls))} / ${seconds(Math.max(...walls))}; ${seconds(median(cpus))} CPU; ×${median(ratios).toFixed(2)}; load ${rounds.map((r) => r.exported.load.toFixed(1)).join(', ')}`,
      target: `every round ≤ ${TARGET_MS / 1000} s`,
      ok: Math.max(...walls) <= TARGET_MS ? 'yes' : 'NO'
    })

    for (const [label, request] of [
      ['HTML + index.html, image embedded (data URI)', { format: 'html', image: 'embed', index: true }],
      ['Kompas plain text', { format: 'text' }],
      ['ninjs 2.2', { format: 'ninjs' }],
      ['.redaksi bundles', { format: 'bundle' }]
    ] as const) {
      const m = await exportTo(label, request)
      rows.push(row(`${label}: ${ids.length} articles → ${m.value.files.length} files`, m, ` (${ms(m.wallMs / ids.length)} each)`))
    }

    // Cancel: how long from the click until the job has stopped and cleaned up.
    const jobs = new ExportJobs(store)
    const outDir = join(dir, 'cancelled')
    const { job } = jobs.start({ ids, format: 'html', outDir, index: true })
    while (jobs.progress(job).done < ids.length / 4) await new Promise((r) => setTimeout(r, 5))
    const stopped = await measure(async () => {
      jobs.cancel(job)
      return jobs.settled(job)
    })
    const left = (await readdir(outDir)).length
    rows.push(row(`cancel at ${stopped.value.done}/${stopped.value.total}: until stopped and cleaned up`, stopped, `, ${left} files left`, '0 files left', left === 0 && stopped.value.state === 'cancelled' ? 'yes' : 'NO'))

    console.log(`\n### Batch export (${ids.length} approved articles of ~600 words, ${DISTINCT ? 'each with its own' : 'one shared'} 100 KB photo; load = 1-minute loadavg at the end of each figure, ${tmpdir()})\n`)
    console.log('| measure | result | target | met |\n|---|---|---|---|')
    for (const r of rows) console.log(`| ${r.measure} | ${r.result} | ${r.target ?? ''} | ${r.ok ?? ''} |`)
    return rows
  } finally {
    await store.close()
    await rm(dir, { recursive: true, force: true })
  }
}
