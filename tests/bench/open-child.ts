// Opens a store in a fresh plain-node process (bundled by store.bench.ts, not run through tsx) and
// reports how long that took and the memory it holds, then the same for the first search.
// Prints one JSON line.
import { openArticleStore } from '../../src/main/store'

const dir = process.argv[2]
if (!dir) throw new Error('usage: open-child <dir>')
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)
const memory = (): { rss: number; heap: number } => {
  gc()
  gc()
  const m = process.memoryUsage()
  return { rss: m.rss, heap: m.heapUsed + m.external + m.arrayBuffers }
}
const before = memory()
const t0 = performance.now()
const cpu0 = process.cpuUsage()
const store = await openArticleStore(dir)
const openMs = performance.now() - t0
// CPU time as well: the machine is shared, and wall time includes waiting for the other work.
const cpu = process.cpuUsage(cpu0)
const openCpuMs = (cpu.user + cpu.system) / 1000
const afterOpen = memory()
const t1 = performance.now()
const hits = await store.search('presiden jakarta')
const firstSearchMs = performance.now() - t1
const afterSearch = memory()
const listed = (await store.list({ limit: 1 })).total
process.stdout.write(
  JSON.stringify({ openMs, openCpuMs, before, afterOpen, firstSearchMs, afterSearch, listed, hits: hits.length, reread: store.openReport.reread }) + '\n'
)
process.exit(0) // skip close(): this process only measures; nothing was changed
