// One index in a fresh plain-node process (bundled by search.bench.ts, never run through tsx), so
// its memory is the index's and not a loader's. `build <engine> <docs.json> <out>` builds the
// index from the corpus and writes its file; `open <engine> <file> <queries.json>` measures memory
// before and after loading it and after the first search, then times the query set. One JSON line.
import { readFile, writeFile } from 'node:fs/promises'
import type { IndexedDoc } from '../../../src/main/store/search/compact-index'
import { engineNamed } from './engines'

const [mode, engine, input, output] = process.argv.slice(2) as [string, string, string, string]
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)
const memory = (): { rss: number; heap: number } => {
  gc()
  gc()
  const m = process.memoryUsage()
  return { rss: m.rss, heap: m.heapUsed + m.external + m.arrayBuffers }
}
const kind = engineNamed(engine)

if (mode === 'build') {
  const docs = JSON.parse(await readFile(input, 'utf8')) as IndexedDoc[]
  const t0 = performance.now()
  const index = kind.create()
  for (const doc of docs) index.add(doc)
  index.settle()
  const buildMs = performance.now() - t0
  const t1 = performance.now()
  const data = index.serialize()
  await writeFile(output, data)
  const writeMs = performance.now() - t1
  process.stdout.write(JSON.stringify({ buildMs, writeMs, fileBytes: Buffer.byteLength(data) }) + '\n')
} else {
  const queries = JSON.parse(await readFile(output, 'utf8')) as string[]
  const before = memory()
  const t0 = performance.now()
  const index = kind.load(await readFile(input))
  const openMs = performance.now() - t0
  const afterOpen = memory()
  const t1 = performance.now()
  const first = index.search(queries[0] as string, 20)
  // As the store sees it: nothing loaded until the first search, which reads the file.
  const firstSearchMs = openMs + (performance.now() - t1)
  const afterFirst = memory()
  const samples: number[] = []
  for (const q of queries) index.search(q, 20) // warm-up
  // CPU time moves far less with the machine's load than wall time does: compare by it too.
  const cpu0 = process.cpuUsage()
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const t = performance.now()
      index.search(q, 20)
      samples.push(performance.now() - t)
    }
  }
  const cpu = process.cpuUsage(cpu0)
  const cpuPerSearchMs = (cpu.user + cpu.system) / 1000 / samples.length
  const after = memory()
  process.stdout.write(JSON.stringify({ before, afterOpen, afterFirst, after, openMs, firstSearchMs, hits: first.length, samples, cpuPerSearchMs }) + '\n')
}
